// Inputs that are small on disk and expensive to read: decompression bombs, a stray cell at
// the far corner of a sheet, huge SPSS files with an unusable header, a 100 MB column name.
// Each is imported by the real program in a child process, which must answer with a clear
// message in bounded memory (its peak resident size) within a generous time limit (never a
// measurement: the limit only keeps a regression from hanging the test run).
#include "tests/cli/CliRunner.h"
#include "tests/cli/HostileFiles.h"
#include "tests/cli/TempDir.h"
#include "tests/cli/TextContains.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using km::test::CliResult;
using km::test::CliRunner;
using km::test::contains;
using km::test::HostileFiles;
using km::test::TempDir;

namespace {

// Under AddressSanitizer the program's resident size also holds the sanitizer's shadow memory
// and its quarantine of freed blocks (256 MB by default), which a pass over a million rows
// fills; the normal build stays near 30 MB on every file here.
#if defined(__SANITIZE_ADDRESS__)
constexpr long maxPeakKilobytes = 1024 * 1024;
#else
constexpr long maxPeakKilobytes = 300 * 1024;
#endif
constexpr int timeLimitSeconds = 120;
constexpr std::uint64_t bombBytes = 600ull << 20;

CliResult import(const TempDir& dir, const std::string& file)
{
    const CliResult r = CliRunner::runWithin({"import", dir.file("s.db"), file}, timeLimitSeconds);
    INFO(r.err);
    CHECK_FALSE(r.timedOut);
    CHECK(r.exitCode == 1);
    CHECK(r.peakKilobytes < maxPeakKilobytes);
    return r;
}

} // namespace

TEST_CASE("an .xlsx or .ods bomb is refused from its zip directory, naming the entry and the limit",
          "[cli][hostile]")
{
    TempDir dir;
    const std::string xlsx = dir.file("bom.xlsx");
    HostileFiles::xlsxBomb(xlsx, bombBytes, HostileFiles::Directory::Honest);
    const CliResult x = import(dir, xlsx);
    CHECK(contains(x.err, "bom.xlsx: xl/worksheets/sheet1.xml pakt uit tot 600 MB; dat is meer dan de 200 MB"));

    const std::string ods = dir.file("bom.ods");
    HostileFiles::odsBomb(ods, bombBytes, HostileFiles::Directory::Honest);
    const CliResult o = import(dir, ods);
    CHECK(contains(o.err, "bom.ods: content.xml pakt uit tot 600 MB; dat is meer dan de 200 MB"));
}

TEST_CASE("a bomb whose zip directory understates its size, or claims zip64, is stopped as well", "[cli][hostile]")
{
    TempDir dir;
    const std::string ods = dir.file("klein.ods");
    HostileFiles::odsBomb(ods, bombBytes, HostileFiles::Directory::Understated);
    const CliResult o = import(dir, ods);
    CHECK(contains(o.err, "klein.ods: content.xml pakt uit tot meer dan de "));
    CHECK(contains(o.err, "bytes die de inhoudsopgave opgeeft"));

    // orcus reads .xlsx itself, into a buffer of the declared size: it fails, in that memory.
    const std::string xlsx = dir.file("klein.xlsx");
    HostileFiles::xlsxBomb(xlsx, bombBytes, HostileFiles::Directory::Understated);
    const CliResult x = import(dir, xlsx);
    CHECK(contains(x.err, "klein.xlsx"));

    const std::string zip64 = dir.file("groot.xlsx");
    HostileFiles::xlsxBomb(zip64, 16ull << 20, HostileFiles::Directory::Zip64);
    const CliResult z = import(dir, zip64);
    CHECK(contains(z.err, "groot.xlsx: het werkboek is een zip64-archief (xl/worksheets/sheet1.xml)"));
}

TEST_CASE("a stray cell at XFD1048576 ends the import at once with the reason", "[cli][hostile]")
{
    TempDir dir;
    const std::string xlsx = dir.file("ver.xlsx");
    HostileFiles::xlsxStrayCell(xlsx, "XFD1048576");
    const CliResult x = import(dir, xlsx);
    CHECK(contains(x.err, "ver.xlsx, blad casussen: het blad loopt tot cel XFD1048576 (1048576 rijen bij 16384 kolommen)"));

    // The .ods sheet is kept sparse: it is its 16384 columns that stop it.
    const std::string ods = dir.file("ver.ods");
    HostileFiles::odsStrayCell(ods);
    const CliResult o = import(dir, ods);
    CHECK(contains(o.err, "ver.ods, blad casussen:1: te veel kolommen (16384); verwacht ten hoogste 1000 kolommen"));
}

TEST_CASE("a stray cell far down within the columns costs a pass over the rows, no more", "[cli][hostile]")
{
    TempDir dir;
    const std::string xlsx = dir.file("laag.xlsx");
    HostileFiles::xlsxStrayCell(xlsx, "D1048576");
    const CliResult x = import(dir, xlsx);
    // Row 1048576 holds only einde_followup: the rows between are empty and skipped.
    CHECK(contains(x.err, "laag.xlsx, blad casussen:1048576: A (casus_id)"));
}

TEST_CASE("a .zsav of a million cases whose variables are no codebook fields stops at its header", "[cli][hostile]")
{
    TempDir dir;
    const std::string zsav = dir.file("breed.zsav");
    HostileFiles::wideZsav(zsav, 1000000, 101, false);
    const CliResult r = import(dir, zsav);
    CHECK(contains(r.err, "breed.zsav:1: kolom 'casus_id' ontbreekt"));
}

TEST_CASE("a .zsav of a million cases with an error in each stops at the error limit, reading as a stream",
          "[cli][hostile]")
{
    TempDir dir;
    const std::string zsav = dir.file("fout.zsav");
    HostileFiles::wideZsav(zsav, 1000000, 101, true);
    const CliResult r = import(dir, zsav);
    CHECK(contains(r.err, "fout.zsav, geval 1, variabele melddatum: verwacht een datum"));
    CHECK(contains(r.err, "200"));
}

TEST_CASE("UTF-16 text, a damaged .sav and a 100 MB column name each get a message of their own", "[cli][hostile]")
{
    TempDir dir;
    std::string utf16 = "\xFF\xFE";
    for (const char c : std::string("casus_id,cohort,melddatum,einde_followup\n"))
        utf16 += std::string(1, c) + '\0';
    const CliResult u = import(dir, dir.write("casussen.csv", utf16));
    CHECK(contains(u.err, "casussen.csv:1: het bestand is UTF-16-tekst, geen UTF-8; sla het op als CSV in UTF-8"));

    const CliResult s = import(dir, dir.write("casussen.sav", "$FL9" + std::string(200, '\x01')));
    CHECK(contains(s.err, "casussen.sav: het bestand is een beschadigd SPSS-bestand"));
    const CliResult headerless = import(dir, dir.write("trajecten.sav", std::string(200, '\0')));
    CHECK(contains(headerless.err, "trajecten.sav: het bestand is een beschadigd SPSS-bestand"));

    const std::string longHeader = dir.file("casussen.csv");
    {
        std::ofstream out(longHeader, std::ios::binary);
        const std::string block(1 << 20, 'a');
        for (int i = 0; i < 100; ++i)
            out << block;
        out << ",cohort,melddatum,einde_followup\nC1,K,2019-01-15,2021-01-15\n";
    }
    const CliResult l = import(dir, longHeader);
    CHECK(contains(l.err, "casussen.csv:1: kolom 1: de kolomnaam is langer dan 1000 bytes"));
    CHECK_FALSE(contains(l.err, "ontbreekt"));
}
