#include "core/import/ErrorCollector.h"

#include "core/import/IdentifierGuard.h"

#include <utility>

namespace km {

namespace {

// Column labels carry header text, which may hold what the guard refused.
constexpr std::size_t maxLabelBytes = 200;

// The one place an error's value and column label are checked before anyone sees them: a value
// that could be an identifier is replaced by a note that it is not shown.
void withoutIdentifiers(ImportError& e)
{
    if (!e.value.empty() && !IdentifierGuard::mayShow(e.value)) {
        e.value.clear();
        e.message += std::string(e.message.empty() ? "" : " ") + IdentifierGuard::notShown;
    }
    if (!e.column.empty() && !IdentifierGuard::mayShow(e.column, maxLabelBytes))
        e.column = "kolom (naam niet getoond)";
}

} // namespace

ErrorCollector::ErrorCollector(std::size_t maxErrors)
    : maxErrors_(maxErrors)
{
}

void ErrorCollector::error(ImportError e)
{
    if (errors_.size() >= maxErrors_) {
        truncated_ = true;
        return;
    }
    withoutIdentifiers(e);
    e.severity = ImportError::Severity::Error;
    e.caseNumber = caseFiles_.count(e.file) > 0;
    errors_.push_back(std::move(e));
}

void ErrorCollector::warning(ImportError e)
{
    withoutIdentifiers(e);
    e.severity = ImportError::Severity::Warning;
    e.caseNumber = caseFiles_.count(e.file) > 0;
    warnings_.push_back(std::move(e));
}

} // namespace km
