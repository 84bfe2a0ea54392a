#include "ui/models/CaseTableModel.h"

#include "core/cases/CaseRepository.h"
#include "core/db/Study.h"


#include <algorithm>

namespace {

QString dateText(km::Day day)
{
    return QString::fromStdString(km::days::toIso(day));
}

QString yesNoText(const std::optional<bool>& value)
{
    if (!value)
        return {};
    return *value ? CaseTableModel::tr("yes") : CaseTableModel::tr("no");
}

bool isNumeric(km::CaseColumn column)
{
    return column == km::CaseColumn::Trajecten || column == km::CaseColumn::Gebeurtenissen;
}

} // namespace

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        loading_ = false;
        emit loadingChanged(false);
        if (reloadPending_) {   // the result is for an older filter or order
            reloadPending_ = false;
            reload();
            return;
        }
        applyOrder(watcher_.result());
    });
}

CaseTableModel::~CaseTableModel()
{
    watcher_.waitForFinished();
}

void CaseTableModel::setStudy(std::shared_ptr<km::Study> study, std::int64_t cases)
{
    study_ = std::move(study);
    total_ = study_ && cases < 0 ? study_->caseCount() : std::max<std::int64_t>(cases, 0);
    reload();
}

void CaseTableModel::setFilterText(const QString& text)
{
    const std::string filter = text.trimmed().toStdString();
    if (filter == query_.filter)
        return;
    query_.filter = filter;
    reload();
}

QString CaseTableModel::filterText() const
{
    return QString::fromStdString(query_.filter);
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    const km::CaseColumn sortColumn = km::allCaseColumns[static_cast<std::size_t>(column)];
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == query_.sortColumn && ascending == query_.ascending && !ids_.empty())
        return;
    query_.sortColumn = sortColumn;
    query_.ascending = ascending;
    reload();
}

// Unfiltered, the study's size is the length of the list; filtered, it is counted again
// (an import may have added cases since the study was opened).
CaseTableModel::Order CaseTableModel::readOrder(const km::Study& study, const km::CasePageQuery& query)
{
    Order order{km::CaseRepository(study).orderedIds(query), 0};
    order.total = query.filter.empty() ? static_cast<std::int64_t>(order.ids.size()) : study.caseCount();
    return order;
}

// The order (ids only) of a large study is read on a worker thread; while it runs no page is
// read, since the connection would block the UI thread until the worker's query is done.
void CaseTableModel::reload()
{
    if (loading_) {
        reloadPending_ = true;
        return;
    }
    if (!study_) {
        applyOrder({});
        return;
    }
    km::CasePageQuery all = query_;
    all.offset = 0;
    all.limit = -1;
    if (total_ <= synchronousLimit_) {
        applyOrder(readOrder(*study_, all));
        return;
    }
    loading_ = true;
    emit loadingChanged(true);
    watcher_.setFuture(pool_.run([study = study_, all] { return readOrder(*study, all); }));
}

void CaseTableModel::applyOrder(Order order)
{
    beginResetModel();
    ids_ = std::move(order.ids);
    total_ = order.total;
    pages_.clear();
    lru_.clear();
    endResetModel();
    emit rowsReloaded();
}

const km::CaseRow* CaseTableModel::row(int index) const
{
    if (index < 0 || index >= rowCount() || loading_ || !study_)
        return nullptr;
    const int page = index / pageSize;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        const auto first = ids_.begin() + static_cast<std::ptrdiff_t>(page) * pageSize;
        const auto last = std::min(first + pageSize, ids_.end());
        it = pages_.emplace(page, km::CaseRepository(*study_).rows({first, last})).first;
        lru_.push_back(page);
        if (lru_.size() > static_cast<std::size_t>(maxCachedPages)) {
            pages_.erase(lru_.front());
            lru_.pop_front();
        }
    } else if (lru_.back() != page) {
        lru_.remove(page);
        lru_.push_back(page);
    }
    const std::size_t offset = static_cast<std::size_t>(index % pageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(km::allCaseColumns.size());
}

QVariant CaseTableModel::displayText(const km::CaseRow& r, int column) const
{
    switch (km::allCaseColumns[static_cast<std::size_t>(column)]) {
    case km::CaseColumn::CasusId: return QString::fromStdString(r.casusId);
    case km::CaseColumn::Cohort: return QString::fromStdString(r.cohort);
    case km::CaseColumn::Regio: return QString::fromStdString(r.regio);
    case km::CaseColumn::Melddatum: return dateText(r.melddatum);
    case km::CaseColumn::DatumOverdracht: return r.datumOverdracht ? dateText(*r.datumOverdracht) : QString();
    case km::CaseColumn::EindeFollowup: return dateText(r.eindeFollowup);
    case km::CaseColumn::Trajecten: return QVariant::fromValue(r.trajectories);
    case km::CaseColumn::Gebeurtenissen: return QVariant::fromValue(r.events);
    case km::CaseColumn::Casusregie: return yesNoText(r.casusregie);
    }
    return {};
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const km::CaseColumn column = km::allCaseColumns[static_cast<std::size_t>(index.column())];
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != CaseIdRole)
        return {};
    const km::CaseRow* r = row(index.row());
    if (!r)
        return {};
    if (role == CaseIdRole)
        return QVariant::fromValue<qint64>(r->id);
    return displayText(*r, index.column());
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (km::allCaseColumns[static_cast<std::size_t>(section)]) {
    case km::CaseColumn::CasusId: return tr("Case");
    case km::CaseColumn::Cohort: return tr("Cohort");
    case km::CaseColumn::Regio: return tr("Region");
    case km::CaseColumn::Melddatum: return tr("Reported");
    case km::CaseColumn::DatumOverdracht: return tr("Handed over");
    case km::CaseColumn::EindeFollowup: return tr("End of follow-up");
    case km::CaseColumn::Trajecten: return tr("Trajectories");
    case km::CaseColumn::Gebeurtenissen: return tr("Events");
    case km::CaseColumn::Casusregie: return tr("Case coordination");
    }
    return {};
}

int CaseTableModel::rowOfCase(qint64 caseId) const
{
    const auto it = std::find(ids_.begin(), ids_.end(), caseId);
    return it == ids_.end() ? -1 : static_cast<int>(it - ids_.begin());
}
