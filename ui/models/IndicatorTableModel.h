#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

/**
 * The proportion indicators of one group (or all) of an immutable IndicatorSet as a table:
 * label, numerator, denominator, unknown, percent and 95% interval. Swapping in a new set
 * is one model reset, so views never see half of an old and half of a new selection. Rows that
 * the small-cell policy would suppress in exports are marked (SmallCellMark), not hidden.
 */
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Numerator, Denominator, Unknown, Percent, Interval, ColumnCount };
    /** SmallCellRole: true on every cell of a row that exports would suppress. */
    enum Role { IdRole = Qt::UserRole + 1, ValueRole, SmallCellRole };

    /** `group` as in IndicatorLabels::group ("recidive"); empty = every proportion. */
    explicit IndicatorTableModel(std::string group = {}, QObject* parent = nullptr);

    void setIndicators(std::shared_ptr<const km::IndicatorSet> indicators);
    /** The policy whose suppressed rows are marked; none() (the default) marks nothing. Set it before setIndicators(). */
    void setPolicy(const km::SmallCellPolicy& policy) { policy_ = policy; }
    const km::SmallCellPolicy& policy() const { return policy_; }
    /** True when a row would be suppressed in exports. */
    bool isMarked(int row) const;
    const km::IndicatorSet* indicators() const { return indicators_.get(); }

    /** The proportions shown, in row order. */
    const std::vector<km::Proportion>& proportions() const { return rows_; }
    /** Row of an indicator id, or -1. */
    int rowOf(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const km::Proportion& p, int column) const;

    std::string group_;
    std::shared_ptr<const km::IndicatorSet> indicators_;
    std::vector<km::Proportion> rows_;
    km::SmallCellPolicy policy_ = km::SmallCellPolicy::none();
};
