#include "ui/models/CodeLabels.h"

#include <map>

namespace {

QString lookup(const std::map<std::string, QString>& labels, const std::string& code)
{
    if (code.empty())
        return CodeLabels::tr("unknown");
    const auto it = labels.find(code);
    return it == labels.end() ? QString::fromStdString(code) : it->second;
}

} // namespace

QString CodeLabels::aanbieder(const std::string& code)
{
    return lookup({{"lokaal_team", tr("Local team")},
                   {"jeugdhulp", tr("Youth care")},
                   {"ggz", tr("Mental health care")},
                   {"verslavingszorg", tr("Addiction care")},
                   {"vrouwenopvang", tr("Women's shelter")},
                   {"veilig_thuis", tr("Veilig Thuis")},
                   {"overig", tr("Other provider")}},
                  code);
}

QString CodeLabels::doelgroep(const std::string& code)
{
    return lookup({{"kind", tr("child")}, {"volwassene", tr("adult")}, {"systeem", tr("family system")}}, code);
}

QString CodeLabels::afloop(const std::string& code)
{
    return lookup({{"afgerond", tr("completed")},
                   {"voortijdig_client", tr("stopped early by client")},
                   {"voortijdig_aanbieder", tr("stopped early by provider")},
                   {"niet_gestart", tr("never started")},
                   {"lopend", tr("still running")},
                   {"onbekend", tr("outcome unknown")}},
                  code);
}

QString CodeLabels::risicofactor(const std::string& code)
{
    return lookup({{"opvoeding", tr("parenting")},
                   {"relatie_scheiding", tr("relationship/divorce")},
                   {"psych_kind", tr("child's mental health")},
                   {"geweldsgeschiedenis", tr("history of violence")},
                   {"psych_volwassene", tr("adult's mental health")},
                   {"verslaving", tr("addiction")},
                   {"financien_werk", tr("finances/work")},
                   {"overig", tr("other")}},
                  code);
}

QString CodeLabels::soort(const std::string& code)
{
    return lookup({{"nieuw_geweld", tr("new violence")}, {"nieuwe_zorgen", tr("new concerns")}}, code);
}

QString CodeLabels::bekendBij(const std::string& code)
{
    return lookup({{"vt", tr("known to Veilig Thuis only")},
                   {"hulpverlening", tr("known to the care providers only")},
                   {"beide", tr("known to both")}},
                  code);
}
