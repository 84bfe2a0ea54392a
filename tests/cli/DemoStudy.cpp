#include "tests/cli/DemoStudy.h"

#include "tests/cli/CliRunner.h"

#include <catch2/catch.hpp>

namespace km::test {

std::string DemoStudy::create(const TempDir& dir, const std::string& name)
{
    const std::string demoDir = KM_DEMO_DIR;
    const std::string study = dir.file(name);
    const CliResult r = CliRunner::run({"import", study, "--casussen", demoDir + "/casussen.csv", "--trajecten",
                                        demoDir + "/trajecten.csv", "--gebeurtenissen",
                                        demoDir + "/gebeurtenissen.csv"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return study;
}

} // namespace km::test
