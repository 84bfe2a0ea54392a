#include "core/import/ErrorCollector.h"

#include "core/import/IdentifierGuard.h"

#include <utility>

namespace km {

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
    IdentifierGuard::redact(e);
    e.severity = ImportError::Severity::Error;
    e.caseNumber = caseFiles_.count(e.file) > 0;
    errors_.push_back(std::move(e));
}

void ErrorCollector::warning(ImportError e)
{
    IdentifierGuard::redact(e);
    e.severity = ImportError::Severity::Warning;
    e.caseNumber = caseFiles_.count(e.file) > 0;
    warnings_.push_back(std::move(e));
}

} // namespace km
