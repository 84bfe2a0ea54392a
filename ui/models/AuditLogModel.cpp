#include "ui/models/AuditLogModel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTextDocument>

AuditLogModel::AuditLogModel(std::vector<km::AuditEntry> entries, QObject* parent)
    : QAbstractTableModel(parent), entries_(std::move(entries))
{
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::localTime(const std::string& utc)
{
    const QString text = QString::fromStdString(utc);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : text;
}

QString AuditLogModel::actionText(const std::string& action)
{
    if (action == "import")
        return tr("import");
    if (action == "delete-cohort")
        return tr("cohort deleted");
    if (action == "rapport")
        return tr("report");
    if (action == "export")
        return tr("figures exported");
    if (action == "kopie")
        return tr("copied to the clipboard");
    if (action == "migratie")
        return tr("study file upgraded");
    return QString::fromStdString(action);
}

QString AuditLogModel::filesText(const std::string& files, bool full)
{
    QStringList shown;
    const QStringList lines = QString::fromStdString(files).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (full) {
            shown << line;
            continue;
        }
        // "path sha256"; a path may contain spaces, the 64-digit hash does not.
        const int space = line.lastIndexOf(QLatin1Char(' '));
        const QString hash = space > 0 ? line.mid(space + 1) : QString();
        if (hash.size() == 64)
            shown << QStringLiteral("%1 (%2)").arg(QFileInfo(line.left(space)).fileName(), hash.left(8));
        else
            shown << QFileInfo(line).fileName();
    }
    return shown.join(full ? QStringLiteral("\n") : QStringLiteral(", "));
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const km::AuditEntry& e = entries_[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole) {
        // Tooltips guess rich text: file names and cohorts are shown as written.
        const QVariant text = toolTip(e, index.column());
        return text.isNull() ? text : Qt::convertFromPlainText(text.toString(), Qt::WhiteSpaceNormal);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return localTime(e.at);
    case Action: return actionText(e.action);
    case Who: return QString::fromStdString(e.user);
    case Files: return filesText(e.files, false);
    case Selection: return QString::fromStdString(e.selection);
    case Suppressed: return e.suppressed ? (*e.suppressed ? tr("yes") : tr("no")) : QString();
    // The published figures follow the first line; the tooltip has them.
    case Details: return QString::fromStdString(e.details.substr(0, e.details.find('\n')));
    }
    return {};
}

QVariant AuditLogModel::toolTip(const km::AuditEntry& e, int column)
{
    switch (column) {
    case When: return QString::fromStdString(e.at) + QStringLiteral(" (UTC), Ketenmonitor ")
            + QString::fromStdString(e.programVersion);
    case Files: return filesText(e.files, true);
    case Selection: return QString::fromStdString(e.selection);
    case Details: return QString::fromStdString(e.details);
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Action: return tr("Action");
    case Who: return tr("Who");
    case Files: return tr("Files");
    case Selection: return tr("Selection");
    case Suppressed: return tr("Small numbers hidden");
    case Details: return tr("Details");
    }
    return {};
}
