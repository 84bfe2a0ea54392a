#include "core/sheet/OdsDocument.h"

#include "core/sheet/OdsContentHandler.h"
#include "core/sheet/ZipArchive.h"
#include "core/util/Day.h"

#include <orcus/sax_ns_parser.hpp>
#include <orcus/xml_namespace.hpp>

#include <charconv>
#include <exception>
#include <string_view>

namespace km {

namespace {

std::optional<int> digits(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// table:null-date as YYYY-MM-DD; anything else keeps LibreOffice's default.
void setOrigin(OdsDocument& document, std::string_view iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return;
    const auto year = digits(iso.substr(0, 4));
    const auto month = digits(iso.substr(5, 2));
    const auto day = digits(iso.substr(8, 2));
    if (!year || !month || !day || !days::fromYmd(*year, *month, *day))
        return;
    document.originYear = *year;
    document.originMonth = *month;
    document.originDay = *day;
}

} // namespace

// orcus reports a damaged archive or malformed XML with exceptions; they end here as messages.
OdsDocument OdsDocument::read(const std::string& path)
{
    OdsDocument document;
    try {
        ZipArchive archive(path);
        const std::optional<std::string> content = archive.read("content.xml");
        if (archive.error()) {
            document.error = *archive.error();
            return document;
        }
        if (!content) {
            document.error = "het .ods-bestand heeft geen content.xml, waar de bladen in staan; "
                             "verwacht een werkboek zoals LibreOffice het opslaat";
            return document;
        }
        orcus::xmlns_repository namespaces;
        orcus::xmlns_context context = namespaces.create_context();
        OdsContentHandler handler;
        orcus::sax_ns_parser<OdsContentHandler> parser(content->data(), content->size(), context, handler);
        parser.parse();
        if (handler.error()) {
            document.error = *handler.error();
            return document;
        }
        document.sheets = std::move(handler.sheets());
        setOrigin(document, handler.nullDate());
    } catch (const std::exception& e) {
        document.error = std::string("het werkboek kan niet worden gelezen (") + e.what()
            + "); verwacht een .ods-bestand zoals LibreOffice het opslaat";
    }
    return document;
}

} // namespace km
