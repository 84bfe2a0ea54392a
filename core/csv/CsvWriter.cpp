#include "core/csv/CsvWriter.h"

#include "core/util/NumberFormat.h"

namespace km {

namespace {

bool startsFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string quotedIfNeeded(std::string_view text, char delimiter)
{
    if (text.find_first_of(",;\"\r\n") == std::string_view::npos && text.find(delimiter) == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

CsvWriter::CsvWriter(CsvDialect dialect)
    : dialect_(dialect)
{
}

std::string CsvWriter::neutralised(std::string_view text)
{
    return startsFormula(text) ? "'" + std::string(text) : std::string(text);
}

std::string_view CsvWriter::restored(std::string_view text)
{
    return text.size() > 1 && text.front() == '\'' && startsFormula(text.substr(1)) ? text.substr(1) : text;
}

void CsvWriter::cell(std::string_view written)
{
    if (inRow_)
        text_ += dialect_.delimiter;
    text_ += written;
    inRow_ = true;
}

std::string CsvWriter::numberText(std::string text) const
{
    for (char& c : text)
        if (c == '.')
            c = dialect_.decimalMark;
    return text;
}

CsvWriter& CsvWriter::text(std::string_view value)
{
    cell(quotedIfNeeded(neutralised(value), dialect_.delimiter));
    return *this;
}

CsvWriter& CsvWriter::integer(std::int64_t value)
{
    cell(std::to_string(value));
    return *this;
}

CsvWriter& CsvWriter::number(const std::optional<double>& value, int decimals)
{
    cell(value ? NumberFormat::fixed(*value, decimals, dialect_.decimalMark) : std::string());
    return *this;
}

CsvWriter& CsvWriter::shortest(const std::optional<double>& value, int decimals)
{
    cell(numberText(NumberFormat::shortestOrEmpty(value, decimals)));
    return *this;
}

CsvWriter& CsvWriter::exact(const std::optional<double>& value)
{
    cell(value ? numberText(NumberFormat::shortest(*value)) : std::string());
    return *this;
}

CsvWriter& CsvWriter::empty()
{
    cell({});
    return *this;
}

CsvWriter& CsvWriter::endRow()
{
    text_ += dialect_.lineEnd;
    inRow_ = false;
    return *this;
}

CsvWriter& CsvWriter::row(std::initializer_list<std::string_view> texts)
{
    for (const std::string_view t : texts)
        text(t);
    return endRow();
}

std::string CsvWriter::str() const
{
    return dialect_.byteOrderMark ? "\xEF\xBB\xBF" + text_ : text_;
}

} // namespace km
