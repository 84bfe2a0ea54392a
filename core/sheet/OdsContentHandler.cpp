#include "core/sheet/OdsContentHandler.h"

#include <charconv>
#include <cstdint>

namespace km {

namespace {

// Excel's and LibreOffice's sheet limits. LibreOffice pads every sheet to them with repeated
// empty cells, which cost nothing here; a filled cell beyond them is no real workbook.
constexpr std::size_t maxRows = 1048576;
constexpr std::size_t maxColumns = 16384;
// Repeats multiply: a handful of bytes can claim billions of filled cells. Far above any study
// (100,000 cases of 18 fields are 1.8 million), far below what would exhaust memory or time.
constexpr std::size_t maxFilledCells = 20'000'000;
// More would be no text anyone typed; the cap keeps a hostile text:c from allocating much.
constexpr std::size_t maxSpaces = 1000;

std::size_t count(std::string_view text, std::size_t fallback, std::size_t cap)
{
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value == 0)
        return fallback;
    return static_cast<std::size_t>(std::min<std::uint64_t>(value, cap));
}

// office:value is written as xsd:double ("2.5", "1E-3"), whatever the user's locale.
std::optional<double> xmlNumber(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "2019-03-01" or "2019-03-01T00:00:00": the importer parses the date part.
std::string datePart(std::string_view value)
{
    return std::string(value.substr(0, value.find('T')));
}

} // namespace

OdsContentHandler::OdsContentHandler()
    : cellBudget_(maxFilledCells)
{
}

// Namespaces by their URI: the prefixes (office:, table:) are only the writer's choice.
OdsContentHandler::Namespace OdsContentHandler::namespaceOf(orcus::xmlns_id_t ns)
{
    if (ns == orcus::XMLNS_UNKNOWN_ID || ns == nullptr)
        return Namespace::Other;
    const std::string_view uri(ns);
    if (uri == "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
        return Namespace::Table;
    if (uri == "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
        return Namespace::Text;
    if (uri == "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
        return Namespace::Office;
    if (uri == "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0")
        return Namespace::Calcext;
    return Namespace::Other;
}

void OdsContentHandler::attribute(const orcus::sax_ns_parser_attribute& attribute)
{
    const std::string_view name = attribute.name;
    const std::string_view value = attribute.value;
    const Namespace ns = namespaceOf(attribute.ns);
    if (ns == Namespace::Table) {
        if (name == "name")
            pending_.name = value;
        else if (name == "number-rows-repeated")
            pending_.rowsRepeated = count(value, 1, maxRows);
        else if (name == "number-columns-repeated")
            pending_.columnsRepeated = count(value, 1, maxColumns);
        else if (name == "date-value")
            pending_.nullDate = value;
    } else if (ns == Namespace::Office) {
        if (name == "value-type")
            pending_.valueType = value;
        else if (name == "value")
            pending_.value = value;
        else if (name == "date-value")
            pending_.dateValue = value;
        else if (name == "boolean-value")
            pending_.booleanValue = value;
        else if (name == "string-value")
            pending_.stringValue = value;
    } else if (ns == Namespace::Calcext && name == "value-type") {
        pending_.calcValueType = value;
    } else if (ns == Namespace::Text && name == "c") {
        pending_.spaces = count(value, 1, maxSpaces);
    }
}

bool OdsContentHandler::is(const orcus::sax_ns_parser_element& element, Namespace ns, std::string_view name)
{
    return element.name == name && namespaceOf(element.ns) == ns;
}

// Inside a cell only text elements carry its content: annotations (comments), drawings and
// tables nested in a cell are skipped with everything in them.
void OdsContentHandler::start_element(const orcus::sax_ns_parser_element& element)
{
    Attributes attributes = std::move(pending_);
    pending_ = Attributes();
    ++openElements_;
    if (skipDepth_ > 0) {
        ++skipDepth_;
        return;
    }
    if (error_)
        return;
    if (inCell_) {
        if (namespaceOf(element.ns) != Namespace::Text)
            skipDepth_ = 1;
        else if (is(element, Namespace::Text, "p") || is(element, Namespace::Text, "h")) {
            if (paragraphDepth_ == 0 && !firstParagraph_)
                display_ += '\n';
            firstParagraph_ = false;
            ++paragraphDepth_;
        } else if (paragraphDepth_ > 0 && element.name == "s")
            display_.append(attributes.spaces, ' ');
        else if (paragraphDepth_ > 0 && element.name == "tab")
            display_ += '\t';
        else if (paragraphDepth_ > 0 && element.name == "line-break")
            display_ += '\n';
        return;
    }
    if (is(element, Namespace::Table, "table")) {
        inTable_ = true;
        sheets_.emplace_back(attributes.name);
        row_ = 0;
    } else if (inTable_ && is(element, Namespace::Table, "table-row")) {
        rowsRepeated_ = attributes.rowsRepeated;
        column_ = 0;
        rowCells_.clear();
    } else if (inTable_ && (is(element, Namespace::Table, "table-cell") || is(element, Namespace::Table, "covered-table-cell"))) {
        inCell_ = true;
        cell_ = std::move(attributes);
        display_.clear();
        firstParagraph_ = true;
        paragraphDepth_ = 0;
    } else if (is(element, Namespace::Table, "null-date") && !attributes.nullDate.empty()) {
        nullDate_ = datePart(attributes.nullDate);
    }
}

void OdsContentHandler::end_element(const orcus::sax_ns_parser_element& element)
{
    --openElements_;
    if (skipDepth_ > 0) {
        --skipDepth_;
        return;
    }
    if (error_)
        return;
    if (inCell_) {
        if (is(element, Namespace::Text, "p") || is(element, Namespace::Text, "h"))
            --paragraphDepth_;
        else if (is(element, Namespace::Table, "table-cell") || is(element, Namespace::Table, "covered-table-cell"))
            endCell();
    } else if (is(element, Namespace::Table, "table-row") && inTable_) {
        endRow();
    } else if (is(element, Namespace::Table, "table")) {
        inTable_ = false;
    }
}

void OdsContentHandler::characters(std::string_view text, bool)
{
    if (inCell_ && paragraphDepth_ > 0 && skipDepth_ == 0 && !error_)
        display_.append(text);
}

std::vector<SparseSheet>& OdsContentHandler::sheets()
{
    return sheets_;
}

std::optional<std::string> OdsContentHandler::error() const
{
    if (!error_ && openElements_ > 0)
        return std::string("het werkboek kan niet worden gelezen (content.xml houdt halverwege op); "
                           "het bestand is beschadigd of niet helemaal opgeslagen");
    return error_;
}

const std::string& OdsContentHandler::nullDate() const
{
    return nullDate_;
}

void OdsContentHandler::endCell()
{
    inCell_ = false;
    WorkbookCell value = cellValue();
    const std::size_t first = column_;
    column_ += cell_.columnsRepeated;
    if (value.kind == WorkbookCell::Kind::Empty)
        return;
    if (column_ > maxColumns)
        return fail("het blad '" + sheets_.back().name() + "' heeft gevulde cellen voorbij kolom "
                    + std::to_string(maxColumns) + "; een werkblad heeft er hoogstens zoveel");
    rowCells_.push_back({first, cell_.columnsRepeated, std::move(value)});
}

void OdsContentHandler::endRow()
{
    const std::size_t first = row_;
    row_ += rowsRepeated_;
    if (rowCells_.empty())
        return;
    if (row_ > maxRows)
        return fail("het blad '" + sheets_.back().name() + "' heeft gevulde cellen voorbij rij "
                    + std::to_string(maxRows) + "; een werkblad heeft er hoogstens zoveel");
    std::size_t filled = 0;
    for (const auto& run : rowCells_)
        filled += run.count;
    if (filled > cellBudget_ / rowsRepeated_)
        return fail("het werkboek heeft meer dan " + std::to_string(maxFilledCells)
                    + " gevulde cellen (herhaalde cellen meegeteld); dat is geen werkboek van een studie");
    cellBudget_ -= filled * rowsRepeated_;
    sheets_.back().addRows(first, rowsRepeated_, std::move(rowCells_));
    rowCells_.clear();
}

// A cell's value by its office:value-type; formulas carry their cached result the same way.
// Dates stay text, which the importer parses in the codebook's ISO format; a time of day is no
// codebook value, so it keeps the text LibreOffice showed.
WorkbookCell OdsContentHandler::cellValue() const
{
    WorkbookCell result;
    const std::string& type = cell_.valueType;
    if (cell_.calcValueType == "error") {
        result.kind = WorkbookCell::Kind::Error;
        result.text = display_;
        return result;
    }
    if (type == "float" || type == "percentage" || type == "currency") {
        if (const auto number = xmlNumber(cell_.value)) {
            result.kind = WorkbookCell::Kind::Number;
            result.number = *number;
            return result;
        }
    } else if (type == "boolean" && (cell_.booleanValue == "true" || cell_.booleanValue == "false")) {
        result.kind = WorkbookCell::Kind::Boolean;
        result.number = cell_.booleanValue == "true" ? 1 : 0;
        return result;
    } else if (type == "date" && !cell_.dateValue.empty()) {
        result.kind = WorkbookCell::Kind::Text;
        result.text = datePart(cell_.dateValue);
        return result;
    }
    result.text = type == "string" && !cell_.stringValue.empty() ? cell_.stringValue : display_;
    if (!result.text.empty())
        result.kind = WorkbookCell::Kind::Text;
    return result;
}

void OdsContentHandler::fail(std::string message)
{
    if (!error_)
        error_ = std::move(message);
}

} // namespace km
