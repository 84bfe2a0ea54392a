#pragma once

#include "app/cli/CliArguments.h"

#include <functional>
#include <iosfwd>
#include <string>

namespace km::cli {

/**
 * The three renderings of an analysis command's result. Only the one the user chose is
 * formatted; the Dutch table is preceded by the demo study's "synthetic data" note.
 */
struct FormattedOutput
{
    std::function<std::string()> json;
    std::function<std::string()> csv;
    std::function<std::string()> table;

    void write(const CliArguments& args, std::ostream& out) const;
};

} // namespace km::cli
