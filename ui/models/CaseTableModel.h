#pragma once

#include "core/cases/CasePageQuery.h"
#include "core/cases/CaseRow.h"

#include "ui/BackgroundPool.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <list>
#include <map>
#include <memory>
#include <vector>

namespace km {
class Study;
}

/**
 * The cases of a study as a table that stays light at a million rows: it holds the ordered ids
 * of the filtered list (one query per filter or sort change, on a worker thread for large
 * studies) and reads rows a page at a time as they come into view, keeping a bounded number
 * of pages.
 */
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Row id of the case (qint64) in column 0. */
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 100;
    static constexpr int maxCachedPages = 30;
    /** Up to this many cases the order is read on the calling thread (a few milliseconds). */
    static constexpr std::int64_t defaultSynchronousLimit = 50000;

    explicit CaseTableModel(QObject* parent = nullptr);
    ~CaseTableModel() override;

    /**
     * Shows the cases of this study (nullptr: none), which has `cases` cases (< 0: count them
     * here). The model reads its pages and order through this connection only, on the UI
     * thread or, for a large study, the order on a worker while no page is read.
     */
    void setStudy(std::shared_ptr<km::Study> study, std::int64_t cases = -1);
    void setFilterText(const QString& text);
    /** Studies with more cases than this are ordered on a worker thread. */
    void setSynchronousLimit(std::int64_t cases) { synchronousLimit_ = cases; }
    QString filterText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Cases in the whole study (not only the filtered ones). */
    std::int64_t totalCases() const { return total_; }
    /** Row of the case with this row id among the rows, or -1. */
    int rowOfCase(qint64 caseId) const;
    /** True while the order is read on a worker thread. */
    bool isLoading() const { return loading_; }
    /** True when this row's page is held, so showing it needs no query. */
    bool isRowLoaded(int row) const { return pages_.count(row / pageSize) > 0; }
    /** How many pages are held (bounded by maxCachedPages). */
    int cachedPages() const { return static_cast<int>(pages_.size()); }

signals:
    /** The rows were replaced (new study, filter or order). */
    void rowsReloaded();
    void loadingChanged(bool loading);

private:
    /** The ordered ids of the filtered list and the number of cases in the whole study. */
    struct Order
    {
        std::vector<std::int64_t> ids;
        std::int64_t total = 0;
    };

    static Order readOrder(const km::Study& study, const km::CasePageQuery& query);
    void reload();
    void applyOrder(Order order);
    const km::CaseRow* row(int index) const;
    QVariant displayText(const km::CaseRow& row, int column) const;

    std::shared_ptr<km::Study> study_;
    km::CasePageQuery query_;
    std::int64_t total_ = 0;
    std::vector<std::int64_t> ids_;
    BackgroundPool pool_;
    QFutureWatcher<Order> watcher_;
    std::int64_t synchronousLimit_ = defaultSynchronousLimit;
    bool loading_ = false;
    bool reloadPending_ = false;

    // Page cache, least recently used at the front of lru_.
    mutable std::map<int, std::vector<km::CaseRow>> pages_;
    mutable std::list<int> lru_;
};
