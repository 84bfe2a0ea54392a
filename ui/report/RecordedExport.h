#pragma once

#include "ui/charts/ChartFile.h"
#include "ui/report/ReportData.h"

#include "core/csv/CsvDialect.h"
#include "core/output/OutputRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ChartBuilder;

namespace km {
class Study;
struct AuditEntry;
} // namespace km

/**
/**
 * The one place a figure leaves the program: a report, all figures, one chart or table saved,
 * or copied to the clipboard. Each takes a ReportData, whose tables carry the whole disclosure
 * policy already (km::Publication), stamps unprotected output "INTERN", writes every file
 * complete or not at all (OutputSaver, never over the open study), and adds the export to the
 * study's audit trail: which files (absolute path and SHA-256) or "(klembord)", which selection,
 * whether small numbers were suppressed, and every figure as it was published
 * (km::PublicationRecord, after the first line of the details). The CLI's `report`/`export`, the
 * desktop's File > Export and every chart's and table's export and copy go through here.
 */
class RecordedExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordedExport)

public:
    /**
     * Writes the report of `data` to `path` (format by suffix), then records a "rapport" event.
     * The file is never the open study (by identity) and replaces at most what `replace` allows;
     * the event is recorded only once the complete file is in place.
     */
    static bool writeReport(km::Study& study, const ReportData& data, const QString& path, QString* error,
                            km::Replace replace = km::Replace::Outputs);

    /** Writes every figure into `folder` (all or nothing), then records an "export" event; the files (relative), or empty. */
    static QStringList exportFigures(km::Study& study, const ReportData& data, const QString& folder,
                                     km::CsvConvention convention, QString* error,
                                     km::Replace replace = km::Replace::Outputs);

    /** One chart, drawn by `published` from data's published values, to `file`; an "export" event. */
    static bool saveChart(km::Study& study, const ReportData& data, const ChartBuilder& published,
                          const ChartFile& file, const std::string& what, QString* error);
    /** One chart as an image on the clipboard; a "kopie" event. */
    static bool copyChart(km::Study& study, const ReportData& data, const ChartBuilder& published, QSize pixels,
                          int dpi, const std::string& what, QString* error);
    /** A table's text (CSV made from data's published values) to `path`; an "export" event. */
    static bool saveText(km::Study& study, const ReportData& data, const std::string& text, const QString& path,
                         const std::string& what, QString* error);
    /** A table's text on the clipboard; a "kopie" event. */
    static bool copyText(km::Study& study, const ReportData& data, const QString& text, const std::string& what,
                         QString* error);

    /** "INTERN" (in the data's language) when small numbers are not protected, else empty. */
    static QString stamp(const ReportData& data);
    /** How the log and the CSV header rows name data's selection and its protection. */
    static std::string selectionLine(const ReportData& data);
    static std::string protectionLine(const ReportData& data);

    /**
     * The audit event for `action` ("rapport", "export", "kopie") of `data` written to `files`
     * (paths); `what` says which figure, when it is one.
     */
    static km::AuditEntry entry(const std::string& action, const ReportData& data, const QStringList& files,
                                const std::string& what = {});

private:
    static km::OutputRules rulesFor(const km::Study& study, km::Replace replace);
    static bool recordable(const km::Study& study, QString* error);
    static bool record(km::Study& study, const km::AuditEntry& entry, QString* error);
};
