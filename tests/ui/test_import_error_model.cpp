// The import wizard's error table: CSV and spreadsheet problems are located by line, SPSS
// problems by case number, the way each file's user numbers their data.
#include "ui/models/ImportErrorModel.h"

#include <catch2/catch.hpp>

TEST_CASE("the error table shows a line for a CSV file and a case for an SPSS file", "[ui][import]")
{
    km::ImportError csv{"casussen.csv", 3, "melddatum", "31-02-2019", "geen bestaande datum"};
    km::ImportError sav{"casussen.sav", 12, "variabele MELDDAT (melddatum)", "", "geen bestaande datum"};
    sav.caseNumber = true;
    km::ImportError header{"casussen.csv", 0, "cohort", "", "kolom ontbreekt"};

    ImportErrorModel model;
    model.setProblems({csv, sav, header}, {});
    const auto line = [&](int row) { return model.data(model.index(row, ImportErrorModel::Line)).toString(); };
    CHECK(line(0) == QStringLiteral("3"));
    CHECK(line(1) == QStringLiteral("case 12"));   // untranslated source text: the tests run in English
    CHECK(line(2).isEmpty());
    // Sorting stays numeric for both.
    CHECK(model.data(model.index(1, ImportErrorModel::Line), ImportErrorModel::SortRole).toULongLong() == 12);
}
