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
    const CohortDeletion deletion = study->deleteCohort(cohort);
    if (deletion.outcome == CohortDeletion::Outcome::ReadersOpen) {
        err << "Niets verwijderd: een ander programma leest in " << *args.studyPath
            << " (bijvoorbeeld Ketenmonitor), en zolang het leest blijven verwijderde gegevens in het bestand staan. "
               "Sluit dat programma en probeer het opnieuw.\n";
        return ExitFailure;
    }
    const std::string cases = std::to_string(deletion.cases) + (deletion.cases == 1 ? " casus" : " casussen");
    if (deletion.outcome == CohortDeletion::Outcome::NotErased) {
        err << "Cohort \"" << cohort << "\" verwijderd (" << cases << "), maar een ander programma begon intussen te "
               "lezen in " << *args.studyPath << ": de verwijderde gegevens staan nog in het bestand tot dat programma "
               "sluit en de studie daarna opnieuw wordt bewerkt.\n";
        return ExitFailure;
    }
    out << "Cohort \"" << cohort << "\" verwijderd: " << cases << " met hun trajecten en gebeurtenissen.\n";
    return ExitOk;
}

} // namespace km::cli
