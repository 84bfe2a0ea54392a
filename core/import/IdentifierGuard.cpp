#include "core/import/IdentifierGuard.h"

#include "core/import/IdentifierShapes.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace km {

namespace {

std::string normalizedHeader(std::string_view header)
{
    std::string text;
    text.reserve(header.size());
    for (const char c : header) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '\t')
            continue;
        text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
}

struct HeaderRule
{
    const char* word;
    bool prefixOnly;   // the word must start the header ("naam cliënt", but not "regionaam")
    const char* kind;
};

// Checked in order: "emailadres" is an e-mail address before it is an address.
constexpr std::array<HeaderRule, 34> headerRules{{
    {"burgerservicenummer", false, "een BSN"},
    {"bsn", false, "een BSN"},
    {"sofinummer", false, "een BSN"},
    {"geboortedatum", false, "een geboortedatum"},
    {"geboortedag", false, "een geboortedatum"},
    {"dateofbirth", false, "een geboortedatum"},
    {"birthdate", false, "een geboortedatum"},
    {"birthday", false, "een geboortedatum"},
    {"gebdatum", false, "een geboortedatum"},
    {"email", false, "een e-mailadres"},
    {"mail", true, "een e-mailadres"},
    {"voornaam", false, "een naam"},
    {"achternaam", false, "een naam"},
    {"roepnaam", false, "een naam"},
    {"familienaam", false, "een naam"},
    {"geboortenaam", false, "een naam"},
    {"meisjesnaam", false, "een naam"},
    {"voorletters", false, "een naam"},
    {"naam", true, "een naam"},
    {"name", true, "een naam"},
    {"surname", false, "een naam"},
    {"client", true, "een naam of cliëntnummer"},
    {"cliënt", true, "een naam of cliëntnummer"},
    {"huisnummer", false, "een huisnummer"},
    {"huisnr", false, "een huisnummer"},
    {"postcode", false, "een postcode"},
    {"zipcode", false, "een postcode"},
    {"woonplaats", false, "een woonplaats"},
    {"straat", false, "een straat"},
    {"street", false, "een straat"},
    {"adres", false, "een adres"},
    {"address", false, "een adres"},
    {"telefoon", false, "een telefoonnummer"},
    {"phone", false, "een telefoonnummer"},
}};

// Short words that mean an identifier only as the whole header: "pc" is in "pcode", "zip" in "zipper".
struct ShortHeader
{
    const char* word;
    const char* kind;
};

constexpr std::array<ShortHeader, 9> shortHeaders{{
    {"tel", "een telefoonnummer"},
    {"telnr", "een telefoonnummer"},
    {"mobiel", "een telefoonnummer"},
    {"gsm", "een telefoonnummer"},
    {"mobile", "een telefoonnummer"},
    {"dob", "een geboortedatum"},
    {"ssn", "een BSN"},
    {"zip", "een postcode"},
    {"pc", "een postcode"},
}};

} // namespace

std::optional<std::string> IdentifierGuard::headerKind(std::string_view header)
{
    const std::string text = normalizedHeader(header);
    for (const HeaderRule& rule : headerRules) {
        const std::size_t at = text.find(rule.word);
        if (at != std::string::npos && (!rule.prefixOnly || at == 0))
            return std::string(rule.kind);
    }
    for (const ShortHeader& rule : shortHeaders)
        if (text == rule.word)
            return std::string(rule.kind);
    // A header can hold a value too: "casus 123456782" names a person as surely as a cell does.
    if (const char* kind = IdentifierShapes::find(header))
        return std::string(kind);
    return std::nullopt;
}

const char* IdentifierGuard::valueKind(std::string_view value)
{
    return IdentifierShapes::find(value);
}

std::string IdentifierGuard::headerMessage(const std::string& kind)
{
    return "de kolomnaam wijst op een direct identificerend gegeven (" + kind
        + "); Ketenmonitor verwerkt alleen gepseudonimiseerde gegevens: verwijder deze kolom uit het bestand";
}

std::string IdentifierGuard::valueMessage(const char* kind)
{
    return std::string("bevat wat lijkt op ") + kind
        + "; Ketenmonitor verwerkt alleen gepseudonimiseerde gegevens: verwijder dit gegeven uit het bestand"
          " (de waarde wordt niet getoond)";
}

bool IdentifierGuard::mayShow(std::string_view value, std::size_t maxBytes)
{
    if (value.size() > maxBytes || value.find('@') != std::string_view::npos || IdentifierShapes::find(value))
        return false;
    std::size_t run = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run >= 8)
            return false;
        // Two letters and two digits start every IBAN; with eight or more characters after them
        // it may be one, whatever its check digits say.
        const bool letters = i + 3 < value.size() && std::isalpha(static_cast<unsigned char>(c))
            && std::isalpha(static_cast<unsigned char>(value[i + 1])) && std::isdigit(static_cast<unsigned char>(value[i + 2]))
            && std::isdigit(static_cast<unsigned char>(value[i + 3]));
        if (letters && (i == 0 || !std::isalnum(static_cast<unsigned char>(value[i - 1])))) {
            std::size_t tail = i + 4;
            while (tail < value.size() && (std::isalnum(static_cast<unsigned char>(value[tail])) || value[tail] == ' '))
                ++tail;
            if (tail - i >= 12)
                return false;
        }
    }
    return true;
}

void IdentifierGuard::redact(ImportError& error)
{
    // Column labels carry header text, which may be longer than a value and still harmless.
    constexpr std::size_t maxLabelBytes = 200;
    if (!error.value.empty() && !mayShow(error.value)) {
        error.value.clear();
        error.message += std::string(error.message.empty() ? "" : " ") + notShown;
    }
    if (!error.column.empty() && !mayShow(error.column, maxLabelBytes))
        error.column = "kolom (naam niet getoond)";
}

std::string IdentifierGuard::shown(std::string_view value)
{
    return mayShow(value) ? "'" + std::string(value) + "'" : std::string(notShown);
}

bool IdentifierGuard::isBsn(std::string_view digits)
{
    return IdentifierShapes::isBsn(digits);
}

} // namespace km
