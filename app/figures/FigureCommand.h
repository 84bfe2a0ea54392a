#pragma once

#include "app/cli/CliArguments.h"

#include <iosfwd>

namespace km::cli {

/**
 * `ketenmonitor-cli report` and `export`: the figures need Qt (charts, PDF), so only these two
 * subcommands start a QApplication, on the offscreen platform unless QT_QPA_PLATFORM says
 * otherwise; every other subcommand stays free of Qt and runs without a display. Built only with
 * the desktop program's ui library (KETENMONITOR_BUILD_UI).
 */
class FigureCommand
{
public:
    static int run(const CliArguments& args, std::ostream& out, std::ostream& err);
};

} // namespace km::cli
