#include "core/import/IdentifierGuard.h"

#include <algorithm>
#include <array>

namespace km {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLetter(char c) { return isUpper(c) || (c >= 'a' && c <= 'z'); }
bool isAlnum(char c) { return isDigit(c) || isLetter(c); }

// Characters that glue a number to a neighbouring code or number: "DEMO19-123", "2019-01-15",
// "1.5". A number glued on like that is part of something else, not an identifier by itself.
bool isJoiner(char c) { return c == '.' || c == ',' || c == '-' || c == '/' || c == '_' || c == ':'; }

bool freeBefore(std::string_view v, std::size_t i)
{
    if (i == 0)
        return true;
    const char before = v[i - 1];
    return !isAlnum(before) && !(isJoiner(before) && i >= 2 && isAlnum(v[i - 2]));
}

bool freeAfter(std::string_view v, std::size_t end)
{
    if (end >= v.size())
        return true;
    const char after = v[end];
    return !isAlnum(after) && !(isJoiner(after) && end + 1 < v.size() && isDigit(v[end + 1]));
}

std::size_t digitsFrom(std::string_view v, std::size_t i)
{
    std::size_t end = i;
    while (end < v.size() && isDigit(v[end]))
        ++end;
    return end;
}

bool hasBsn(std::string_view v)
{
    for (std::size_t i = 0; i < v.size();) {
        if (!isDigit(v[i])) {
            ++i;
            continue;
        }
        const std::size_t end = digitsFrom(v, i);
        if (end - i == 9 && freeBefore(v, i) && freeAfter(v, end) && IdentifierGuard::isBsn(v.substr(i, 9)))
            return true;
        i = end;
    }
    return false;
}

// Digits from `p` on, in groups separated by one space, hyphen or closing parenthesis
// ("06-12345678", "020 123 4567", "(020) 1234567"). Returns the digit count, or 0 when the
// number runs on into letters or other digits, or has more than one hyphen (dates have two).
std::size_t phoneDigits(std::string_view v, std::size_t p, char& first, char& second)
{
    std::size_t count = 0;
    int hyphens = 0;
    while (p < v.size()) {
        const char c = v[p];
        if (isDigit(c)) {
            if (count == 0)
                first = c;
            else if (count == 1)
                second = c;
            ++count;
            ++p;
        } else if ((c == ' ' || c == '-' || c == ')') && count > 0 && p + 1 < v.size()
                   && (isDigit(v[p + 1]) || (c == ')' && v[p + 1] == ' ' && p + 2 < v.size() && isDigit(v[p + 2])))) {
            hyphens += c == '-';
            p += (c == ')' && v[p + 1] == ' ') ? 2 : 1;
        } else {
            break;
        }
        if (count > 12)
            return 0;
    }
    return hyphens <= 1 && freeAfter(v, p) ? count : 0;
}

bool phoneAt(std::string_view v, std::size_t i)
{
    std::size_t p = i;
    bool international = false;
    if (v.substr(p, 3) == "+31") {
        p += 3;
        international = true;
    } else if (v.substr(p, 4) == "0031") {
        p += 4;
        international = true;
    } else if (v[p] == '(') {
        ++p;
    }
    if (international) {
        if (p < v.size() && (v[p] == ' ' || v[p] == '-'))
            ++p;
        if (v.substr(p, 3) == "(0)") {
            p += 3;
            if (p < v.size() && v[p] == ' ')
                ++p;
        }
    }
    char first = 0;
    char second = 0;
    const std::size_t count = phoneDigits(v, p, first, second);
    if (international)
        return count == 9 && first != '0';
    return count == 10 && first == '0' && second != '0';
}

bool hasPhone(std::string_view v)
{
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if ((c == '0' || c == '+' || c == '(') && freeBefore(v, i) && phoneAt(v, i))
            return true;
    }
    return false;
}

// "1234 AB 12", "1234AB 12a", "1234ab12". With a space between digits and letters the letters
// must be capitals, so that "tussen 2019 en 2020" is not taken for a postcode.
bool postcodeAt(std::string_view v, std::size_t i)
{
    if (v[i] == '0' || digitsFrom(v, i) != i + 4)
        return false;
    std::size_t p = i + 4;
    const bool spaced = p < v.size() && v[p] == ' ';
    p += spaced;
    if (p + 2 > v.size() || !isLetter(v[p]) || !isLetter(v[p + 1]))
        return false;
    if (spaced && !(isUpper(v[p]) && isUpper(v[p + 1])))
        return false;
    p += 2;
    if (p < v.size() && isLetter(v[p]))
        return false;
    for (int gap = 0; gap < 2 && p < v.size() && (v[p] == ' ' || v[p] == ','); ++gap)
        ++p;
    const std::size_t end = digitsFrom(v, p);
    return end > p && end - p <= 5;
}

bool hasPostcode(std::string_view v)
{
    for (std::size_t i = 0; i + 6 < v.size(); ++i) {
        if (isDigit(v[i]) && freeBefore(v, i) && postcodeAt(v, i))
            return true;
    }
    return false;
}

bool isLocalChar(char c)
{
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// name@domain.tld: a non-empty local part, then labels separated by dots, ending in 2+ letters.
bool emailAt(std::string_view v, std::size_t at)
{
    if (at == 0 || !isLocalChar(v[at - 1]))
        return false;
    std::size_t p = at + 1;
    std::size_t labels = 0;
    std::size_t lastLetters = 0;
    while (p < v.size()) {
        const std::size_t start = p;
        std::size_t letters = 0;
        while (p < v.size() && (isAlnum(v[p]) || v[p] == '-')) {
            letters = isLetter(v[p]) ? letters + 1 : 0;
            ++p;
        }
        if (p == start)
            break;
        ++labels;
        lastLetters = (letters == p - start) ? letters : 0;
        if (p + 1 < v.size() && v[p] == '.' && isAlnum(v[p + 1]))
            ++p;
        else
            break;
    }
    return labels >= 2 && lastLetters >= 2;
}

bool hasEmail(std::string_view v)
{
    for (std::size_t at = v.find('@'); at != std::string_view::npos; at = v.find('@', at + 1)) {
        if (emailAt(v, at))
            return true;
    }
    return false;
}

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
constexpr std::array<HeaderRule, 29> headerRules{{
    {"burgerservicenummer", false, "een BSN"},
    {"bsn", false, "een BSN"},
    {"sofinummer", false, "een BSN"},
    {"geboortedatum", false, "een geboortedatum"},
    {"geboortedag", false, "een geboortedatum"},
    {"dateofbirth", false, "een geboortedatum"},
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

constexpr std::array<const char*, 5> phoneHeaders{"tel", "telnr", "mobiel", "gsm", "mobile"};

} // namespace

std::optional<std::string> IdentifierGuard::headerKind(std::string_view header)
{
    const std::string text = normalizedHeader(header);
    for (const HeaderRule& rule : headerRules) {
        const std::size_t at = text.find(rule.word);
        if (at != std::string::npos && (!rule.prefixOnly || at == 0))
            return std::string(rule.kind);
    }
    if (std::find(phoneHeaders.begin(), phoneHeaders.end(), text) != phoneHeaders.end())
        return std::string("een telefoonnummer");
    return std::nullopt;
}

const char* IdentifierGuard::valueKind(std::string_view value)
{
    // Cheap pre-filter: every shape needs an '@' or at least 5 digits (postcode and house
    // number), and a postcode two letters, so dates and numbers are done after one pass.
    std::size_t digits = 0;
    std::size_t letters = 0;
    bool at = false;
    for (const char c : value) {
        digits += isDigit(c);
        letters += isLetter(c);
        at = at || c == '@';
    }
    if (at && hasEmail(value))
        return "een e-mailadres";
    if (digits >= 9 && hasBsn(value))
        return "een BSN";
    if (digits >= 9 && hasPhone(value))
        return "een telefoonnummer";
    if (digits >= 5 && letters >= 2 && hasPostcode(value))
        return "een postcode met huisnummer";
    return nullptr;
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

bool IdentifierGuard::isBsn(std::string_view digits)
{
    if (digits.size() != 9 || !std::all_of(digits.begin(), digits.end(), isDigit))
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += static_cast<int>(9 - i) * (digits[i] - '0');
    sum -= digits[8] - '0';
    return sum % 11 == 0 && digits != "000000000";
}

} // namespace km
