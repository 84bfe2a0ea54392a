#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

/** coefficient × variable, one term of a linear expression. */
struct LinearTerm
{
    std::size_t variable = 0;
    std::int64_t coefficient = 1;
};

using LinearExpression = std::vector<LinearTerm>;

/** lower <= terms <= upper; an absent bound is no bound. */
struct LinearConstraint
{
    LinearExpression terms;
    std::optional<std::int64_t> lower;
    std::optional<std::int64_t> upper;
};

/**
 * What a reader knows about a set of counts, written as linear constraints over non-negative
 * integer variables: the published values, the bounds that "<5" and "> 35" give away, and the
 * relations between populations that hold in every study (a denominator is the sum of its
 * parts). IntervalAudit asks it how far each hidden count can still move.
 */
class LinearSystem
{
public:
    /** A new variable >= 0; its index. The name is for messages and the audit log. */
    std::size_t addVariable(std::string name);

    void require(LinearExpression terms, std::optional<std::int64_t> lower, std::optional<std::int64_t> upper);
    void equal(LinearExpression terms, std::int64_t value) { require(std::move(terms), value, value); }

    const std::vector<std::string>& variables() const { return names_; }
    const std::vector<LinearConstraint>& constraints() const { return constraints_; }

private:
    std::vector<std::string> names_;
    std::vector<LinearConstraint> constraints_;
};

} // namespace km
