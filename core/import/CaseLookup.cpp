#include "core/import/CaseLookup.h"

#include "core/db/Database.h"

namespace km {

namespace {

// How many cases past the previous hit a sorted file may skip (cases without trajectories or
// events) before the index is asked instead.
constexpr int followOnRows = 4;

// Columns 0-4 of both queries.
CaseRef caseRef(const Statement& st)
{
    return CaseRef{st.int64(0), static_cast<Day>(st.int64(1)), static_cast<Day>(st.int64(2)), st.int64(3), st.int64(4)};
}

} // namespace

CaseLookup::CaseLookup(Database& db)
    : select_(db.prepare("SELECT id, melddatum, einde_followup, import_id, source_line FROM cases WHERE casus_id = ?"))
    , following_(db.prepare("SELECT id, melddatum, einde_followup, import_id, source_line, casus_id FROM cases "
                            "WHERE id > ? ORDER BY id"))
{
}

std::optional<CaseRef> CaseLookup::find(std::string_view casusId)
{
    // Trajecten and gebeurtenissen are usually sorted by case: the previous hit is the likely
    // one, and otherwise one of the cases right after it.
    if (last_ && casusId == lastId_)
        return last_;
    if (auto next = followOn(casusId))
        return remember(casusId, next);
    following_.reset();
    followingActive_ = false;
    select_.bind(1, casusId);
    std::optional<CaseRef> found;
    if (select_.step())
        found = caseRef(select_);
    select_.reset();
    return remember(casusId, found);
}

std::optional<CaseRef> CaseLookup::followOn(std::string_view casusId)
{
    if (!last_)
        return std::nullopt;
    if (!followingActive_) {
        following_.bind(1, last_->id);
        followingActive_ = true;
    }
    for (int row = 0; row < followOnRows && following_.step(); ++row) {
        if (following_.textView(5) == casusId)
            return caseRef(following_);
    }
    return std::nullopt;
}

std::optional<CaseRef> CaseLookup::remember(std::string_view casusId, std::optional<CaseRef> found)
{
    if (found) {
        lastId_.assign(casusId);
        last_ = found;
    }
    return found;
}

void CaseLookup::reject(std::string_view casusId, std::size_t line)
{
    rejected_.emplace(std::string(casusId), line);
}

std::optional<std::size_t> CaseLookup::rejectedLine(std::string_view casusId) const
{
    const auto it = rejected_.find(casusId);
    return it == rejected_.end() ? std::nullopt : std::optional(it->second);
}

} // namespace km
