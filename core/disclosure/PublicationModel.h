#pragma once

#include "core/disclosure/LinearSystem.h"
#include "core/disclosure/SmallCellPolicy.h"
#include "core/disclosure/SuppressionPlan.h"
#include "core/indicators/IndicatorSet.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace km {

/**
 * What one selection's published tables tell a reader about its true counts, as a LinearSystem
 * (docs/disclosure.md, "The audit"). Every proportion is three variables (cases with the
 * characteristic, without it, unknown), every distribution its n, plus the case count and the
 * populations the codebook's denominators are built from (trajectories by afloop, cases with
 * trajectories, cases with an event). The relations between them hold in every study (the
 * denominator of "niet gestart" is that of "voldoende doorlopen" plus the trajectories that did
 * not start); the published values and the "<5" / "> 35" / "x" texts are constraints on top.
 * The sensitive counts are those a reader must not be able to narrow down: every hidden count
 * below minCell, and every count of such a population that the tables imply and that is below
 * minCell (two denominators that differ by 2).
 */
class PublicationModel
{
public:
    /** A published row of the selection: a proportion or a distribution, by index into its IndicatorSet. */
    struct Unit
    {
        enum class Kind { Proportion, Distribution } kind;
        std::size_t index;

        bool operator==(const Unit&) const = default;
    };

    struct Sensitive
    {
        std::string name;              // "uitval.niet_gestart: teller", "trajecten lopend"
        LinearExpression expression;
        std::int64_t value;
    };

    PublicationModel(const IndicatorSet& set, const SuppressionPlan& plan, const SmallCellPolicy& policy);

    const LinearSystem& system() const { return system_; }

    /** Depends on the set and its primary suppressions only, so indexes stay valid across plans. */
    const std::vector<Sensitive>& sensitive() const { return sensitive_; }

    /**
     * The rows connected with `s` through the relations (not through the case count) that still
     * show a count: rows shown in full, and primary rows, whose denominator is shown.
     */
    std::vector<Unit> shownNeighbours(const Sensitive& s) const;

    /** "hulp.risicofactor." for the rows of a multi-value indicator, which share one denominator; "" otherwise. */
    static std::string_view sharedDenominator(const std::string& id);

private:
    struct Parts
    {
        std::size_t with, without, unknown;
    };

    std::optional<std::size_t> proportion(const std::string& id) const;
    std::optional<std::size_t> distribution(const std::string& id) const;
    std::size_t variable(std::string name, std::optional<Unit> owner);
    void sensitiveIfSmall(std::string name, LinearExpression expression, std::int64_t value);
    /** `count` as published: exact, or the interval its rounded value leaves. */
    void published(const LinearExpression& terms, std::int64_t count);

    void addCaseRelations();
    void addTrajectoryRelations();
    void addEventRelations();
    void addPublished();

    const IndicatorSet& set_;
    const SuppressionPlan& plan_;
    SmallCellPolicy policy_;
    LinearSystem system_;
    std::size_t cases_ = 0;
    std::vector<Parts> proportions_;
    std::vector<std::size_t> distributions_;
    std::vector<std::optional<Unit>> owner_;   // per variable
    std::vector<Sensitive> sensitive_;
};

} // namespace km
