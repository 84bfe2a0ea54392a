#pragma once

#include <optional>
#include <string>
#include <vector>

namespace km::cli {

/** The subcommands; Help and Version are the global --help and --version. */
enum class Command { None, Import, Indicators, Compare, Survival, DeleteCohort, Report, Export, Help, Version };

/** How results are written to standard output. */
enum class OutputFormat { Table, Json, Csv };

/**
 * A parsed command line: which subcommand and the values of its options, already checked for
 * syntax (known options, numbers that are numbers). Names of cohorts and regions are checked
 * later, against the study.
 */
struct CliArguments
{
    Command command = Command::None;
    bool help = false;                          // --help given to a subcommand
    std::optional<std::string> studyPath;
    std::optional<std::string> casussen;
    std::optional<std::string> trajecten;
    std::optional<std::string> gebeurtenissen;
    std::vector<std::string> inputFiles;        // import: files after the study (workbook, .sav, CSV)
    std::optional<std::string> mapping;         // import: --mapping FILE
    std::vector<std::string> cohorts;
    std::optional<std::string> regio;
    std::optional<int> windowMonths;
    std::optional<std::string> soort;
    std::optional<std::string> out;             // report: the file; export: the folder
    std::string lang = "nl";                    // report/export: nl or en
    std::optional<std::string> csv;             // export: "nl" (';' and 4,5) or "int" (',' and 4.5); default by lang
    std::optional<int> minCell;                 // small-number protection threshold
    std::optional<int> roundCounts;             // round published counts to multiples of this (docs/disclosure.md)
    bool noSuppression = false;                 // explicit choice for unprotected ("intern") output
    bool overwrite = false;                     // report/export: may replace a study file or a link
    OutputFormat format = OutputFormat::Table;
};

} // namespace km::cli
