#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

/**
 * The distributions of one group (or all) of an IndicatorSet as a table: n, mean, median,
 * quartiles and range, with the unit in the label. A row of fewer values than the small-cell
 * threshold is marked like IndicatorTableModel's (exports show only its n).
 */
class DistributionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, N, Mean, Median, Q1, Q3, Min, Max, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ValueRole, SmallCellRole };

    explicit DistributionTableModel(std::string group = {}, QObject* parent = nullptr);

    void setIndicators(std::shared_ptr<const km::IndicatorSet> indicators);
    /** The policy whose suppressed rows are marked; none() (the default) marks nothing. Set it before setIndicators(). */
    void setPolicy(const km::SmallCellPolicy& policy) { policy_ = policy; }
    bool isMarked(int row) const;
    const std::vector<km::Distribution>& distributions() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static std::optional<double> value(const km::Distribution& d, int column);

    std::string group_;
    std::shared_ptr<const km::IndicatorSet> indicators_;
    std::vector<km::Distribution> rows_;
    km::SmallCellPolicy policy_ = km::SmallCellPolicy::none();
};
