#include "ui/models/ImportErrorModel.h"

#include <QColor>
#include <QFileInfo>

#include <algorithm>

namespace {

// Where a core message says what it expected ("...; verwacht een datum"), or npos.
std::size_t expectedStart(const std::string& message)
{
    if (message.rfind("verwacht ", 0) == 0)
        return 0;
    const std::size_t at = message.find("; verwacht ");
    return at == std::string::npos ? at : at + 2;
}

} // namespace

ImportErrorModel::ImportErrorModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportErrorModel::setProblems(std::vector<km::ImportError> errors, const std::vector<km::ImportError>& warnings)
{
    beginResetModel();
    problems_ = std::move(errors);
    problems_.insert(problems_.end(), warnings.begin(), warnings.end());
    endResetModel();
}

int ImportErrorModel::errorCount() const
{
    return static_cast<int>(std::count_if(problems_.begin(), problems_.end(), [](const km::ImportError& e) {
        return e.severity == km::ImportError::Severity::Error;
    }));
}

int ImportErrorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(problems_.size());
}

int ImportErrorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const km::ImportError& e = problems_[static_cast<std::size_t>(index.row())];
    const bool error = e.severity == km::ImportError::Severity::Error;
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return error ? QColor(0xB0, 0x20, 0x20) : QColor(0x8A, 0x5A, 0x00);
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Message || index.column() == Expected))
        return QString::fromStdString(e.message);
    if (role == Qt::ToolTipRole && index.column() == File)
        return QString::fromStdString(e.file);
    if (role == SortRole && index.column() == Line)
        return QVariant::fromValue<qulonglong>(e.line);
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File: return QFileInfo(QString::fromStdString(e.file)).fileName();   // the full path is the tooltip
    case Line:
        if (e.line == 0)
            return QString();
        // An SPSS file has no lines its user knows of, only numbered cases.
        return e.caseNumber ? QVariant(tr("case %1").arg(e.line)) : QVariant::fromValue<qulonglong>(e.line);
    case ColumnName: return QString::fromStdString(e.column);
    case Value: return QString::fromStdString(e.value);
    case Message: {
        const std::size_t expected = expectedStart(e.message);
        if (expected == 0)
            return tr("not as expected");
        return QString::fromStdString(e.message.substr(0, expected == std::string::npos ? expected : expected - 2));
    }
    case Expected: {
        const std::size_t expected = expectedStart(e.message);
        return expected == std::string::npos ? QString() : QString::fromStdString(e.message.substr(expected));
    }
    case Severity: return error ? tr("error") : tr("warning");
    }
    return {};
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Value: return tr("Value");
    case Message: return tr("Problem");
    case Expected: return tr("Expected");
    case Severity: return tr("Kind");
    }
    return {};
}
