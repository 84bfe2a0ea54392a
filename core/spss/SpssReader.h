#pragma once

#include "core/csv/TableReader.h"

#include <memory>
#include <string>
#include <vector>

namespace km {

/**
 * An SPSS .sav or .zsav file as a TableReader, through ReadStat: variable names are the header,
 * each case a record whose line is the case number ("geval", see ImportError), value labels replace the codes
 * they label (1 labelled "ja" reads as "ja"), SPSS date formats become ISO dates, and system- and
 * user-missing values are empty. ReadStat parses a whole file in one callback-driven call; it
 * runs on a thread of its own that hands the cases over through a short queue, so memory stays
 * flat whatever the file's size, and dropping the reader (a header that cannot be imported, the
 * error limit) stops the parse at the next case.
 */
class SpssReader : public TableReader
{
public:
    /** Starts reading and returns once the variables are known; problem() says when it failed. */
    static std::unique_ptr<SpssReader> openFile(const std::string& path);
    ~SpssReader() override;

    /**
     * The codebook field each variable was mapped to (empty for none), so that a message names
     * both: "variabele MELDDAT (melddatum)".
     */
    void setFieldNames(std::vector<std::string> fields);

    std::string sourceName() const override;
    const std::vector<std::string>& header() const override;
    std::string columnLabel(std::size_t index) const override;
    bool next(TableRecord& record) override;
    std::optional<ReadProblem> problem() const override;
    std::vector<std::string> notes() const override;
    double progress() const override;
    std::string encoding() const override;

    struct Data;

private:
    explicit SpssReader(std::unique_ptr<Data> data);
    std::unique_ptr<Data> d;
};

} // namespace km
