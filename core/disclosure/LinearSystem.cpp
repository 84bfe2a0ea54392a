#include "core/disclosure/LinearSystem.h"

namespace km {

std::size_t LinearSystem::addVariable(std::string name)
{
    names_.push_back(std::move(name));
    return names_.size() - 1;
}

void LinearSystem::require(LinearExpression terms, std::optional<std::int64_t> lower, std::optional<std::int64_t> upper)
{
    constraints_.push_back(LinearConstraint{std::move(terms), lower, upper});
}

} // namespace km
