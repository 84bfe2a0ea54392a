#pragma once

#include "core/output/OutputRules.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class ReportDocument;

/**
 * Writes a report in the format its file name asks for: .pdf (A4, fonts embedded, a footer
 * with page number and, for unprotected output, "INTERN" on every page), .odt (for editing in
 * a word processor) or .html (one self-contained file).
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static bool isSupported(const QString& path);
    /** Renders the report in memory, then writes it complete or not at all (OutputSaver, `rules`). */
    static bool write(const ReportDocument& report, const QString& path, QString* error, const km::OutputRules& rules = {});

private:
    static bool writePdf(const ReportDocument& report, QIODevice& device);
};
