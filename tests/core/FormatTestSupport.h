#pragma once

#include "ImportTestSupport.h"

#include "core/indicators/IndicatorSet.h"

#include <string>
#include <vector>

namespace km::test {

/** A CSV text without quotes split into its header and rows (the test studies need no more). */
struct PlainTable
{
    TableKind kind;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

PlainTable splitCsv(TableKind kind, const std::string& text);

/** The small study of ImportTestSupport (validCasussen, validTrajecten, validGebeurtenissen). */
std::vector<PlainTable> smallStudy();

/**
 * Writes tables as sheets of an .xlsx workbook (libxlsxwriter), the way a researcher's workbook
 * looks: ISO dates as serial numbers with a date format, Dutch dates (DD-MM-YYYY) as text, numbers
 * as text with a decimal comma, yes/no as booleans, and casussen's first einde_followup as the
 * formula =D2+731 with its cached result.
 */
void writeXlsx(const std::string& path, const std::vector<PlainTable>& tables);

/**
 * Writes one table as an SPSS .sav file (ReadStat): dates as DATE11 variables, yes/no as 1/0
 * labelled ja/nee with 9 as user-missing value (written for unknown), the plans as 1/2/3
 * labelled geen/deels/allen, numbers as numbers, everything else as strings. `compressed` writes
 * a .zsav (zlib-compressed, "$FL3") instead.
 */
void writeSav(const std::string& path, const PlainTable& table, bool compressed = false);

/** Every indicator and distribution of a study (all cases) as text, to compare studies exactly. */
std::string figuresText(const Study& study);

} // namespace km::test
