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
    for (const km::IndicatorSet& set : data.sets)
        data.tables.push_back(km::GroupTable::build(set, policy));
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
    for (const auto& list : tables)
        for (const km::GroupTable& t : list)
            if (std::find(present.begin(), present.end(), t.group) == present.end())
                present.push_back(t.group);
    return present;
}

const km::GroupTable* ReportData::table(std::size_t set, const std::string& group) const
{
    if (set >= tables.size())
        return nullptr;
    const auto& list = tables[set];
    const auto it = std::find_if(list.begin(), list.end(), [&](const km::GroupTable& t) { return t.group == group; });
    return it == list.end() ? nullptr : &*it;
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
