#pragma once

#include "core/codebook/IndicatorLabels.h"
#include "core/db/Study.h"
#include "core/disclosure/GroupTable.h"
#include "core/disclosure/Publication.h"
#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <QString>

#include <vector>

/**
 * Everything a report or an export of figures is made of, computed once: the indicator sets of
 * the chosen selections (one per cohort, or one for the whole study), what may be published of
 * them (km::Publication: suppression, audit, rounding), and the study's provenance. The CLI and the desktop program
 * both fill one and hand it to ReportDocument and FigureExporter.
 */
struct ReportData
{
    std::vector<km::IndicatorSet> sets;
    std::vector<km::PublishedSelection> published;     // per set; the only source of published figures
    std::vector<km::ImportLogEntry> importLog;
    km::SmallCellPolicy policy;
    km::Language language = km::Language::Dutch;
    QString studyName;
    QString contentHash;
    bool demo = false;

    /** Computes the sets of `selections` on `study` and applies `policy`. */
    static ReportData collect(const km::Study& study, const std::vector<km::Selection>& selections,
                              const km::SmallCellPolicy& policy, km::Language language,
                              const QString& studyName, bool demo);

    /** `sets` as computed already (the dashboard's figures), with `policy` applied. */
    static ReportData fromSets(const km::Study& study, std::vector<km::IndicatorSet> sets,
                               const km::SmallCellPolicy& policy, km::Language language, const QString& studyName,
                               bool demo);

    /**
     * One selection per cohort of `base` (per cohort of the study when `base` names none), each
     * with base's regio and window: two cohorts give the report its comparison. The CLI's
     * report and export; the desktop reports the selection as shown, its cohorts pooled.
     */
    static std::vector<km::Selection> perCohort(const km::Selection& base, const std::vector<std::string>& studyCohorts);

    /** The groups present in any set, in reading order (GroupTable::build's). */
    std::vector<std::string> groups() const;

    /** Set `set`'s table of `group`, or nullptr (also when the set is withheld). */
    const km::GroupTable* table(std::size_t set, const std::string& group) const;

    /** Whether set `set` publishes indicator `id` without suppression. */
    bool shows(std::size_t set, const std::string& id) const;

    /**
     * "NHN-2019 (99 casussen)", the same saying the cohorts are pooled for a set of several
     * cohorts (the desktop's report), or "(minder dan 5 casussen, geen cijfers)" for a withheld set.
     */
    QString selectionWithCases(std::size_t set) const;

    /** Picks the Dutch or the English text. */
    QString text(const char* dutch, const char* english) const;

    /** The label of an indicator or group in the report's language. */
    QString label(const std::string& id) const;
    QString groupLabel(const std::string& group) const;
};
