#include "core/disclosure/IntervalAudit.h"

#include <glpk.h>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace km {

namespace {

struct ProblemDeleter
{
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

Problem load(const LinearSystem& system)
{
    Problem lp(glp_create_prob());
    const auto columns = static_cast<int>(system.variables().size());
    const auto rows = static_cast<int>(system.constraints().size());
    if (columns > 0)
        glp_add_cols(lp.get(), columns);
    for (int j = 1; j <= columns; ++j) {
        glp_set_col_bnds(lp.get(), j, GLP_LO, 0, 0);
        glp_set_col_kind(lp.get(), j, GLP_IV);
    }
    if (rows > 0)
        glp_add_rows(lp.get(), rows);
    // GLPK's arrays start at 1; element 0 is unused.
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    for (int i = 1; i <= rows; ++i) {
        const LinearConstraint& c = system.constraints()[static_cast<std::size_t>(i - 1)];
        const double lo = c.lower ? static_cast<double>(*c.lower) : 0;
        const double up = c.upper ? static_cast<double>(*c.upper) : 0;
        const int type = c.lower && c.upper ? (*c.lower == *c.upper ? GLP_FX : GLP_DB)
            : c.lower                      ? GLP_LO
            : c.upper                      ? GLP_UP
                                           : GLP_FR;
        glp_set_row_bnds(lp.get(), i, type, lo, up);
        // GLPK refuses a column twice in one row: add the coefficients of repeated variables up.
        std::vector<double> row(static_cast<std::size_t>(columns), 0);
        for (const LinearTerm& t : c.terms)
            row[t.variable] += static_cast<double>(t.coefficient);
        for (int j = 1; j <= columns; ++j) {
            if (row[static_cast<std::size_t>(j - 1)] != 0) {
                ia.push_back(i);
                ja.push_back(j);
                ar.push_back(row[static_cast<std::size_t>(j - 1)]);
            }
        }
    }
    glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    return lp;
}

enum class Outcome { Optimal, Unbounded, Infeasible };

// Optimises `expression` in direction `dir` (GLP_MIN or GLP_MAX) over the integer points.
Outcome optimise(glp_prob* lp, const LinearExpression& expression, int dir, double* value)
{
    const int columns = glp_get_num_cols(lp);
    for (int j = 1; j <= columns; ++j)
        glp_set_obj_coef(lp, j, 0);
    for (const LinearTerm& t : expression) {
        const int j = static_cast<int>(t.variable) + 1;
        glp_set_obj_coef(lp, j, glp_get_obj_coef(lp, j) + static_cast<double>(t.coefficient));
    }
    glp_set_obj_dir(lp, dir);
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(lp, &simplex) != 0)
        return Outcome::Infeasible;
    const int status = glp_get_status(lp);
    if (status == GLP_UNBND)
        return Outcome::Unbounded;
    if (status != GLP_OPT)
        return Outcome::Infeasible;
    glp_iocp integer;
    glp_init_iocp(&integer);
    integer.msg_lev = GLP_MSG_OFF;
    if (glp_intopt(lp, &integer) != 0 || glp_mip_status(lp) != GLP_OPT)
        return Outcome::Infeasible;
    *value = glp_mip_obj_val(lp);
    return Outcome::Optimal;
}

} // namespace

std::optional<std::int64_t> CountInterval::width() const
{
    if (!upper)
        return std::nullopt;
    return *upper - lower;
}

std::optional<CountInterval> IntervalAudit::range(const LinearSystem& system, const LinearExpression& expression)
{
    glp_term_out(GLP_OFF);
    const Problem lp = load(system);
    double low = 0;
    double high = 0;
    const Outcome min = optimise(lp.get(), expression, GLP_MIN, &low);
    if (min == Outcome::Infeasible)
        return std::nullopt;
    CountInterval interval;
    // Every variable is >= 0, but a coefficient may be negative: a minimum may be unbounded too.
    interval.lower = min == Outcome::Unbounded ? std::numeric_limits<std::int64_t>::min() : static_cast<std::int64_t>(std::llround(low));
    const Outcome max = optimise(lp.get(), expression, GLP_MAX, &high);
    if (max == Outcome::Infeasible)
        return std::nullopt;
    if (max == Outcome::Optimal)
        interval.upper = static_cast<std::int64_t>(std::llround(high));
    return interval;
}

} // namespace km
