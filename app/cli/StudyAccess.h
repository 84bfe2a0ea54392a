#pragma once

#include "app/cli/CliArguments.h"
#include "core/db/Study.h"
#include "core/indicators/Selection.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace km::cli {

/**
 * What the analysis commands (indicators, compare, survival) share: opening the study named on
 * the command line or the bundled demo study, checking cohort and region names against it, and
 * turning the options into selections.
 */
class StudyAccess
{
public:
    /**
     * The study, or nullptr after a message on `err` (exit code 3). A study that cannot be
     * written is opened read-only (Study::openForReading); warnings of the open go to `err`.
     */
    static std::unique_ptr<Study> open(const CliArguments& args, std::ostream& err);

    /** False after a message listing what exists when a --cohort or --regio is unknown (exit 2). */
    static bool checkNames(const Study& study, const CliArguments& args, std::ostream& err);

    /** A selection of `cohorts` with the options' regio and window. */
    static Selection selection(const CliArguments& args, std::vector<std::string> cohorts);

    /** A line saying the data are synthetic when the demo study is used, else "" (tables). */
    static std::string demoNote(const CliArguments& args);

    /** "NHN-2019 + NHN-2023": the cohorts of a selection, as the outputs name a block. */
    static std::string cohortLabel(const Selection& selection);
};

} // namespace km::cli
