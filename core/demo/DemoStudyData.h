#pragma once

#include <string_view>

// The demo study's three CSV files, compiled into the program (see tools/embed_demo.cmake).
namespace km::demo {
std::string_view casussenCsv();
std::string_view trajectenCsv();
std::string_view gebeurtenissenCsv();
}
