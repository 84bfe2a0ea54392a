#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/CohortComparison.h"

#include <QAbstractTableModel>

#include <vector>

/**
 * The comparison of two selections as a table: per indicator both percentages with n/N, the
 * difference in percentage points with its 95% Newcombe interval and Fisher's exact p. Rows
 * whose interval excludes zero are marked (bold, with a marker) so they stand out. A percentage
 * that exports would suppress carries the small-cell mark (SmallCellMark).
 */
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Indicator, PercentA, PercentB, Difference, Interval, PFisher, ColumnCount };
    /** The unformatted number of a cell (percent, points, p), or an invalid QVariant. */
    static constexpr int ValueRole = Qt::UserRole + 1;
    /** True on a percentage cell that exports would suppress. */
    static constexpr int SmallCellRole = Qt::UserRole + 2;

    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setComparison(std::vector<km::ProportionDifference> differences, const QString& labelA, const QString& labelB);
    /** The policy whose suppressed percentages are marked; none() (the default) marks nothing. Set it before setComparison(). */
    void setPolicy(const km::SmallCellPolicy& policy) { policy_ = policy; }
    const std::vector<km::ProportionDifference>& differences() const { return differences_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The marker after a difference whose interval excludes zero. */
    static QString significanceMarker();

private:
    QVariant display(const km::ProportionDifference& d, int column) const;
    QVariant value(const km::ProportionDifference& d, int column) const;
    bool isMarked(const km::ProportionDifference& d, int column) const;

    std::vector<km::ProportionDifference> differences_;
    QString labelA_;
    QString labelB_;
    km::SmallCellPolicy policy_ = km::SmallCellPolicy::none();
};
