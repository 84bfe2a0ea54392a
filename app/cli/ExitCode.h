#pragma once

namespace km::cli {

/** The program's exit codes, as documented in --help: scripts branch on them. */
enum ExitCode : int {
    ExitOk = 0,
    ExitImportErrors = 1,   // the input files have errors; nothing was imported
    ExitUsage = 2,          // unknown option, missing argument, bad number, unknown cohort
    ExitFailure = 3,        // the study cannot be opened, or another failure
};

} // namespace km::cli
