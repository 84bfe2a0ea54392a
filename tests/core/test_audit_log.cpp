// The study's audit trail: imports (with files and hashes), deleted cohorts and exports
// (selection, small numbers suppressed) are all listed, oldest first.
#include "ImportTestSupport.h"

#include "core/db/LoginName.h"
#include "core/util/Sha256.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

TEST_CASE("audit trail: import, delete-cohort and an export, in order")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen, validTrajecten).committed);
    // validCasussen has 2 cases in NHN-2019 (C1, C2) and 1 in NHN-2020.
    REQUIRE(study->deleteCohort("NHN-2019").cases == 2);
    study->recordEvent({{}, "export", {}, "rapport.pdf", "cohort NHN-2020", true, "pdf"});

    const auto log = study->auditLog();
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "import");
    CHECK(log[0].files == "casussen.csv " + Sha256::of(validCasussen) + "\ntrajecten.csv " + Sha256::of(validTrajecten));
    // 3 case rows and 3 trajectory rows in the texts.
    CHECK(log[0].details == "casussen: 3 rijen, trajecten: 3 rijen");
    CHECK_FALSE(log[0].suppressed);
    CHECK(log[1].action == "delete-cohort");
    CHECK(log[1].selection == "cohort NHN-2019");
    CHECK(log[1].details == "2 casussen verwijderd");
    CHECK(log[2].action == "export");
    CHECK(log[2].files == "rapport.pdf");
    CHECK(log[2].selection == "cohort NHN-2020");
    CHECK(log[2].suppressed == std::optional<bool>(true));
    for (const AuditEntry& e : log) {
        CHECK(e.at.size() == 20);   // 2026-11-25T00:00:00Z
        CHECK_FALSE(e.programVersion.empty());
        // Who: the OS login name of this test process, for the import as for the events.
        CHECK(e.user == LoginName::current());
    }
}

TEST_CASE("audit trail: a refused import leaves no trace of itself")
{
    auto study = Study::open(":memory:", true);
    REQUIRE_FALSE(importTexts(*study, "casus_id,cohort,melddatum,einde_followup,BSN\nC1,K,2019-01-15,2021-01-15,\n").committed);
    CHECK(study->auditLog().empty());
}

TEST_CASE("audit trail: deleting an unknown cohort is still recorded, with 0 cases")
{
    auto study = Study::open(":memory:", true);
    CHECK(study->deleteCohort("X").cases == 0);
    const auto log = study->auditLog();
    REQUIRE(log.size() == 1);
    CHECK(log[0].details == "0 casussen verwijderd");
}
