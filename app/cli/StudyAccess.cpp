#include "app/cli/StudyAccess.h"

#include <algorithm>
#include <ostream>

namespace km::cli {

namespace {

std::string quotedList(const std::vector<std::string>& names)
{
    if (names.empty())
        return "(geen)";
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "\"" : ", \"") + name + "\"";
    return text;
}

bool contains(const std::vector<std::string>& names, const std::string& name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

std::unique_ptr<Study> StudyAccess::open(const CliArguments& args, std::ostream& err)
{
    try {
        // The CLI uses its study from one thread only, which spares SQLite a lock per call.
        std::unique_ptr<Study> study = args.studyPath
            ? Study::openForReading(*args.studyPath, Database::Threading::OneThreadAtATime)
            : Study::openDemo();
        for (const std::string& warning : study->warnings())
            err << "ketenmonitor-cli: let op: " << warning << '\n';
        return study;
    } catch (const DatabaseError& e) {
        err << "ketenmonitor-cli: het studiebestand kan niet worden geopend: " << e.message << '\n';
    }
    return nullptr;
}

bool StudyAccess::checkNames(const Study& study, const CliArguments& args, std::ostream& err)
{
    const std::vector<std::string> cohorts = study.cohortNames();
    for (const std::string& cohort : args.cohorts) {
        if (!contains(cohorts, cohort)) {
            err << "ketenmonitor-cli: onbekend cohort \"" << cohort << "\". Cohorten in deze studie: "
                << quotedList(cohorts) << '\n';
            return false;
        }
    }
    if (args.regio) {
        const std::vector<std::string> regions = study.regions();
        if (!contains(regions, *args.regio)) {
            err << "ketenmonitor-cli: onbekende regio \"" << *args.regio << "\". Regio's in deze studie: "
                << quotedList(regions) << '\n';
            return false;
        }
    }
    return true;
}

Selection StudyAccess::selection(const CliArguments& args, std::vector<std::string> cohorts)
{
    return Selection{std::move(cohorts), args.regio, args.windowMonths};
}

std::string StudyAccess::demoNote(const CliArguments& args)
{
    return args.studyPath ? std::string()
                          : "Ingebouwde demostudie: verzonnen (synthetische) casussen, geen echte personen.\n\n";
}

std::string StudyAccess::cohortLabel(const Selection& selection)
{
    return Selection{selection.cohorts, std::nullopt, std::nullopt}.label();
}

} // namespace km::cli
