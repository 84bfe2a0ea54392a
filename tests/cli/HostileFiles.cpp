#include "tests/cli/HostileFiles.h"

#include <readstat.h>
#include <zlib.h>

#include <cstdio>

#include <fstream>
#include <stdexcept>
#include <vector>

namespace km::test {

namespace {

constexpr std::uint32_t zip64Marker = 0xffffffff;

struct Entry
{
    std::string name;
    std::string data;              // as stored in the archive
    std::uint16_t method = 0;      // 0 stored, 8 deflated
    std::uint32_t crc = 0;
    std::uint64_t size = 0;        // uncompressed, as declared
};

void put(std::string& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xff);
}

Entry stored(const std::string& name, const std::string& text)
{
    const auto crc = static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
    return {name, text, 0, crc, text.size()};
}

// `head`, then `padding` repeated until about `inflatedBytes`, then `tail`, deflated. The padding
// is compressed once and its bytes repeated: a full flush makes every repetition compress alike.
Entry deflated(const std::string& name, const std::string& head, const std::string& padding,
               std::uint64_t inflatedBytes, const std::string& tail)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    std::string out;
    std::vector<unsigned char> buffer(1 << 20);
    auto feed = [&](const std::string& text, int flush) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
        z.avail_in = static_cast<uInt>(text.size());
        do {
            z.next_out = buffer.data();
            z.avail_out = static_cast<uInt>(buffer.size());
            deflate(&z, flush);
            out.append(reinterpret_cast<char*>(buffer.data()), buffer.size() - z.avail_out);
        } while (z.avail_out == 0);
    };
    feed(head, Z_FULL_FLUSH);
    const std::size_t start = out.size();
    feed(padding, Z_FULL_FLUSH);
    const std::string block = out.substr(start);
    const std::uint64_t copies = inflatedBytes / padding.size();
    for (std::uint64_t i = 1; i < copies; ++i)
        out += block;
    feed(tail, Z_FINISH);
    deflateEnd(&z);

    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(head.data()), static_cast<uInt>(head.size()));
    const uLong paddingCrc = crc32(0, reinterpret_cast<const Bytef*>(padding.data()), static_cast<uInt>(padding.size()));
    for (std::uint64_t i = 0; i < copies; ++i)
        crc = crc32_combine(crc, paddingCrc, static_cast<z_off_t>(padding.size()));
    crc = crc32_combine(crc, crc32(0, reinterpret_cast<const Bytef*>(tail.data()), static_cast<uInt>(tail.size())),
                        static_cast<z_off_t>(tail.size()));
    return {name, out, 8, static_cast<std::uint32_t>(crc), head.size() + copies * padding.size() + tail.size()};
}

// Local headers, data, central directory, end record. The last entry's declared size follows
// `directory`: the truth, a thousandth of it, or zip64 markers with the truth in an extra field.
void writeZip(const std::string& path, std::vector<Entry> entries, HostileFiles::Directory directory)
{
    std::string file;
    std::string central;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const bool last = i + 1 == entries.size();
        std::uint64_t declared = e.size;
        if (last && directory == HostileFiles::Directory::Understated)
            declared = e.size / 1000;
        const bool zip64 = last && directory == HostileFiles::Directory::Zip64;
        const std::uint64_t offset = file.size();
        std::string extra;
        if (zip64) {
            put(extra, 0x0001, 2);
            put(extra, 16, 2);
            put(extra, e.size, 8);
            put(extra, e.data.size(), 8);
        }
        auto header = [&](std::string& out, bool centralRecord) {
            put(out, centralRecord ? 0x02014b50 : 0x04034b50, 4);
            if (centralRecord)
                put(out, zip64 ? 45 : 20, 2);
            put(out, zip64 ? 45 : 20, 2);
            put(out, 0, 2);
            put(out, e.method, 2);
            put(out, 0, 4);   // time and date
            put(out, e.crc, 4);
            put(out, zip64 ? zip64Marker : e.data.size(), 4);
            put(out, zip64 ? zip64Marker : declared, 4);
            put(out, e.name.size(), 2);
            put(out, extra.size(), 2);
            if (centralRecord) {
                put(out, 0, 2);
                put(out, 0, 2);
                put(out, 0, 2);
                put(out, 0, 4);
                put(out, offset, 4);
            }
            out += e.name;
            out += extra;
        };
        header(file, false);
        file += e.data;
        header(central, true);
    }
    const std::uint64_t centralAt = file.size();
    file += central;
    put(file, 0x06054b50, 4);
    put(file, 0, 4);
    put(file, entries.size(), 2);
    put(file, entries.size(), 2);
    put(file, central.size(), 4);
    put(file, centralAt, 4);
    put(file, 0, 2);
    std::ofstream(path, std::ios::binary) << file;
}

const std::string xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const std::string padding = "<!--" + std::string(1 << 20, 'x') + "-->";

std::vector<Entry> xlsxParts()
{
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return {
        stored("[Content_Types].xml", xmlDeclaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "</Types>"),
        stored("_rels/.rels", xmlDeclaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        stored("xl/workbook.xml", xmlDeclaration + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
            + "\"><sheets><sheet name=\"casussen\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        stored("xl/_rels/workbook.xml.rels", xmlDeclaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
    };
}

const std::string odsNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"";

std::string odsTextCell(const std::string& text)
{
    return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
}

const std::string odsHeaderRow = "<table:table-row>" + odsTextCell("casus_id") + odsTextCell("cohort")
    + odsTextCell("melddatum") + odsTextCell("einde_followup") + "</table:table-row>";

std::string odsContent(const std::string& rows)
{
    return xmlDeclaration + "<office:document-content" + odsNamespaces + "><office:body><office:spreadsheet>"
        "<table:table table:name=\"casussen\">" + rows + "</table:table></office:spreadsheet></office:body>"
        "</office:document-content>";
}

std::vector<Entry> odsParts()
{
    return {stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet")};
}

} // namespace

void HostileFiles::xlsxBomb(const std::string& path, std::uint64_t inflatedBytes, Directory directory)
{
    auto entries = xlsxParts();
    const std::string head = xmlDeclaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
    entries.push_back(deflated("xl/worksheets/sheet1.xml", head, padding, inflatedBytes, "</sheetData></worksheet>"));
    writeZip(path, std::move(entries), directory);
}

void HostileFiles::xlsxStrayCell(const std::string& path, const std::string& farCell)
{
    auto entries = xlsxParts();
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    entries[0].data.insert(entries[0].data.find("</Types>"),
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    entries[3].data.insert(entries[3].data.find("</Relationships>"),
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/>");
    for (Entry& e : entries)
        e = stored(e.name, e.data);
    entries.push_back(stored("xl/sharedStrings.xml", xmlDeclaration + "<sst xmlns=\"" + main
        + "\" count=\"4\" uniqueCount=\"4\"><si><t>casus_id</t></si><si><t>cohort</t></si><si><t>melddatum</t></si>"
          "<si><t>einde_followup</t></si></sst>"));
    std::string row = "<row r=\"1\">";
    for (int column = 0; column < 4; ++column)
        row += "<c r=\"" + std::string(1, static_cast<char>('A' + column)) + "1\" t=\"s\"><v>" + std::to_string(column) + "</v></c>";
    row += "</row>";
    const std::string farRow = farCell.substr(farCell.find_first_of("0123456789"));
    entries.push_back(stored("xl/worksheets/sheet1.xml", xmlDeclaration + "<worksheet xmlns=\"" + main + "\"><sheetData>"
        + row + "<row r=\"" + farRow + "\"><c r=\"" + farCell + "\"><v>1</v></c></row></sheetData></worksheet>"));
    writeZip(path, std::move(entries), Directory::Honest);
}

void HostileFiles::odsBomb(const std::string& path, std::uint64_t inflatedBytes, Directory directory)
{
    const std::string content = odsContent(odsHeaderRow);
    const std::size_t split = content.find("</table:table>");
    auto entries = odsParts();
    entries.push_back(deflated("content.xml", content.substr(0, split), padding, inflatedBytes, content.substr(split)));
    writeZip(path, std::move(entries), directory);
}

void HostileFiles::odsStrayCell(const std::string& path)
{
    // Rows 2 to 1048575 empty, as LibreOffice writes them: one repeated row.
    const std::string rows = odsHeaderRow
        + "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell/></table:table-row>"
          "<table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>"
          "<table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p></table:table-cell>"
          "</table:table-row>";
    auto entries = odsParts();
    entries.push_back(stored("content.xml", odsContent(rows)));
    writeZip(path, std::move(entries), Directory::Honest);
}

namespace {

ssize_t writeToFile(const void* bytes, size_t length, void* file)
{
    return static_cast<ssize_t>(std::fwrite(bytes, 1, length, static_cast<std::FILE*>(file)));
}

} // namespace

void HostileFiles::wideZsav(const std::string& path, long cases, int variables, bool codebookNames)
{
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        throw std::runtime_error("cannot write " + path);
    readstat_writer_t* writer = readstat_writer_init();
    readstat_set_data_writer(writer, writeToFile);
    readstat_writer_set_compression(writer, READSTAT_COMPRESS_BINARY);
    const char* codebook[] = {"casus_id", "cohort", "melddatum", "einde_followup"};
    std::vector<readstat_variable_t*> columns;
    for (int v = 0; v < variables; ++v) {
        const std::string name = codebookNames && v < 4 ? codebook[v] : "V" + std::to_string(v + 1);
        columns.push_back(readstat_add_variable(writer, name.c_str(), READSTAT_TYPE_DOUBLE, 0));
    }
    if (readstat_begin_writing_sav(writer, file, cases) != READSTAT_OK)
        throw std::runtime_error("readstat_begin_writing_sav");
    for (long c = 0; c < cases; ++c) {
        readstat_begin_row(writer);
        for (readstat_variable_t* column : columns)
            readstat_insert_double_value(writer, column, 1);
        readstat_end_row(writer);
    }
    readstat_end_writing(writer);
    readstat_writer_free(writer);
    std::fclose(file);
}

} // namespace km::test
