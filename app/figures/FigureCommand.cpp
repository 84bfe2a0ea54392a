#include "app/figures/FigureCommand.h"

#include "app/cli/ExitCode.h"
#include "app/cli/StudyAccess.h"
#include "ui/AppLanguage.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportData.h"

#include <QApplication>
#include <QFileInfo>

#include <ostream>

namespace km::cli {

namespace {

int produce(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    const std::unique_ptr<Study> study = StudyAccess::open(args, err);
    if (!study)
        return ExitFailure;
    if (!StudyAccess::checkNames(*study, args, err))
        return ExitUsage;
    AppLanguage language;
    language.apply(QString::fromStdString(args.lang));
    const SmallCellPolicy policy = args.noSuppression
        ? SmallCellPolicy::none()
        : SmallCellPolicy{args.minCell.value_or(SmallCellPolicy::defaultMinCell), CountRounding{args.roundCounts.value_or(0)}};
    const QString studyName = args.studyPath ? QFileInfo(QString::fromStdString(*args.studyPath)).fileName()
                                             : QStringLiteral("demo (synthetisch)");
    const ReportData data = ReportData::collect(*study,
        ReportData::perCohort(StudyAccess::selection(args, args.cohorts), study->cohortNames()), policy,
                                                args.lang == "en" ? Language::English : Language::Dutch, studyName,
                                                !args.studyPath);
    const QString target = QString::fromStdString(*args.out);
    const Replace replace = args.overwrite ? Replace::AnyFile : Replace::Outputs;
    QString error;
    if (args.command == Command::Report) {
        if (!RecordedExport::writeReport(*study, data, target, &error, replace)) {
            err << "ketenmonitor-cli: " << error.toStdString() << '\n';
            return ExitFailure;
        }
        out << "Rapport geschreven: " << QFileInfo(target).absoluteFilePath().toStdString() << '\n';
    } else {
        const std::string csv = args.csv.value_or(args.lang == "en" ? "int" : "nl");
        const QStringList files = RecordedExport::exportFigures(
            *study, data, target, km::CsvDialect::conventionNamed(csv).value_or(km::CsvConvention::SemicolonDecimalComma),
            &error, replace);
        if (files.isEmpty()) {
            err << "ketenmonitor-cli: " << error.toStdString() << '\n';
            return ExitFailure;
        }
        out << files.size() << " bestanden geschreven in " << QFileInfo(target).absoluteFilePath().toStdString() << '\n';
    }
    if (!policy.active())
        out << "Let op: zonder afscherming van kleine aantallen, gemarkeerd als intern.\n";
    return ExitOk;
}

} // namespace

int FigureCommand::run(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "ketenmonitor-cli";
    char* argv[] = {name, nullptr};
    QApplication application(argc, argv);
    return produce(args, out, err);
}

} // namespace km::cli
