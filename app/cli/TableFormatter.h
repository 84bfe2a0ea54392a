#pragma once

#include <string>
#include <vector>

namespace km::cli {

/**
 * A plain-text table for terminals: rows of cells in aligned columns (widths in characters, so
 * UTF-8 text such as "–" or "ë" lines up) with heading lines between them that span the table.
 */
class TableFormatter
{
public:
    enum class Align { Left, Right };

    explicit TableFormatter(std::vector<Align> columns, std::string indent = "  ");

    void addHeading(std::string text);
    void addRow(std::vector<std::string> cells);
    void addBlankLine();
    std::string render() const;

    /** Number of characters (not bytes) of UTF-8 text. */
    static std::size_t width(const std::string& text);

private:
    struct Line
    {
        bool heading = false;
        std::vector<std::string> cells;   // a heading's text is cells[0]; blank line: no cells
    };

    std::vector<Align> columns_;
    std::string indent_;
    std::vector<Line> lines_;
};

} // namespace km::cli
