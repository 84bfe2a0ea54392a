#pragma once

#include "core/db/Study.h"
#include "core/import/Importer.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace km::test {

/** CSV texts of a small valid study (3 cases, 3 trajectories, 2 events); values in the .cpp. */
extern const std::string validCasussen;
extern const std::string validTrajecten;
extern const std::string validGebeurtenissen;

/**
 * Imports CSV texts held in memory, named casussen.csv, trajecten.csv and gebeurtenissen.csv
 * in messages. An empty text leaves that table out.
 */
ImportResult importTexts(Study& study, const std::string& casussen, const std::string& trajecten = {},
                         const std::string& gebeurtenissen = {}, const ImportOptions& options = {});

/** Rows of a query as text: cells joined by '|', rows by '\n', NULL written as "NULL". */
std::string queryText(const Database& db, const std::string& sql);

/** Every table's content (SELECT * ordered by rowid), to compare a study before and after. */
std::string dumpStudy(const Database& db);

/** The single error of `result` at `line`, or nullopt (with a message to Catch) otherwise. */
std::optional<ImportError> errorAt(const ImportResult& result, std::size_t line);

/** All errors as toString() lines, for readable failure output. */
std::string describe(const ImportResult& result);

/** A fresh temporary directory, removed with its contents at the end of the test. */
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    /** Writes `content` byte for byte to `name` and returns its path. */
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path dir_;
};

} // namespace km::test
