#pragma once

#include "ui/report/ReportData.h"

#include "core/csv/CsvDialect.h"
#include "core/output/OutputRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Every figure of a ReportData into one folder: per indicator group its charts as PNG and SVG
 * (drawn offscreen by the dashboard's chart builders, stamped "INTERN" when unprotected), its
 * table as CSV for a spreadsheet in the chosen convention (byte-stable, see km::GroupCsv), all
 * tables as one XLSX workbook, and toelichting.txt with the small-number note or the "intern"
 * stamp.
 */
class FigureExporter
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)

public:
    /**
     * The files written (names relative to `folder`), or empty with *error set. All or nothing:
     * when one file fails, none is written and earlier files of the same names stay as they were.
     */
    static QStringList exportAll(const ReportData& data, const QString& folder, km::CsvConvention convention,
                                 QString* error, const km::OutputRules& rules = {});

    static constexpr int pngDpi = 150;
};
