#pragma once

#include "tests/cli/TempDir.h"

#include <string>

namespace km::test {

/**
 * The demo study's CSV files (resources/demo) imported with the CLI into a study file, for the
 * tests that need a real study on disk with two cohorts (NHN-2019, NHN-2023).
 */
class DemoStudy
{
public:
    /** Imports into `name` in `dir` (REQUIRE: the import succeeds) and returns the study path. */
    static std::string create(const TempDir& dir, const std::string& name);
};

} // namespace km::test
