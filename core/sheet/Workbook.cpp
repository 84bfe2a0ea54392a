#include "core/sheet/Workbook.h"

#include "core/sheet/OdsDocument.h"
#include "core/sheet/ZipArchive.h"
#include "core/util/ValueParser.h"

#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>

#include <ixion/address.hpp>
#include <ixion/cell_access.hpp>
#include <ixion/model_context.hpp>

#include <exception>

namespace km {

namespace ss = orcus::spreadsheet;

namespace {

// Excel's own limits; orcus needs a sheet size before it reads anything.
constexpr ss::row_t maxRows = 1048576;
constexpr ss::col_t maxColumns = 16384;

} // namespace

// An .xlsx lives in `document`, an .ods in `ods`.
struct Workbook::Impl
{
    WorkbookFormat format = WorkbookFormat::Xlsx;
    std::unique_ptr<ss::document> document;
    OdsDocument ods;
    std::optional<std::string> error;

    ixion::abs_range_t xlsxRange(std::size_t sheet) const;
};

ixion::abs_range_t Workbook::Impl::xlsxRange(std::size_t sheet) const
{
    const ss::sheet* s = document->get_sheet(static_cast<ss::sheet_t>(sheet));
    return s ? s->get_data_range() : ixion::abs_range_t(ixion::abs_range_t::invalid);
}

Workbook::Workbook(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

Workbook::~Workbook() = default;

// orcus reports damaged files with exceptions of its own (and std ones); the importer wants a
// message, so they end here.
std::unique_ptr<Workbook> Workbook::open(const std::string& path, WorkbookFormat format)
{
    auto impl = std::make_unique<Impl>();
    impl->format = format;
    if (format == WorkbookFormat::Ods) {
        impl->ods = OdsDocument::read(path);
        impl->error = impl->ods.error;
        return std::unique_ptr<Workbook>(new Workbook(std::move(impl)));
    }
    // orcus inflates each entry into a buffer of the size the zip directory declares, so
    // checking those sizes first bounds what it can take.
    if (const ZipArchive archive(path); archive.error()) {
        impl->error = *archive.error();
        return std::unique_ptr<Workbook>(new Workbook(std::move(impl)));
    }
    try {
        impl->document = std::make_unique<ss::document>(ss::range_size_t{maxRows, maxColumns});
        ss::import_factory factory(*impl->document);
        orcus::orcus_xlsx filter(&factory);
        filter.read_file(path);
    } catch (const std::exception& e) {
        impl->error = std::string("het werkboek kan niet worden gelezen (") + e.what()
            + "); verwacht een .xlsx- of .ods-bestand";
    }
    return std::unique_ptr<Workbook>(new Workbook(std::move(impl)));
}

const std::optional<std::string>& Workbook::error() const
{
    return d->error;
}

WorkbookFormat Workbook::format() const
{
    return d->format;
}

std::size_t Workbook::sheetCount() const
{
    return d->document ? d->document->get_sheet_count() : d->ods.sheets.size();
}

std::string Workbook::sheetName(std::size_t sheet) const
{
    if (!d->document)
        return d->ods.sheets.at(sheet).name();
    return std::string(d->document->get_sheet_name(static_cast<ss::sheet_t>(sheet)));
}

std::optional<std::size_t> Workbook::findSheet(const std::string& name) const
{
    const std::string wanted = ValueParser::lower(ValueParser::trim(name));
    for (std::size_t sheet = 0; sheet < sheetCount(); ++sheet)
        if (ValueParser::lower(ValueParser::trim(sheetName(sheet))) == wanted)
            return sheet;
    return std::nullopt;
}

std::string Workbook::missingSheetMessage(const std::string& name) const
{
    std::string sheets;
    for (std::size_t sheet = 0; sheet < sheetCount(); ++sheet)
        sheets += (sheet ? ", '" : "'") + sheetName(sheet) + "'";
    return "het werkboek heeft geen blad '" + name + "' (bladen: " + (sheets.empty() ? std::string("geen") : sheets)
        + "); verwacht een blad casussen en eventueel trajecten en gebeurtenissen";
}

std::size_t Workbook::rowCount(std::size_t sheet) const
{
    if (!d->document)
        return d->ods.sheets.at(sheet).rowCount();
    const ixion::abs_range_t range = d->xlsxRange(sheet);
    return range.valid() ? static_cast<std::size_t>(range.last.row) + 1 : 0;
}

std::size_t Workbook::columnCount(std::size_t sheet) const
{
    if (!d->document)
        return d->ods.sheets.at(sheet).columnCount();
    const ixion::abs_range_t range = d->xlsxRange(sheet);
    return range.valid() ? static_cast<std::size_t>(range.last.column) + 1 : 0;
}

// A formula cell answers with its cached result, the value the user saw when saving.
WorkbookCell Workbook::cell(std::size_t sheet, std::size_t row, std::size_t column) const
{
    if (!d->document)
        return d->ods.sheets.at(sheet).cell(row, column);
    const ixion::abs_address_t address(static_cast<ixion::sheet_t>(sheet), static_cast<ixion::row_t>(row),
                                       static_cast<ixion::col_t>(column));
    const ixion::cell_access access = d->document->get_model_context().get_cell_access(address);
    WorkbookCell result;
    switch (access.get_value_type()) {
    case ixion::cell_value_t::string:
        result.kind = WorkbookCell::Kind::Text;
        result.text = std::string(access.get_string_value());
        break;
    case ixion::cell_value_t::numeric:
        result.kind = WorkbookCell::Kind::Number;
        result.number = access.get_numeric_value();
        break;
    case ixion::cell_value_t::boolean:
        result.kind = WorkbookCell::Kind::Boolean;
        result.number = access.get_boolean_value() ? 1 : 0;
        break;
    case ixion::cell_value_t::error:
        result.kind = WorkbookCell::Kind::Error;
        result.text = std::string(ixion::get_formula_error_name(access.get_error_value()));
        break;
    default:
        break;
    }
    return result;
}

std::size_t Workbook::nextUsedRow(std::size_t sheet, std::size_t row) const
{
    return d->document ? row : d->ods.sheets.at(sheet).nextUsedRow(row);
}

int Workbook::originYear() const
{
    return d->document ? d->document->get_origin_date().year : d->ods.originYear;
}

int Workbook::originMonth() const
{
    return d->document ? d->document->get_origin_date().month : d->ods.originMonth;
}

int Workbook::originDay() const
{
    return d->document ? d->document->get_origin_date().day : d->ods.originDay;
}

} // namespace km
