#pragma once

#include "core/csv/TableReader.h"

#include <memory>
#include <string>
#include <string_view>

namespace km {

/**
 * Streaming RFC 4180 reader for the codebook's CSV files: `,` or `;` detected from the header
 * line, optional UTF-8 BOM, LF or CRLF, quoted fields with delimiters, doubled quotes and line
 * breaks. Input that is not valid UTF-8 is decoded as Windows-1252 and a note says so.
 * Memory use does not grow with the file size: a first pass over the blocks decides the encoding
 * and delimiter, the second parses. Completely empty lines are skipped (but counted), fields are
 * returned untrimmed, ragged rows as they are, and a quoted line break becomes "\n".
 */
class CsvReader : public TableReader
{
public:
    /** Reads a file; check problem() afterwards when the file cannot be opened. */
    static std::unique_ptr<CsvReader> openFile(const std::string& path);

    /** Reads text held in memory (the embedded demo study, tests); `name` is used in messages. */
    static std::unique_ptr<CsvReader> fromText(std::string_view text, std::string name);

    ~CsvReader() override;

    std::string sourceName() const override;
    const std::vector<std::string>& header() const override;
    std::string columnLabel(std::size_t index) const override;
    bool next(TableRecord& record) override;
    std::optional<ReadProblem> problem() const override;
    std::vector<std::string> notes() const override;
    double progress() const override;

    /** The detected delimiter (',' or ';'). */
    char delimiter() const;

    /** "UTF-8" or "Windows-1252". */
    std::string encoding() const override;

private:
    struct Impl;
    explicit CsvReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace km
