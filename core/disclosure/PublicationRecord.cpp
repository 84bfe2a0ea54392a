#include "core/disclosure/PublicationRecord.h"

namespace km {

std::string PublicationRecord::text(const Publication& publication)
{
    std::string text;
    for (const PublishedSelection& s : publication.selections) {
        text += "selectie " + s.figures.selection.label() + ": " + s.casesText + " casussen"
            + (s.release == Release::Withheld ? " (niet gepubliceerd)" : "") + "\n";
        for (const GroupTable& table : s.tables) {
            for (const PublishedProportion& p : table.proportions)
                text += "  " + p.value.id + " " + p.numeratorText + "/" + p.denominatorText + " onbekend "
                    + p.unknownText + "\n";
            for (const PublishedDistribution& d : table.distributions)
                text += "  " + d.value.id + " n " + d.nText + "\n";
        }
        for (const AuditedCount& a : s.audit)
            text += "  audit " + a.name + ": [" + std::to_string(a.interval.lower) + ", "
                + (a.interval.upper ? std::to_string(*a.interval.upper) : std::string("onbegrensd")) + "]\n";
    }
    return text;
}

} // namespace km
