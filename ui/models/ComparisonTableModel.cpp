#include "ui/models/ComparisonTableModel.h"

#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"

#include "core/util/NumberFormat.h"

#include <QFont>
#include <QLocale>

namespace {

QString proportionText(const km::Proportion& p)
{
    return QStringLiteral("%1 (%2/%3)").arg(IndicatorText::percent(p.percent)).arg(p.numerator).arg(p.denominator);
}

QString signedNumber(double value)
{
    const QString text = QLocale().toString(value, 'f', 1);
    return value > 0 ? QLatin1Char('+') + text : text;
}

QString pText(double p)
{
    return QString::fromStdString(km::NumberFormat::pValue(p, IndicatorText::language() == km::Language::Dutch ? ',' : '.'));
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ComparisonTableModel::significanceMarker()
{
    return QStringLiteral("◆");
}

void ComparisonTableModel::setComparison(std::vector<km::ProportionDifference> differences, const QString& labelA,
                                         const QString& labelB)
{
    beginResetModel();
    differences_ = std::move(differences);
    labelA_ = labelA;
    labelB_ = labelB;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(differences_.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComparisonTableModel::isMarked(const km::ProportionDifference& d, int column) const
{
    return (column == PercentA && policy_.suppresses(d.a)) || (column == PercentB && policy_.suppresses(d.b));
}

QVariant ComparisonTableModel::display(const km::ProportionDifference& d, int column) const
{
    const QString mark = isMarked(d, column) ? QLatin1Char(' ') + SmallCellMark::symbol() : QString();
    switch (column) {
    case Indicator: return IndicatorText::label(d.id);
    case PercentA: return proportionText(d.a) + mark;
    case PercentB: return proportionText(d.b) + mark;
    case Difference:
        if (!d.difference)
            return QStringLiteral("–");
        return signedNumber(*d.difference) + (d.significant() ? QLatin1Char(' ') + significanceMarker() : QString());
    case Interval:
        if (!d.ci95)
            return QStringLiteral("–");
        return QStringLiteral("[%1; %2]").arg(signedNumber(d.ci95->lower), signedNumber(d.ci95->upper));
    case PFisher: return d.pFisher ? pText(*d.pFisher) : QStringLiteral("–");
    }
    return {};
}

QVariant ComparisonTableModel::value(const km::ProportionDifference& d, int column) const
{
    auto optional = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case PercentA: return optional(d.a.percent);
    case PercentB: return optional(d.b.percent);
    case Difference: return optional(d.difference);
    case Interval: return d.ci95 ? QVariant(QVariantList{d.ci95->lower, d.ci95->upper}) : QVariant();
    case PFisher: return optional(d.pFisher);
    }
    return {};
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const km::ProportionDifference& d = differences_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(d, index.column());
    case ValueRole: return value(d, index.column());
    case Qt::TextAlignmentRole: return IndicatorText::alignment(index.column());
    case Qt::FontRole:
        if (d.significant() && index.column() >= Difference) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SmallCellRole: return isMarked(d, index.column());
    case Qt::BackgroundRole: return isMarked(d, index.column()) ? QVariant(SmallCellMark::background()) : QVariant();
    case Qt::ToolTipRole:
        // The narrow column at 1024 pixels cuts the label: the tooltip gives it whole.
        if (index.column() == Indicator)
            return display(d, Indicator);
        if (isMarked(d, index.column()))
            return SmallCellMark::tooltip(policy_);
        if (d.significant())
            return tr("%1 The 95% interval of the difference excludes zero.").arg(significanceMarker());
        return {};
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Indicator: return tr("Indicator");
    case PercentA: return tr("%1: % (n/N)").arg(labelA_.isEmpty() ? tr("A") : labelA_);
    case PercentB: return tr("%1: % (n/N)").arg(labelB_.isEmpty() ? tr("B") : labelB_);
    case Difference: return tr("Difference (pp)");
    case Interval: return tr("95% CI");
    case PFisher: return tr("p (Fisher)");
    }
    return {};
}
