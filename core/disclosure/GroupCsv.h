#pragma once

#include "core/codebook/IndicatorLabels.h"
#include "core/csv/CsvDialect.h"
#include "core/disclosure/GroupTable.h"

#include <string>
#include <vector>

namespace km {

class CsvWriter;

/**
 * The published tables of one indicator group as CSV for a spreadsheet (docs/export-formats.md):
 * two header rows saying which selection it is and how small numbers were protected (or that it
 * is "intern"), a blank row, then one row per figure with the numbers as numbers in their own
 * columns (teller, noemer, onbekend, percent, ci95_onder, ci95_boven; a suppressed count reads
 * "<5" or "> 38"). No dates or other run-dependent text, so the same study and selection always
 * give the same bytes.
 */
class GroupCsv
{
public:
    /** One selection's table of the group. */
    struct Part
    {
        std::string selection;   // its label, for the "selectie" column
        const GroupTable* table;
    };

    /** Which rows: a group's whole table, or the dashboard's table of its percentages or of its distributions. */
    enum class Rows { All, Proportions, Distributions };

    /** `selection` and `protection` are the texts of the two header rows. */
    static std::string write(const std::vector<Part>& parts, const std::string& selection,
                             const std::string& protection, Language language, CsvDialect dialect,
                             Rows rows = Rows::All);

    /** The two header rows and the blank row every figure CSV starts with (ComparisonCsv too). */
    static void heading(CsvWriter& csv, const std::string& selection, const std::string& protection, Language language);
};

} // namespace km
