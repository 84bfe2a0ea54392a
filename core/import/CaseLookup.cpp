#include "core/import/CaseLookup.h"

#include "core/db/Database.h"

namespace km {

CaseLookup::CaseLookup(Database& db)
    : select_(db.prepare("SELECT id, melddatum, einde_followup, import_id, source_line FROM cases WHERE casus_id = ?"))
{
}

std::optional<CaseRef> CaseLookup::find(std::string_view casusId)
{
    // Trajecten and gebeurtenissen are usually sorted by case: the previous hit is the likely one.
    if (last_ && casusId == lastId_)
        return last_;
    select_.bind(1, casusId);
    std::optional<CaseRef> found;
    if (select_.step())
        found = CaseRef{select_.int64(0), static_cast<Day>(select_.int64(1)), static_cast<Day>(select_.int64(2)),
                        select_.int64(3), select_.int64(4)};
    select_.reset();
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
