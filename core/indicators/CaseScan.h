#pragma once

#include "core/indicators/Selection.h"
#include "core/util/Day.h"

#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace km {

class Database;

/** Case ids from `first` to `last`, both included: the part of a study one thread scans. */
struct CaseIdRange
{
    std::int64_t first = std::numeric_limits<std::int64_t>::min();
    std::int64_t last = std::numeric_limits<std::int64_t>::max();
};

/**
 * Visits the selected cases in id order, each with its trajectories and events, from three
 * scans ordered by case id that are merged here: linear in the data, no query per case, and the
 * row buffers are reused so visiting allocates nothing per row. One pass serves several
 * selections at once (every cohort of a study): each case says which of them it is in.
 */
class CaseScan
{
public:
    /** An integer column: a yes/no (0/1), a code index or a bit mask; nullopt = unknown. */
    using Value = std::optional<std::int64_t>;

    /** The columns of a case that indicators read. */
    struct Case
    {
        std::int64_t id = 0;
        Day melddatum = 0;
        Day eindeFollowup = 0;
        Value minderjarigen, richting, aard, vtEerderBetrokken, geweldsgeschiedenis;
        std::optional<double> geschiedenisJaren;
        std::optional<Day> datumOverdracht;
        Value casusregie, afstemming;
        std::array<Value, 3> plans;   // veiligheidsplan, hulpverleningsplan, herstelplan
        std::uint64_t selections = 0; // bit i set: the case is in the scan's selection i
        std::string_view cohort;      // cohort and regio: valid only during the visit
        std::optional<std::string_view> regio;
    };

    struct Trajectory
    {
        std::optional<Day> startdatum;
        Value afloop, risicofactoren;
    };

    struct Event
    {
        Day datum = 0;
        Value soort, bekendBij;
    };

    using Visit = std::function<void(const Case&, std::span<const Trajectory>, std::span<const Event>)>;

    /** As many selections as Case::selections has bits. */
    static constexpr std::size_t maxSelections = 64;

    /** Without trajectories, the trajectory scan is skipped and every visit gets none. */
    CaseScan(const Database& db, const Selection& selection, bool withTrajectories = true);
    /** At most maxSelections selections. */
    CaseScan(const Database& db, std::vector<Selection> selections, bool withTrajectories = true, CaseIdRange range = {});

    /** Visits every case of the range that is in at least one of the selections. */
    void run(const Visit& visit) const;

    /**
     * What the scans read: the whole study in case order, or only the selected cases, found
     * through cases_cohort, with their trajectories and events looked up by case.
     */
    enum class Reach { Study, SelectedCases };
    /** SelectedCases for a single selection of at most a quarter of the cases, where looking up costs less than reading all. */
    Reach reach() const;

    /** The three queries, for checking their plans: ordered by index, no sorting. */
    std::string casesSql(Reach reach = Reach::Study) const;
    std::string trajectoriesSql(Reach reach = Reach::Study) const;
    std::string eventsSql(Reach reach = Reach::Study) const;

private:
    /** Restricts `column` (a case id) to the range, or with SelectedCases to the selected cases in it. */
    std::string caseFilter(const char* column, Reach reach) const;
    std::uint64_t membership(std::string_view cohort, std::optional<std::string_view> regio) const;

    const Database& db_;
    std::vector<Selection> selections_;
    bool withTrajectories_;
    CaseIdRange range_;
};

} // namespace km
