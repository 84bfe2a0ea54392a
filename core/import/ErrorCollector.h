#pragma once

#include "core/import/ImportError.h"

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace km {

/**
 * The errors and warnings of one import run, with the caller's limit on errors: a file with a
 * systematic mistake would otherwise produce one error per row. Past the limit the import stops.
 */
class ErrorCollector
{
public:
    explicit ErrorCollector(std::size_t maxErrors);

    /** Records an error; once the limit is exceeded it is dropped and full() turns true. */
    void error(ImportError e);
    void warning(ImportError e);

    /** From now on the lines of `file` are SPSS case numbers (see ImportError::caseNumber). */
    void countCasesIn(std::string file) { caseFiles_.insert(std::move(file)); }

    /** More errors than the limit were found: stop reading. */
    bool full() const { return truncated_; }
    bool hasErrors() const { return !errors_.empty() || truncated_; }
    std::size_t maxErrors() const { return maxErrors_; }

    std::vector<ImportError> takeErrors() { return std::move(errors_); }
    std::vector<ImportError> takeWarnings() { return std::move(warnings_); }

private:
    std::size_t maxErrors_;
    bool truncated_ = false;
    std::vector<ImportError> errors_;
    std::vector<ImportError> warnings_;
    std::set<std::string> caseFiles_;
};

} // namespace km
