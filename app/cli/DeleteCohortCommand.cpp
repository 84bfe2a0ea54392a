#include "app/cli/DeleteCohortCommand.h"

#include "app/cli/ExitCode.h"
#include "app/cli/StudyAccess.h"
#include "core/db/Study.h"

#include <ostream>

namespace km::cli {

int DeleteCohortCommand::run(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    const auto study = StudyAccess::open(args, err);
    if (!study)
        return ExitFailure;
    if (!StudyAccess::checkNames(*study, args, err))
        return ExitUsage;
    const std::string& cohort = args.cohorts.front();
    const std::int64_t deleted = study->deleteCohort(cohort);
    out << "Cohort \"" << cohort << "\" verwijderd: " << deleted << (deleted == 1 ? " casus" : " casussen")
        << " met hun trajecten en gebeurtenissen.\n";
    return ExitOk;
}

} // namespace km::cli
