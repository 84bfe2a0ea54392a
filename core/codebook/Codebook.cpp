#include "core/codebook/Codebook.h"

#include "core/util/ValueParser.h"

#include <stdexcept>

namespace km {

namespace {

FieldSpec text(std::string name, bool required = false) { return {std::move(name), FieldType::Text, required, {}}; }
FieldSpec date(std::string name, bool required = false) { return {std::move(name), FieldType::Date, required, {}}; }
FieldSpec number(std::string name) { return {std::move(name), FieldType::Number, false, {}}; }
FieldSpec yesNo(std::string name) { return {std::move(name), FieldType::YesNo, false, {}}; }
FieldSpec oneOf(std::string name, std::vector<std::string> values) { return {std::move(name), FieldType::Enum, false, std::move(values)}; }
FieldSpec multi(std::string name, std::vector<std::string> values) { return {std::move(name), FieldType::Multi, false, std::move(values)}; }

const std::vector<std::string> planValues{"geen", "deels", "allen"};

const TableSpec casussen{TableKind::Casussen, "casussen", {
    text("casus_id", true),
    text("cohort", true),
    text("regio"),
    date("melddatum", true),
    date("einde_followup", true),
    yesNo("minderjarigen"),
    multi("richting", {"kind", "partner", "oudere", "ouder", "overig"}),
    multi("aard", {"psychisch", "fysiek", "seksueel", "verwaarlozing", "financieel", "stalking"}),
    yesNo("vt_eerder_betrokken"),
    yesNo("geweldsgeschiedenis"),
    number("geschiedenis_jaren"),
    date("datum_overdracht"),
    yesNo("casusregie"),
    yesNo("afstemming"),
    oneOf("veiligheidsplan", planValues),
    oneOf("hulpverleningsplan", planValues),
    oneOf("herstelplan", planValues),
}};

const TableSpec trajecten{TableKind::Trajecten, "trajecten", {
    text("casus_id", true),
    oneOf("aanbieder", {"lokaal_team", "jeugdhulp", "ggz", "verslavingszorg", "vrouwenopvang", "veilig_thuis", "overig"}),
    oneOf("doelgroep", {"kind", "volwassene", "systeem"}),
    date("startdatum"),
    date("einddatum"),
    oneOf("afloop", {"afgerond", "voortijdig_client", "voortijdig_aanbieder", "niet_gestart", "lopend", "onbekend"}),
    multi("risicofactoren", {"opvoeding", "relatie_scheiding", "psych_kind", "geweldsgeschiedenis",
                             "psych_volwassene", "verslaving", "financien_werk", "overig"}),
}};

const TableSpec gebeurtenissen{TableKind::Gebeurtenissen, "gebeurtenissen", {
    text("casus_id", true),
    date("datum", true),
    oneOf("soort", {"nieuw_geweld", "nieuwe_zorgen"}),
    oneOf("bekend_bij", {"vt", "hulpverlening", "beide"}),
}};

} // namespace

std::optional<int> FieldSpec::codeIndex(std::string_view code) const
{
    const std::string wanted = ValueParser::lower(ValueParser::trim(code));
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == wanted)
            return static_cast<int>(i);
    return std::nullopt;
}

std::optional<int> TableSpec::fieldIndex(std::string_view header) const
{
    const std::string wanted = ValueParser::lower(ValueParser::trim(header));
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == wanted)
            return static_cast<int>(i);
    return std::nullopt;
}

const FieldSpec& TableSpec::field(std::string_view fieldName) const
{
    if (auto i = fieldIndex(fieldName))
        return fields[static_cast<std::size_t>(*i)];
    throw std::logic_error("codebook has no field " + std::string(fieldName) + " in " + name);
}

const TableSpec& Codebook::table(TableKind kind)
{
    switch (kind) {
    case TableKind::Casussen: return casussen;
    case TableKind::Trajecten: return trajecten;
    case TableKind::Gebeurtenissen: return gebeurtenissen;
    }
    throw std::logic_error("unknown table kind");
}

std::optional<TableKind> Codebook::tableByName(std::string_view name)
{
    const std::string wanted = ValueParser::lower(ValueParser::trim(name));
    for (TableKind kind : tables())
        if (table(kind).name == wanted)
            return kind;
    return std::nullopt;
}

const std::vector<TableKind>& Codebook::tables()
{
    static const std::vector<TableKind> all{TableKind::Casussen, TableKind::Trajecten, TableKind::Gebeurtenissen};
    return all;
}

} // namespace km
