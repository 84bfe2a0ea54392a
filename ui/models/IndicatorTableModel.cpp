#include "ui/models/IndicatorTableModel.h"

#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"

#include <QLocale>

IndicatorTableModel::IndicatorTableModel(std::string group, QObject* parent)
    : QAbstractTableModel(parent), group_(std::move(group))
{
}

void IndicatorTableModel::setIndicators(std::shared_ptr<const km::IndicatorSet> indicators)
{
    beginResetModel();
    indicators_ = std::move(indicators);
    rows_.clear();
    if (indicators_)
        for (const km::Proportion& p : indicators_->proportions)
            if (group_.empty() || km::IndicatorLabels::group(p.id) == group_)
                rows_.push_back(p);
    endResetModel();
}

bool IndicatorTableModel::isMarked(int row) const
{
    return row >= 0 && row < rowCount() && policy_.suppresses(rows_[static_cast<std::size_t>(row)]);
}

int IndicatorTableModel::rowOf(const std::string& id) const
{
    for (std::size_t row = 0; row < rows_.size(); ++row)
        if (rows_[row].id == id)
            return static_cast<int>(row);
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::value(const km::Proportion& p, int column) const
{
    switch (column) {
    case Numerator: return QVariant::fromValue<qlonglong>(p.numerator);
    case Denominator: return QVariant::fromValue<qlonglong>(p.denominator);
    case Unknown: return QVariant::fromValue<qlonglong>(p.unknown);
    case Percent: return p.percent ? QVariant(*p.percent) : QVariant();
    case Interval: return p.ci95 ? QVariant(p.ci95->lower) : QVariant();
    default: return QString::fromStdString(p.id);
    }
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const km::Proportion& p = rows_[static_cast<std::size_t>(index.row())];
    const bool marked = isMarked(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label: return marked ? IndicatorText::label(p.id) + QLatin1Char(' ') + SmallCellMark::symbol()
                                  : IndicatorText::label(p.id);
        case Percent: return IndicatorText::percent(p.percent);
        case Interval:
            return p.ci95 ? QStringLiteral("%1 – %2").arg(IndicatorText::number(p.ci95->lower),
                                                           IndicatorText::number(p.ci95->upper))
                          : QStringLiteral("–");
        default: return QLocale().toString(value(p, index.column()).toLongLong());
        }
    case Qt::TextAlignmentRole:
        return IndicatorText::alignment(index.column());
    case Qt::ToolTipRole:
        return marked ? SmallCellMark::tooltip(policy_) : QString::fromStdString(p.id);
    case Qt::BackgroundRole:
        return marked ? QVariant(SmallCellMark::background()) : QVariant();
    case SmallCellRole:
        return marked;
    case IdRole:
        return QString::fromStdString(p.id);
    case ValueRole:
        return value(p, index.column());
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return IndicatorText::alignment(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Numerator: return tr("Cases (or trajectories) that meet the indicator");
        case Denominator: return tr("Cases (or trajectories) with a known value: the base of the percentage");
        case Unknown: return tr("Left out of the denominator because the value is unknown");
        case Interval: return tr("95% Wilson score interval, in percent");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label: return tr("Indicator");
    case Numerator: return tr("Numerator");
    case Denominator: return tr("Denominator");
    case Unknown: return tr("Unknown");
    case Percent: return tr("%");
    case Interval: return tr("95% CI");
    default: return {};
    }
}
