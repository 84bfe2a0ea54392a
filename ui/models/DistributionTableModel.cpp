#include "ui/models/DistributionTableModel.h"

#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"

#include <QLocale>

DistributionTableModel::DistributionTableModel(std::string group, QObject* parent)
    : QAbstractTableModel(parent), group_(std::move(group))
{
}

void DistributionTableModel::setIndicators(std::shared_ptr<const km::IndicatorSet> indicators)
{
    beginResetModel();
    indicators_ = std::move(indicators);
    rows_.clear();
    if (indicators_)
        for (const km::Distribution& d : indicators_->distributions)
            if (group_.empty() || km::IndicatorLabels::group(d.id) == group_)
                rows_.push_back(d);
    endResetModel();
}

bool DistributionTableModel::isMarked(int row) const
{
    return row >= 0 && row < rowCount() && policy_.suppresses(rows_[static_cast<std::size_t>(row)]);
}

int DistributionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DistributionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> DistributionTableModel::value(const km::Distribution& d, int column)
{
    switch (column) {
    case N: return static_cast<double>(d.n);
    case Mean: return d.mean;
    case Median: return d.median;
    case Q1: return d.q1;
    case Q3: return d.q3;
    case Min: return d.min;
    case Max: return d.max;
    default: return std::nullopt;
    }
}

QVariant DistributionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const km::Distribution& d = rows_[static_cast<std::size_t>(index.row())];
    const std::optional<double> v = value(d, index.column());
    const bool marked = isMarked(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Label)
            return QStringLiteral("%1 (%2)").arg(IndicatorText::label(d.id), IndicatorText::unitLabel(d.unit))
                + (marked ? QLatin1Char(' ') + SmallCellMark::symbol() : QString());
        return IndicatorText::number(v, index.column() == N ? 0 : 1);
    case Qt::TextAlignmentRole:
        return IndicatorText::alignment(index.column());
    case Qt::ToolTipRole:
        return marked ? SmallCellMark::tooltip(policy_) : QString::fromStdString(d.id);
    case Qt::BackgroundRole:
        return marked ? QVariant(SmallCellMark::background()) : QVariant();
    case SmallCellRole:
        return marked;
    case IdRole:
        return QString::fromStdString(d.id);
    case ValueRole:
        return v ? QVariant(*v) : QVariant();
    default:
        return {};
    }
}

QVariant DistributionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return IndicatorText::alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label: return tr("Indicator");
    case N: return tr("n");
    case Mean: return tr("Mean");
    case Median: return tr("Median");
    case Q1: return tr("Q1");
    case Q3: return tr("Q3");
    case Min: return tr("Min");
    case Max: return tr("Max");
    default: return {};
    }
}
