#include "app/cli/ImportCommand.h"

#include "app/cli/ExitCode.h"
#include "core/codebook/Codebook.h"
#include "core/db/Study.h"
#include "core/import/Importer.h"
#include "core/import/MappingFile.h"
#include "core/import/SourceFinder.h"

#include <filesystem>
#include <fstream>
#include <ostream>

namespace km::cli {

namespace {

// Files given with an option are that table; files given by position are found by content
// (a workbook gives its sheets). Problems with them are input errors, reported like import errors.
std::vector<ImportSource> sourcesOf(const CliArguments& args, std::vector<ImportError>& errors)
{
    std::vector<ImportSource> sources;
    if (args.casussen)
        sources.push_back({TableKind::Casussen, *args.casussen, {}, {}, {}});
    if (args.trajecten)
        sources.push_back({TableKind::Trajecten, *args.trajecten, {}, {}, {}});
    if (args.gebeurtenissen)
        sources.push_back({TableKind::Gebeurtenissen, *args.gebeurtenissen, {}, {}, {}});
    if (!args.inputFiles.empty()) {
        FoundSources found = SourceFinder::forFiles(args.inputFiles);
        sources.insert(sources.end(), found.sources.begin(), found.sources.end());
        errors.insert(errors.end(), found.errors.begin(), found.errors.end());
    }
    if (args.mapping) {
        const MappingFileResult mapping = MappingFile::read(*args.mapping);
        errors.insert(errors.end(), mapping.errors.begin(), mapping.errors.end());
        MappingFile::applyTo(mapping, sources);
    }
    return sources;
}

bool reportInputErrors(const std::vector<ImportError>& errors, std::ostream& err)
{
    for (const ImportError& error : errors)
        err << error.toString() << '\n';
    if (!errors.empty())
        err << errors.size() << (errors.size() == 1 ? " fout" : " fouten") << "; er is niets geïmporteerd.\n";
    return errors.empty();
}

// Checked before the study is touched, so a mistyped file name does not leave an empty study.
void checkReadable(const std::vector<ImportSource>& sources, std::vector<ImportError>& errors)
{
    for (const ImportSource& source : sources) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(source.path, ec) || !std::ifstream(source.path).good())
            errors.push_back({source.path, 0, "", "", "het bestand bestaat niet of kan niet worden gelezen"});
    }
}

void removeStudyFile(const std::string& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
}

void reportFailure(const ImportResult& result, std::ostream& err)
{
    for (const ImportError& error : result.errors)
        err << error.toString() << '\n';
    const std::size_t count = result.errors.size();
    if (result.errorsTruncated)
        err << "Meer dan " << count << " fouten (alleen de eerste " << count << " zijn getoond)";
    else if (result.cancelled && count == 0)
        err << "De import is afgebroken";
    else
        err << count << (count == 1 ? " fout" : " fouten");
    err << "; er is niets geïmporteerd.\n";
}

void reportSuccess(const std::string& path, const ImportResult& result, const Study& study, std::ostream& out)
{
    out << "Geïmporteerd in " << path << ":\n";
    for (TableKind kind : Codebook::tables()) {
        const auto rows = result.rows.find(kind);
        if (rows != result.rows.end())
            out << "  " << Codebook::table(kind).name << ": " << rows->second
                << (rows->second == 1 ? " rij\n" : " rijen\n");
    }
    out << "Cohorten met nieuwe casussen:";
    for (const std::string& cohort : result.cohorts)
        out << ' ' << cohort << (&cohort == &result.cohorts.back() ? "" : ",");
    out << (result.cohorts.empty() ? " geen\n" : "\n");
    out << "De studie bevat nu " << study.caseCount() << " casussen in " << study.cohorts().size()
        << (study.cohorts().size() == 1 ? " cohort.\n" : " cohorten.\n");
    if (!result.warnings.empty()) {
        out << result.warnings.size() << (result.warnings.size() == 1 ? " waarschuwing:\n" : " waarschuwingen:\n");
        for (const ImportError& warning : result.warnings)
            out << "  " << warning.toString() << '\n';
    }
}

} // namespace

int ImportCommand::run(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    const std::string& path = *args.studyPath;
    std::vector<ImportError> inputErrors;
    const std::vector<ImportSource> sources = sourcesOf(args, inputErrors);
    checkReadable(sources, inputErrors);
    if (!reportInputErrors(inputErrors, err))
        return ExitImportErrors;
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec) || ec;   // when unsure, never delete it
    int exitCode = ExitOk;
    try {
        const std::unique_ptr<Study> study = Study::open(path, true, Database::Threading::OneThreadAtATime);
        for (const std::string& warning : study->warnings())
            err << "ketenmonitor-cli: let op: " << warning << '\n';
        ImportOptions options;
        options.soleReader = true;   // this process holds the study's only connection
        const ImportResult result = Importer(*study).run(sources, options);
        if (result.committed) {
            reportSuccess(path, result, *study, out);
        } else {
            reportFailure(result, err);
            // A full disk is no fault of the input: scripts must not think the files need fixing.
            exitCode = result.studyFailure ? ExitFailure : ExitImportErrors;
            if (result.studyFailure)
                err << "ketenmonitor-cli: Schrijven van " << path << " mislukt; het studiebestand is niet veranderd.\n";
        }
    } catch (const DatabaseError& e) {
        err << "ketenmonitor-cli: " << path << ": " << e.message << '\n';
        exitCode = ExitFailure;
    }
    if (exitCode != ExitOk && !existed)
        removeStudyFile(path);
    return exitCode;
}

} // namespace km::cli
