#include "core/import/IdentifierShapes.h"

#include <algorithm>
#include <array>
#include <string>

namespace km {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLetter(char c) { return isUpper(c) || (c >= 'a' && c <= 'z'); }
bool isAlnum(char c) { return isDigit(c) || isLetter(c); }
char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// Characters that glue a number to a neighbouring code or number: "DEMO19-123", "2019-01-15",
// "1.5". A number glued on like that is part of something else, not an identifier by itself.
// A colon is no glue: it ends a label ("BSN:123456782", "tel:0612345678").
bool isJoiner(char c) { return c == '.' || c == ',' || c == '-' || c == '/' || c == '_'; }

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

bool isGroupSeparator(char c) { return c == ' ' || c == '-' || c == '.'; }

// Nine digits passing the eleven-test, written as one number or in three groups joined by one
// and the same separator ("123-456-782", "1234.56.782", "123 456 782"). Starts only where a number
// starts, and the whole run of groups must be the nine digits, so "2019-01-15" and
// "123456782.5" are no BSN.
bool hasBsn(std::string_view v)
{
    for (std::size_t i = 0; i < v.size();) {
        if (!isDigit(v[i]) || !freeBefore(v, i)) {
            ++i;
            continue;
        }
        const std::size_t firstEnd = digitsFrom(v, i);
        if (firstEnd - i == 9 && freeAfter(v, firstEnd) && IdentifierShapes::isBsn(v.substr(i, 9)))
            return true;
        std::string digits;
        char separator = 0;
        std::size_t groups = 0;
        bool groupSizes = true;
        std::size_t p = i;
        while (true) {
            const std::size_t end = digitsFrom(v, p);
            digits.append(v.substr(p, end - p));
            groupSizes = groupSizes && end - p >= 2 && end - p <= 4;
            ++groups;
            p = end;
            if (digits.size() > 9 || p + 1 >= v.size() || !isGroupSeparator(v[p]) || !isDigit(v[p + 1])
                || (separator && v[p] != separator))
                break;
            separator = v[p];
            ++p;
        }
        // Three groups of two to four digits, the way a BSN is written out ("123 456 782"), not
        // a phone number's area code and subscriber number ("20 1234567").
        if (groups == 3 && groupSizes && digits.size() == 9 && freeAfter(v, p) && IdentifierShapes::isBsn(digits))
            return true;
        i = firstEnd;
    }
    return false;
}

// Two letters and two check digits, then letters and digits, in groups of four when spaced
// ("NL91 ABNA 0417 1643 00"). Every length at which a group ends is tried against the check.
bool hasIban(std::string_view v)
{
    for (std::size_t i = 0; i + 3 < v.size(); ++i) {
        if (!isLetter(v[i]) || !isLetter(v[i + 1]) || !isDigit(v[i + 2]) || !isDigit(v[i + 3])
            || (i > 0 && isAlnum(v[i - 1])))
            continue;
        std::string iban;
        for (std::size_t p = i; p < v.size() && iban.size() < 34;) {
            if (isAlnum(v[p])) {
                iban += upper(v[p++]);
                if ((p == v.size() || !isAlnum(v[p])) && IdentifierShapes::isIban(iban))
                    return true;
            } else if (v[p] == ' ' && iban.size() % 4 == 0 && p + 1 < v.size() && isAlnum(v[p + 1])) {
                ++p;
            } else {
                break;
            }
        }
    }
    return false;
}

// Digits from `p` on, in groups separated by one space, hyphen, dot or closing parenthesis
// ("06-12345678", "020 123 4567", "06.12.34.56.78", "(020) 1234567"). Returns the digit count,
// or 0 when the number runs on into letters or other digits, or has more than one hyphen (dates
// have two). A dot needs two digits before it, so that a decimal "0.123456789" is no number.
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
        } else if ((c == ' ' || c == '-' || c == ')' || (c == '.' && count >= 2)) && count > 0 && p + 1 < v.size()
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
        if (p < v.size() && (v[p] == ' ' || v[p] == '-' || v[p] == '.'))
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

// Letters from `p` on; bytes of UTF-8 sequences count as letters ("Süsteren").
std::size_t wordFrom(std::string_view v, std::size_t p)
{
    std::size_t end = p;
    while (end < v.size() && (isLetter(v[end]) || static_cast<unsigned char>(v[end]) >= 0x80))
        ++end;
    return end;
}

// "1234 AB 12", "1234AB 12a", "1234ab12", "1234AB-12", and a postcode before a town, "1234 AB
// Amsterdam". With a space between digits and letters the letters must be capitals, so that
// "tussen 2019 en 2020" is not taken for a postcode.
const char* postcodeAt(std::string_view v, std::size_t i)
{
    if (v[i] == '0' || digitsFrom(v, i) != i + 4)
        return nullptr;
    std::size_t p = i + 4;
    const bool spaced = p < v.size() && v[p] == ' ';
    p += spaced;
    if (p + 2 > v.size() || !isLetter(v[p]) || !isLetter(v[p + 1]))
        return nullptr;
    if (spaced && !(isUpper(v[p]) && isUpper(v[p + 1])))
        return nullptr;
    p += 2;
    if (p < v.size() && isLetter(v[p]))
        return nullptr;
    const std::size_t letters = p;
    for (int gap = 0; gap < 2 && p < v.size() && (v[p] == ' ' || v[p] == ',' || v[p] == '-'); ++gap)
        ++p;
    const std::size_t end = digitsFrom(v, p);
    if (end > p && end - p <= 5)
        return "een postcode met huisnummer";
    if (p > letters && wordFrom(v, p) >= p + 3)
        return "een postcode met woonplaats";
    return nullptr;
}

const char* findPostcode(std::string_view v)
{
    for (std::size_t i = 0; i + 6 < v.size(); ++i) {
        if (isDigit(v[i]) && freeBefore(v, i))
            if (const char* kind = postcodeAt(v, i))
                return kind;
    }
    return nullptr;
}

// The endings of Dutch street names; a longer word with one of them, then a house number,
// is an address ("Dorpsstraat 12", "Kerkweg 3a").
constexpr std::array<std::string_view, 10> streetEndings{"straat", "laan", "weg", "plein", "gracht",
                                                         "kade", "singel", "dijk", "steeg", "dreef"};

bool endsWithStreet(std::string_view word)
{
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return isUpper(c) ? c - 'A' + 'a' : c; });
    return std::any_of(streetEndings.begin(), streetEndings.end(), [&lower](std::string_view ending) {
        return lower.size() >= ending.size() + 2 && lower.ends_with(ending);
    });
}

bool hasStreet(std::string_view v)
{
    for (std::size_t i = 0; i < v.size();) {
        const std::size_t end = wordFrom(v, i);
        if (end == i) {
            ++i;
            continue;
        }
        const std::size_t number = end + 1;
        if (end < v.size() && v[end] == ' ' && number < v.size() && isDigit(v[number]) && endsWithStreet(v.substr(i, end - i))) {
            std::size_t after = digitsFrom(v, number);
            after += after < v.size() && isLetter(v[after]) && (after + 1 == v.size() || !isAlnum(v[after + 1]));
            if (after - number <= 5 && freeAfter(v, after))
                return true;
        }
        i = end;
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

} // namespace

const char* IdentifierShapes::find(std::string_view value)
{
    // Cheap pre-filter: every shape needs an '@' or digits (nine for a BSN or phone number, ten
    // for an IBAN, four for a postcode), and letters for a postcode, IBAN or street.
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
    if (digits >= 10 && letters >= 2 && hasIban(value))
        return "een IBAN";
    if (digits >= 9 && hasPhone(value))
        return "een telefoonnummer";
    if (digits >= 4 && letters >= 2)
        if (const char* kind = findPostcode(value))
            return kind;
    if (digits >= 1 && letters >= 5 && hasStreet(value))
        return "een adres (straat en huisnummer)";
    return nullptr;
}

bool IdentifierShapes::isBsn(std::string_view digits)
{
    if (digits.size() != 9 || !std::all_of(digits.begin(), digits.end(), isDigit))
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += static_cast<int>(9 - i) * (digits[i] - '0');
    sum -= digits[8] - '0';
    return sum % 11 == 0 && digits != "000000000";
}

// Letters count as 10 (A) to 35 (Z); the four leading characters move to the end.
bool IdentifierShapes::isIban(std::string_view iban)
{
    if (iban.size() < 15 || iban.size() > 34 || !isUpper(iban[0]) || !isUpper(iban[1]) || !isDigit(iban[2])
        || !isDigit(iban[3]) || !std::all_of(iban.begin(), iban.end(), [](char c) { return isDigit(c) || isUpper(c); }))
        return false;
    int remainder = 0;
    for (std::size_t k = 0; k < iban.size(); ++k) {
        const char c = iban[(k + 4) % iban.size()];
        remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
    }
    return remainder == 1;
}

} // namespace km
