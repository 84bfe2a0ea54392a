#include "ui/report/ReportData.h"

#include "core/indicators/IndicatorEngine.h"
#include "core/provenance/ContentHash.h"

#include <algorithm>

ReportData ReportData::collect(const km::Study& study, const std::vector<km::Selection>& selections,
                               const km::SmallCellPolicy& policy, km::Language language,
                               const QString& studyName, bool demo)
{
    ReportData data;
    const km::IndicatorEngine engine(study);
    for (const km::Selection& selection : selections) {
        data.sets.push_back(engine.compute(selection));
        data.tables.push_back(km::GroupTable::build(data.sets.back(), policy));
    }
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
    for (const std::string& group : km::IndicatorLabels::groups()) {
        for (std::size_t s = 0; s < sets.size(); ++s) {
            if (table(s, group)) {
                present.push_back(group);
                break;
            }
        }
    }
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
