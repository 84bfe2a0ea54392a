#pragma once

#include "ui/report/ReportData.h"

#include "core/output/OutputRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace km {
class Study;
struct AuditEntry;
} // namespace km

/**
 * Writes a report or all figures and adds it to the study's audit trail: which files (absolute
 * path and SHA-256), which selection, whether small numbers were suppressed, and every figure as
 * it was published (km::PublicationRecord, after the first line of the details). The CLI's
 * `report`/`export` and the desktop's File > Export both go through here, so they record alike.
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
    static QStringList exportFigures(km::Study& study, const ReportData& data, const QString& folder, QString* error,
                                     km::Replace replace = km::Replace::Outputs);

    /** The audit event for `action` ("rapport", "export") of `data` written to `files` (paths). */
    static km::AuditEntry entry(const std::string& action, const ReportData& data, const QStringList& files);

private:
    static km::OutputRules rulesFor(const km::Study& study, km::Replace replace);
    static bool recordable(const km::Study& study, QString* error);
    static bool record(km::Study& study, const km::AuditEntry& entry, QString* error);
};
