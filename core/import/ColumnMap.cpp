#include "core/import/ColumnMap.h"

#include "core/import/IdentifierGuard.h"
#include "core/util/ValueParser.h"

#include <algorithm>
#include <map>

namespace km {

namespace {

// Lower case without spaces, underscores and hyphens: "Casus ID" and "casus-id" both give "casusid".
std::string normalised(std::string_view text)
{
    std::string result;
    for (char c : ValueParser::lower(ValueParser::trim(text)))
        if (c != ' ' && c != '_' && c != '-')
            result += c;
    return result;
}

std::size_t levenshtein(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// How far a header is from a field name when it is close enough to be a likely typo: names
// shorter than six letters allow one edit, longer ones two.
std::optional<std::size_t> closeness(std::string_view header, std::string_view field)
{
    // A header many times the field's length is no typing mistake; nor is it copied to find out.
    if (header.size() > 4 * field.size() + 8)
        return std::nullopt;
    const std::string h = normalised(header);
    const std::string f = normalised(field);
    if (h.empty())
        return std::nullopt;
    const std::size_t distance = levenshtein(h, f);
    const std::size_t allowed = f.size() < 6 ? 1 : 2;
    return distance <= allowed ? std::optional(distance) : std::nullopt;
}

} // namespace

ColumnMap::ColumnMap(const TableSpec& spec, const std::vector<std::string>& header,
                     const std::map<std::string, std::string>& mapping)
    : fieldOfColumn_(header.size(), noField)
    , columnOfField_(spec.fields.size())
    , extraNames_(header.size())
{
    applyMapping(spec, header, mapping);
    std::map<std::string, std::size_t> seen;
    for (std::size_t column = 0; column < header.size(); ++column) {
        const std::string_view name = ValueParser::trim(header[column]);
        if (name.empty()) {
            extraNames_[column] = "kolom " + std::to_string(column + 1);
            continue;
        }
        const auto [previous, isNew] = seen.emplace(ValueParser::lower(name), column);
        if (!isNew) {
            problems_.push_back({column, "kolom " + IdentifierGuard::shown(name) + " komt twee keer voor (kolom "
                + std::to_string(previous->second + 1) + " en " + std::to_string(column + 1)
                + "); verwacht elke kolomnaam één keer"});
            continue;
        }
        if (fieldOfColumn_[column] != noField)
            continue;   // mapped by the user
        const auto field = spec.fieldIndex(name);
        if (field && !columnOfField_[static_cast<std::size_t>(*field)]) {
            fieldOfColumn_[column] = *field;
            columnOfField_[static_cast<std::size_t>(*field)] = column;
        } else {
            if (field)
                problems_.push_back({column, "een andere kolom is aan veld '" + spec.fields[static_cast<std::size_t>(*field)].name
                    + "' gekoppeld; deze kolom wordt als extra kenmerk bewaard", ImportError::Severity::Warning});
            extraNames_[column] = std::string(name);
        }
    }
    suggestForMissing(spec, header);
}

// The user's mapping first, so that a mapped header takes a field before a header that is the
// field's own name; mapped columns keep their header as it is for the duplicate check below.
void ColumnMap::applyMapping(const TableSpec& spec, const std::vector<std::string>& header,
                             const std::map<std::string, std::string>& mapping)
{
    std::map<std::string, std::string> wanted;
    for (const auto& [from, to] : mapping)
        wanted[ValueParser::lower(ValueParser::trim(from))] = to;
    for (std::size_t column = 0; column < header.size(); ++column) {
        const auto it = wanted.find(ValueParser::lower(ValueParser::trim(header[column])));
        if (it == wanted.end() || it->first.empty())
            continue;
        const auto field = spec.fieldIndex(it->second);
        if (!field) {
            problems_.push_back({column, "gekoppeld aan '" + it->second + "', maar de tabel " + spec.name
                + " heeft geen veld met die naam"});
        } else if (const auto other = columnOfField_[static_cast<std::size_t>(*field)]) {
            problems_.push_back({column, "kolom " + std::to_string(*other + 1) + " en " + std::to_string(column + 1)
                + " zijn allebei gekoppeld aan veld '" + it->second + "'; verwacht één kolom per veld"});
        } else {
            fieldOfColumn_[column] = *field;
            columnOfField_[static_cast<std::size_t>(*field)] = column;
        }
    }
}

bool ColumnMap::usable() const
{
    return std::none_of(problems_.begin(), problems_.end(),
        [](const Problem& p) { return p.severity == ImportError::Severity::Error; });
}

void ColumnMap::suggestForMissing(const TableSpec& spec, const std::vector<std::string>& header)
{
    suggestedField_.assign(header.size(), noField);
    for (std::size_t field = 0; field < spec.fields.size(); ++field) {
        if (columnOfField_[field])
            continue;
        const FieldSpec& f = spec.fields[field];
        std::optional<std::size_t> best;
        std::size_t bestDistance = 0;
        for (std::size_t column = 0; column < header.size(); ++column) {
            if (fieldOfColumn_[column] != noField || suggestedField_[column] != noField || extraNames_[column].empty())
                continue;
            const auto distance = closeness(header[column], f.name);
            if (distance && (!best || *distance < bestDistance)) {
                best = column;
                bestDistance = *distance;
            }
        }
        if (best)
            suggestedField_[*best] = static_cast<int>(field);
        if (f.required) {
            const std::string_view guess = best ? ValueParser::trim(header[*best]) : std::string_view();
            const std::string hint = best && IdentifierGuard::mayShow(guess)
                ? " (bedoelde u " + IdentifierGuard::shown(guess) + "?)" : std::string();
            problems_.push_back({std::nullopt, "kolom '" + f.name + "' ontbreekt" + hint});
        } else if (best) {
            problems_.push_back({best, "onbekende kolom, wordt als extra kenmerk bewaard (bedoelde u '"
                + f.name + "'?)", ImportError::Severity::Warning});
        }
    }
}

} // namespace km
