#include "core/import/RowRules.h"

#include "core/import/CaseLookup.h"
#include "core/import/RowConverter.h"
#include "core/util/Day.h"

#include <string>

namespace km {

namespace {

std::size_t fieldOf(const TableSpec& spec, std::string_view name)
{
    return static_cast<std::size_t>(*spec.fieldIndex(name));
}

std::string dateText(std::int64_t day)
{
    return days::toIso(static_cast<Day>(day));
}

} // namespace

RowRules::RowRules(TableKind kind)
    : kind_(kind)
    , spec_(Codebook::table(kind))
    , casusId_(fieldOf(spec_, "casus_id"))
    , melddatum_(fieldOf(Codebook::table(TableKind::Casussen), "melddatum"))
    , eindeFollowup_(fieldOf(Codebook::table(TableKind::Casussen), "einde_followup"))
    , datumOverdracht_(fieldOf(Codebook::table(TableKind::Casussen), "datum_overdracht"))
    , geweldsgeschiedenis_(fieldOf(Codebook::table(TableKind::Casussen), "geweldsgeschiedenis"))
    , geschiedenisJaren_(fieldOf(Codebook::table(TableKind::Casussen), "geschiedenis_jaren"))
    , startdatum_(fieldOf(Codebook::table(TableKind::Trajecten), "startdatum"))
    , einddatum_(fieldOf(Codebook::table(TableKind::Trajecten), "einddatum"))
    , datum_(fieldOf(Codebook::table(TableKind::Gebeurtenissen), "datum"))
{
}

void RowRules::check(ConvertedRow& row, const CaseRef* owner, RowConverter& converter) const
{
    switch (kind_) {
    case TableKind::Casussen:
        checkCase(row, converter);
        break;
    case TableKind::Trajecten:
        checkTrajectory(row, converter);
        break;
    case TableKind::Gebeurtenissen:
        if (owner)
            checkEvent(row, *owner, converter);
        break;
    }
}

void RowRules::requireOrder(ConvertedRow& row, std::size_t earlier, std::size_t later, RowConverter& converter) const
{
    if (!row.known(earlier) || !row.known(later) || row.integer(later) >= row.integer(earlier))
        return;
    const std::string& laterName = spec_.fields[later].name;
    const std::string& earlierName = spec_.fields[earlier].name;
    converter.fieldError(row, later, laterName + " (" + dateText(row.integer(later)) + ") ligt voor " + earlierName
        + " (" + dateText(row.integer(earlier)) + "); verwacht een datum op of na " + earlierName);
}

void RowRules::checkCase(ConvertedRow& row, RowConverter& converter) const
{
    requireOrder(row, melddatum_, eindeFollowup_, converter);
    requireOrder(row, melddatum_, datumOverdracht_, converter);

    if (!row.known(geschiedenisJaren_))
        return;
    if (std::get<double>(row.values[geschiedenisJaren_]) < 0) {
        converter.fieldError(row, geschiedenisJaren_, "verwacht een getal van 0 of meer (jaren)");
    } else if (!row.invalid[geweldsgeschiedenis_]
               && !(row.known(geweldsgeschiedenis_) && row.integer(geweldsgeschiedenis_) == 1)) {
        const std::string now = row.known(geweldsgeschiedenis_) ? "nee" : "leeg";
        converter.fieldError(row, geschiedenisJaren_,
            "geschiedenis_jaren mag alleen ingevuld zijn als geweldsgeschiedenis ja is (hier: " + now
                + "); verwacht een leeg veld");
    }
}

void RowRules::checkTrajectory(ConvertedRow& row, RowConverter& converter) const
{
    requireOrder(row, startdatum_, einddatum_, converter);
}

void RowRules::checkEvent(ConvertedRow& row, const CaseRef& owner, RowConverter& converter) const
{
    if (!row.known(datum_))
        return;
    const std::int64_t day = row.integer(datum_);
    if (day > owner.melddatum && day <= owner.eindeFollowup)
        return;
    const std::string where = day <= owner.melddatum ? "ligt niet na de melddatum" : "ligt na einde_followup";
    converter.fieldError(row, datum_, "datum (" + dateText(day) + ") " + where + " van casus " + std::string(row.text(casusId_))
        + "; verwacht een datum na de melddatum (" + dateText(owner.melddatum) + ") en uiterlijk op einde_followup ("
        + dateText(owner.eindeFollowup) + ")");
}

} // namespace km
