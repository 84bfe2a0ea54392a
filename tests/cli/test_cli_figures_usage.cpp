#include "tests/cli/CliRunner.h"
#include "tests/cli/TextContains.h"

#include <catch2/catch.hpp>

using km::test::CliRunner;
using km::test::CliResult;
using km::test::contains;

// Parsing happens before report/export start Qt, so these run in every build (also without UI).
TEST_CASE("report and export: wrong options exit 2 with a Dutch message", "[cli][usage][figures]")
{
    const std::vector<std::pair<std::vector<std::string>, std::string>> wrong{
        {{"report"}, "--out is verplicht"},
        {{"export"}, "--out is verplicht"},
        {{"report", "--out", "rapport.docx"}, ".pdf, .odt of .html"},
        {{"export", "--out", "f", "--min-cell", "0"}, "--min-cell verwacht"},
        {{"export", "--out", "f", "--min-cell", "vijf"}, "--min-cell verwacht"},
        {{"export", "--out", "f", "--min-cell", "5", "--no-suppression"}, "gaan niet samen"},
        {{"report", "--out", "r.pdf", "--no-suppression=ja"}, "geen waarde"},
        {{"report", "--out", "r.pdf", "--lang", "de"}, "--lang verwacht nl of en"},
        {{"export", "--out", "f", "--format", "csv"}, "onbekende optie --format"},
    };
    for (const auto& [args, message] : wrong) {
        INFO(args.front() << " " << (args.size() > 2 ? args[2] : ""));
        const CliResult r = CliRunner::run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, message));
    }
}

TEST_CASE("report and export are documented in --help", "[cli][usage][figures]")
{
    const CliResult r = CliRunner::run({"export", "--help"});
    CHECK(r.exitCode == 0);
    CHECK(contains(r.out, "--min-cell N"));
    CHECK(contains(r.out, "--no-suppression"));
    CHECK(contains(CliRunner::run({"--help"}).out, "ketenmonitor-cli report"));
}
