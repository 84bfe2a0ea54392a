#include "app/cli/TableFormatter.h"

#include <algorithm>

namespace km::cli {

TableFormatter::TableFormatter(std::vector<Align> columns, std::string indent)
    : columns_(std::move(columns))
    , indent_(std::move(indent))
{
}

void TableFormatter::addHeading(std::string text)
{
    lines_.push_back({true, {std::move(text)}});
}

void TableFormatter::addRow(std::vector<std::string> cells)
{
    cells.resize(columns_.size());
    lines_.push_back({false, std::move(cells)});
}

void TableFormatter::addBlankLine()
{
    lines_.push_back({true, {}});
}

std::size_t TableFormatter::width(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;   // not a continuation byte
    }));
}

std::string TableFormatter::render() const
{
    std::vector<std::size_t> widths(columns_.size(), 0);
    for (const Line& line : lines_)
        if (!line.heading)
            for (std::size_t i = 0; i < line.cells.size(); ++i)
                widths[i] = std::max(widths[i], width(line.cells[i]));

    std::string out;
    for (const Line& line : lines_) {
        if (line.heading) {
            out += (line.cells.empty() ? std::string() : line.cells.front()) + '\n';
            continue;
        }
        std::string text = indent_;
        for (std::size_t i = 0; i < line.cells.size(); ++i) {
            const std::string& cell = line.cells[i];
            const std::string pad(widths[i] - width(cell), ' ');
            if (i > 0)
                text += "  ";
            text += columns_[i] == Align::Right ? pad + cell : cell + pad;
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out += text + '\n';
    }
    return out;
}

} // namespace km::cli
