// Hostile and broken input files: each gives a clear error and leaves the study exactly as it
// was (compared table by table with dumpStudy). Large inputs are generated here, not stored.
#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

namespace {

const std::string casussenHeader = "casus_id,cohort,melddatum,einde_followup\n";

// A study holding the valid test study; refused() imports broken files into it and checks
// that nothing changed.
class HostileFixture
{
public:
    HostileFixture()
        : study_(Study::open(":memory:", true))
    {
        REQUIRE(importTexts(*study_, validCasussen, validTrajecten, validGebeurtenissen).committed);
        before_ = dumpStudy(study_->db());
    }

    ImportResult refused(const std::vector<ImportSource>& sources)
    {
        const ImportResult result = Importer(*study_).run(sources);
        INFO(describe(result));
        CHECK_FALSE(result.committed);
        CHECK_FALSE(result.errors.empty());
        CHECK(dumpStudy(study_->db()) == before_);
        return result;
    }

    ImportResult refusedTexts(const std::string& casussen, const std::string& trajecten = {},
                              const std::string& gebeurtenissen = {})
    {
        std::vector<ImportSource> sources;
        if (!casussen.empty())
            sources.push_back({TableKind::Casussen, "casussen.csv", casussen, {}});
        if (!trajecten.empty())
            sources.push_back({TableKind::Trajecten, "trajecten.csv", trajecten, {}});
        if (!gebeurtenissen.empty())
            sources.push_back({TableKind::Gebeurtenissen, "gebeurtenissen.csv", gebeurtenissen, {}});
        return refused(sources);
    }

private:
    std::unique_ptr<Study> study_;
    std::string before_;
};

bool mentions(const ImportResult& result, const std::string& text)
{
    for (const ImportError& e : result.errors) {
        if (e.message.find(text) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE_METHOD(HostileFixture, "hostile: binary data with NUL bytes")
{
    std::string casussen = casussenHeader + "D1,K,2019-01-15,2021-01-15\n";
    casussen += std::string("\x00\x01\x02\xff\xfe\x00PK\x03\x04", 11) + "\n";
    const ImportResult result = refusedTexts(casussen);
    CHECK(mentions(result, "binaire gegevens (NUL-byte)"));
}

TEST_CASE_METHOD(HostileFixture, "hostile: empty file")
{
    TempDir dir;
    const ImportResult result = refused({{TableKind::Casussen, dir.write("leeg.csv", ""), {}, {}}});
    CHECK(mentions(result, "het bestand is leeg"));
}

TEST_CASE_METHOD(HostileFixture, "hostile: header only is an import of nothing")
{
    const ImportResult result = refusedTexts(casussenHeader);
    CHECK(mentions(result, "alleen een kopregel en geen casussen"));
}

TEST_CASE_METHOD(HostileFixture, "hostile: ragged rows")
{
    const ImportResult result = refusedTexts(casussenHeader + "D1,K,2019-01-15,2021-01-15\nD2,K,2019-01-15\n");
    const auto error = errorAt(result, 3);
    REQUIRE(error);
    // Header has 4 columns, line 3 has 3 fields.
    CHECK(error->message == "verwacht 4 velden zoals de kopregel, gevonden 3");
}

TEST_CASE_METHOD(HostileFixture, "hostile: unterminated quotes")
{
    const ImportResult result = refusedTexts(casussenHeader + "D1,\"K,2019-01-15,2021-01-15\nD2,K,2019-01-15,2021-01-15\n");
    CHECK(mentions(result, "veld tussen aanhalingstekens is niet afgesloten"));
}

TEST_CASE_METHOD(HostileFixture, "hostile: a 10 MB single field")
{
    const std::string huge(10 * 1024 * 1024, 'x');
    const ImportResult result = refusedTexts(casussenHeader + "D1,K" + huge + ",2019-01-15,2021-01-15\n");
    const auto error = errorAt(result, 2);
    REQUIRE(error);
    CHECK(error->column == "cohort");
    CHECK(error->value.empty());
    // 10 * 1024 * 1024 + 1 ('K') = 10485761 bytes.
    CHECK(error->message == "veld is te lang (10485761 bytes); verwacht ten hoogste 10000 bytes per veld");
}

TEST_CASE_METHOD(HostileFixture, "hostile: 1,000,000 columns")
{
    std::string header = "casus_id,cohort,melddatum,einde_followup";
    for (int i = 4; i < 1000000; ++i)
        header += ",x" + std::to_string(i);
    const std::string row = "D1,K,2019-01-15,2021-01-15" + std::string(1000000 - 4, ',');
    const ImportResult result = refusedTexts(header + "\n" + row + "\n");
    const auto error = errorAt(result, 1);
    REQUIRE(error);
    CHECK(error->message == "te veel kolommen (1000000); verwacht ten hoogste 1000 kolommen");
}

TEST_CASE_METHOD(HostileFixture, "hostile: a date that does not exist (31-02-2019)")
{
    const ImportResult result = refusedTexts(casussenHeader + "D1,K,31-02-2019,2021-01-15\n");
    const auto error = errorAt(result, 2);
    REQUIRE(error);
    CHECK(error->column == "melddatum");
    CHECK(error->value == "31-02-2019");
}

TEST_CASE_METHOD(HostileFixture, "hostile: end before start")
{
    const ImportResult result = refusedTexts(casussenHeader + "D1,K,2021-01-15,2019-01-15\n");
    const auto error = errorAt(result, 2);
    REQUIRE(error);
    CHECK(error->message.find("melddatum") != std::string::npos);
}

TEST_CASE_METHOD(HostileFixture, "hostile: references to unknown cases")
{
    const ImportResult result = refusedTexts(casussenHeader + "D1,K,2019-01-15,2021-01-15\n", {},
                                             "casus_id,datum,soort,bekend_bij\nX9,2019-06-01,nieuw_geweld,vt\n");
    const auto error = errorAt(result, 2);
    REQUIRE(error);
    CHECK(error->file == "gebeurtenissen.csv");
    CHECK(error->message.find("onbekende casus_id") != std::string::npos);
}
