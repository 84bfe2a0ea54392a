#include "ui/report/ReportData.h"

#include "core/indicators/IndicatorEngine.h"
#include "core/provenance/ContentHash.h"

#include <algorithm>

ReportData ReportData::collect(const km::Study& study, const std::vector<km::Selection>& selections,
                               const km::SmallCellPolicy& policy, km::Language language,
                               const QString& studyName, bool demo)
{
    std::vector<km::IndicatorSet> sets;
    const km::IndicatorEngine engine(study);
    for (const km::Selection& selection : selections)
        sets.push_back(engine.compute(selection));
    return fromSets(study, std::move(sets), policy, language, studyName, demo);
}

ReportData ReportData::fromSets(const km::Study& study, std::vector<km::IndicatorSet> sets,
                                const km::SmallCellPolicy& policy, km::Language language, const QString& studyName,
                                bool demo)
{
    ReportData data;
    data.sets = std::move(sets);
    data.published = km::Publication::of(data.sets, policy).selections;
    data.importLog = study.importLog();
    data.policy = policy;
    data.language = language;
    data.studyName = studyName;
    data.contentHash = QString::fromStdString(km::ContentHash::of(data.importLog));
    data.demo = demo;
    return data;
}

std::vector<km::Selection> ReportData::perCohort(const km::Selection& base, const std::vector<std::string>& studyCohorts)
{
    std::vector<km::Selection> list;
    for (const std::string& cohort : base.cohorts.empty() ? studyCohorts : base.cohorts)
        list.push_back(km::Selection{{cohort}, base.regio, base.windowMonths});
    return list;
}

std::vector<std::string> ReportData::groups() const
{
    std::vector<std::string> present;
    for (const km::PublishedSelection& selection : published)
        for (const km::GroupTable& t : selection.tables)
            if (std::find(present.begin(), present.end(), t.group) == present.end())
                present.push_back(t.group);
    return present;
}

const km::GroupTable* ReportData::table(std::size_t set, const std::string& group) const
{
    if (set >= published.size())
        return nullptr;
    const auto& list = published[set].tables;
    const auto it = std::find_if(list.begin(), list.end(), [&](const km::GroupTable& t) { return t.group == group; });
    return it == list.end() ? nullptr : &*it;
}

bool ReportData::shows(std::size_t set, const std::string& id) const
{
    const km::GroupTable* t = table(set, std::string(km::IndicatorLabels::group(id)));
    if (!t)
        return false;
    const auto it = std::find_if(t->proportions.begin(), t->proportions.end(),
                                 [&](const km::PublishedProportion& p) { return p.value.id == id; });
    return it != t->proportions.end() && !it->suppressed;
}

QString ReportData::selectionWithCases(std::size_t set) const
{
    const QString label = QString::fromStdString(sets[set].selection.label());
    if (set < published.size() && published[set].release == km::Release::Withheld)
        return text("%1 (minder dan %2 casussen, geen cijfers)", "%1 (fewer than %2 cases, no figures)")
            .arg(label)
            .arg(policy.minCell);
    const QString cases = set < published.size() ? QString::fromStdString(published[set].casesText)
                                                 : QString::number(sets[set].cases);
    if (sets[set].selection.cohorts.size() > 1)
        return text("%1 (%2 casussen, de cohorten samengenomen zoals op het dashboard; een vergelijking staat in "
                    "het tabblad Vergelijken)",
                    "%1 (%2 cases, the cohorts pooled as on the dashboard; a comparison is in the Compare tab)")
            .arg(label, cases);
    return text("%1 (%2 casussen)", "%1 (%2 cases)").arg(label, cases);
}

QString ReportData::text(const char* dutch, const char* english) const
{
    return QString::fromUtf8(language == km::Language::Dutch ? dutch : english);
}

QString ReportData::label(const std::string& id) const
{
    return QString::fromStdString(km::IndicatorLabels::label(id, language));
}

QString ReportData::groupLabel(const std::string& group) const
{
    return QString::fromStdString(km::IndicatorLabels::groupLabel(group, language));
}
