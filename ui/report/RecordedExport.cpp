#include "ui/report/RecordedExport.h"

#include "ui/OutputSaver.h"
#include "ui/charts/ChartExporter.h"
#include "ui/report/FigureExporter.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportWriter.h"

#include "core/db/Study.h"
#include "core/disclosure/PublicationRecord.h"
#include "core/output/OutputTarget.h"
#include "core/util/Sha256.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <set>

namespace {

std::string hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "?";
    km::Sha256 hash;
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 16);
        if (block.isEmpty())
            return "?";
        hash.update(std::string_view(block.constData(), static_cast<std::size_t>(block.size())));
    }
    return hash.hexDigest();
}

// The sets share regio and window (ReportData::perCohort); their cohorts together are the choice.
std::string selectionText(const ReportData& data)
{
    // Two sides of a comparison may differ in regio or window: then each is named in full.
    for (const km::IndicatorSet& set : data.sets)
        if (set.selection.regio != data.sets.front().selection.regio
            || set.selection.windowMonths != data.sets.front().selection.windowMonths) {
            std::string text;
            for (const km::IndicatorSet& each : data.sets)
                text += (text.empty() ? "" : " | ") + each.selection.label();
            return text;
        }
    std::set<std::string> cohorts;
    for (const km::IndicatorSet& set : data.sets)
        cohorts.insert(set.selection.cohorts.begin(), set.selection.cohorts.end());
    std::string text = cohorts.empty() ? "alle cohorten" : cohorts.size() == 1 ? "cohort " : "cohorten ";
    bool first = true;
    for (const std::string& cohort : cohorts) {
        text += (first ? "" : ", ") + cohort;
        first = false;
    }
    if (data.sets.size() == 1 && cohorts.size() > 1)
        text += " (samengenomen)";
    const km::Selection* base = data.sets.empty() ? nullptr : &data.sets.front().selection;
    text += "; regio " + (base && base->regio ? *base->regio : std::string("alle"));
    text += "; venster " + (base && base->windowMonths ? std::to_string(*base->windowMonths) + " maanden"
                                                         : std::string("hele follow-up"));
    return text;
}

const std::string copied = "kopie";

std::string protectionText(const km::SmallCellPolicy& policy)
{
    if (!policy.active())
        return "intern: kleine aantallen niet afgeschermd";
    return "kleine aantallen afgeschermd (onder " + std::to_string(policy.minCell) + ")"
        + (policy.rounding.active() ? "; aantallen afgerond op " + std::to_string(policy.rounding.base) : "");
}

} // namespace

km::AuditEntry RecordedExport::entry(const std::string& action, const ReportData& data, const QStringList& files,
                                     const std::string& what)
{
    std::string listed;
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        listed += (listed.empty() ? "" : "\n") + path.toStdString() + " " + hashOf(path);
    }
    const std::string language = data.language == km::Language::English ? "en" : "nl";
    km::AuditEntry result;
    result.action = action;
    result.files = action == copied ? std::string("(klembord)") : listed;
    result.selection = selectionText(data);
    result.suppressed = data.policy.active();
    const std::string count = action == copied ? std::string("naar het klembord")
                                               : std::to_string(files.size()) + (files.size() == 1 ? " bestand" : " bestanden");
    result.details = (what.empty() ? "" : what + "; ") + count + "; " + protectionText(data.policy) + "; taal " + language;
    // What was published, for a later review of differences between outputs.
    result.details += "\n" + km::PublicationRecord::text(km::Publication{data.published});
    return result;
}

bool RecordedExport::record(km::Study& study, const km::AuditEntry& entry, QString* error)
{
    try {
        study.recordEvent(entry);
        return true;
    } catch (const km::DatabaseError& e) {
        *error = tr("The files were written, but could not be recorded in the study's log: %1")
                     .arg(QString::fromStdString(e.message));
        return false;
    }
}

km::OutputRules RecordedExport::rulesFor(const km::Study& study, km::Replace replace)
{
    return {replace, km::OutputTarget::studyFiles(study.db().path())};
}

// An export that could not be logged must not be written: a read-only study is refused first.
bool RecordedExport::recordable(const km::Study& study, QString* error)
{
    if (!study.db().isReadOnly())
        return true;
    *error = tr("The study is read-only, so this export could not be recorded in its log; nothing was written. "
                "Copy the study (with its -wal and -shm files) to a folder you can write to.");
    return false;
}

bool RecordedExport::writeReport(km::Study& study, const ReportData& data, const QString& path, QString* error,
                                 km::Replace replace)
{
    if (!recordable(study, error)
        || !ReportWriter::write(ReportDocument(data, QDate::currentDate()), path, error, rulesFor(study, replace)))
        return false;
    return record(study, entry("rapport", data, {path}), error);
}

QStringList RecordedExport::exportFigures(km::Study& study, const ReportData& data, const QString& folder,
                                          km::CsvConvention convention, QString* error, km::Replace replace)
{
    if (!recordable(study, error))
        return {};
    const QStringList written = FigureExporter::exportAll(data, folder, convention, error, rulesFor(study, replace));
    if (written.isEmpty())
        return {};
    QStringList paths;
    const QDir dir(folder);
    for (const QString& name : written)
        paths << dir.filePath(name);
    if (!record(study, entry("export", data, paths), error))
        return {};
    return written;
}

QString RecordedExport::stamp(const ReportData& data)
{
    return data.policy.active() ? QString() : data.text("INTERN", "INTERNAL");
}

std::string RecordedExport::selectionLine(const ReportData& data)
{
    return selectionText(data);
}

std::string RecordedExport::protectionLine(const ReportData& data)
{
    return protectionText(data.policy);
}

bool RecordedExport::saveChart(km::Study& study, const ReportData& data, const ChartBuilder& published,
                               const ChartFile& file, const std::string& what, QString* error)
{
    if (!recordable(study, error)
        || !ChartExporter::toFile(published, file, error, stamp(data), rulesFor(study, km::Replace::Outputs)))
        return false;
    return record(study, entry("export", data, {file.path}, what), error);
}

bool RecordedExport::copyChart(km::Study& study, const ReportData& data, const ChartBuilder& published,
                               QSize pixels, int dpi, const std::string& what, QString* error)
{
    if (!recordable(study, error))
        return false;
    QApplication::clipboard()->setImage(ChartExporter::toImage(published, pixels, dpi, stamp(data)));
    return record(study, entry(copied, data, {}, what), error);
}

bool RecordedExport::saveText(km::Study& study, const ReportData& data, const std::string& text, const QString& path,
                              const std::string& what, QString* error)
{
    if (!recordable(study, error)
        || !OutputSaver::save(path, QByteArray::fromStdString(text), error, rulesFor(study, km::Replace::Outputs)))
        return false;
    return record(study, entry("export", data, {path}, what), error);
}

bool RecordedExport::copyText(km::Study& study, const ReportData& data, const QString& text, const std::string& what,
                              QString* error)
{
    if (!recordable(study, error))
        return false;
    QApplication::clipboard()->setText(text);
    return record(study, entry(copied, data, {}, what), error);
}
