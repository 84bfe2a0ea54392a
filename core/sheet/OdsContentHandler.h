#pragma once

#include "core/sheet/SparseSheet.h"

#include <orcus/sax_ns_parser.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace km {

/**
 * Reads an .ods workbook's content.xml for orcus's namespace-aware SAX parser: each
 * table:table is a sheet, its rows and cells (repeats included) become SparseSheet runs, and a
 * cell's value comes from its office:value-type. We read the XML ourselves because orcus 0.17's
 * own .ods import drops boolean cells without a word.
 */
class OdsContentHandler
{
public:
    OdsContentHandler();

    void doctype(const orcus::sax::doctype_declaration&) {}
    void start_declaration(std::string_view) {}
    void end_declaration(std::string_view) {}
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& attribute);
    void start_element(const orcus::sax_ns_parser_element& element);
    void end_element(const orcus::sax_ns_parser_element& element);
    void characters(std::string_view text, bool transient);

    std::vector<SparseSheet>& sheets();
    /** Why the content cannot be used (Dutch), or nullopt; call after parsing. */
    std::optional<std::string> error() const;
    /** table:null-date, the date a date serial 0 stands for; LibreOffice's default 1899-12-30. */
    const std::string& nullDate() const;

private:
    // The attributes of the element being opened: orcus reports them before start_element.
    struct Attributes
    {
        std::string name, valueType, calcValueType, value, dateValue, booleanValue, stringValue, nullDate;
        std::size_t rowsRepeated = 1, columnsRepeated = 1, spaces = 1;
    };

    enum class Namespace { Office, Table, Text, Calcext, Other };
    static Namespace namespaceOf(orcus::xmlns_id_t ns);
    static bool is(const orcus::sax_ns_parser_element& element, Namespace ns, std::string_view name);
    void endCell();
    void endRow();
    WorkbookCell cellValue() const;
    void fail(std::string message);

    Attributes pending_;
    Attributes cell_;
    std::vector<SparseSheet> sheets_;
    std::optional<std::string> error_;
    std::string nullDate_ = "1899-12-30";

    bool inTable_ = false;
    std::size_t openElements_ = 0;   // the XML ends with none: orcus accepts a truncated document
    std::size_t skipDepth_ = 0;      // open elements whose text is no cell content (comments)
    std::size_t paragraphDepth_ = 0; // open text:p / text:h in the current cell
    bool inCell_ = false;
    bool firstParagraph_ = true;
    std::string display_;            // the cell's text as shown
    std::size_t row_ = 0;
    std::size_t rowsRepeated_ = 1;
    std::size_t column_ = 0;
    std::vector<SparseSheet::CellRun> rowCells_;
    std::size_t cellBudget_;
};

} // namespace km
