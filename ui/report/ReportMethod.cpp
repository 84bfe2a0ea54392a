#include "ui/report/ReportMethod.h"

#include "ui/report/ReportFormat.h"

#include "core/stats/Wilson.h"

namespace {

struct GroupDefinition
{
    const char* group;
    const char* dutch;
    const char* english;
};

// The denominators of docs/codebook.md ("Indicators and their denominators"), per group.
constexpr GroupDefinition definitions[] = {
    {"kenmerken", "percentage van de casussen waarvan het kenmerk bekend is; onbekend telt niet mee in de noemer.",
     "percentage of the cases for which the characteristic is known; unknown is left out of the denominator."},
    {"recidive", "nieuw geweld en nieuwe zorgen: van alle casussen in de selectie; bekend bij één partij: van de "
                 "casussen met minstens één gebeurtenis in het venster waarvan bekend is wie ervan wist.",
     "new violence and new concerns: out of all cases in the selection; known to one party: out of the cases with "
     "at least one event in the window for which it is known who knew of it."},
    {"uitval", "voortijdig gestopte trajecten: van de beëindigde trajecten (afgerond of voortijdig gestopt); "
               "casussen: van de casussen met minstens één beëindigd traject; voldoende doorlopen: van de gestarte "
               "trajecten; niet gestart: van de trajecten met een bekende afloop.",
     "trajectories stopped early: out of the ended trajectories (completed or stopped early); cases: out of the "
     "cases with at least one ended trajectory; completed: out of the started trajectories; never started: out of "
     "the trajectories with a known outcome."},
    {"regie", "casusregie: van de casussen met een bekende waarde; afstemming: van de casussen met twee of meer "
              "trajecten en een bekende waarde.",
     "case coordination: out of the cases with a known value; coordination between trajectories: out of the cases "
     "with two or more trajectories and a known value."},
    {"plannen", "het plan is bekend bij alle partijen (allen), van de casussen met een bekende waarde; geen plan "
                "telt als niet bekend.",
     "the plan is known to all parties, out of the cases with a known value; no plan counts as not known."},
    {"hulp", "van de casussen met minstens één traject waarvan de risicofactoren bekend zijn.",
     "out of the cases with at least one trajectory whose risk factors are known."},
    {"snelheid", "dagen van de melding tot de overdracht, en tot de eerste start van hulp op of na de melding; "
                 "casussen zonder die datums tellen niet mee. Aantal, gemiddelde, mediaan en kwartielen.",
     "days from the report to the handover, and to the first start of help on or after the report; cases without "
     "these dates are left out. Count, mean, median and quartiles."},
};

QString windowText(const ReportData& data)
{
    const km::Selection& selection = data.sets.front().selection;
    if (selection.windowMonths)
        return data.text("Recidive telt gebeurtenissen na de melddatum tot en met %1 maanden later, maar niet na "
                         "het einde van de follow-up van de casus.",
                         "Recidive counts events after the report date up to and including %1 months later, but "
                         "not after the end of the case's follow-up.").arg(*selection.windowMonths);
    return data.text("Recidive telt gebeurtenissen na de melddatum tot en met het einde van de follow-up van de casus.",
                     "Recidive counts events after the report date up to and including the end of the case's follow-up.");
}

} // namespace

double ReportMethod::halfWidthAtHalf(std::int64_t n)
{
    if (n <= 0)
        return 0;
    const km::Interval ci = km::stats::wilson(n / 2, n);
    return 100.0 * (ci.upper - ci.lower) / 2;
}

QString ReportMethod::html(const ReportData& data)
{
    const ReportFormat format(data.language);
    QString html = QStringLiteral("<h2>%1</h2>").arg(data.text("Methode", "Method"));
    html += QStringLiteral("<p>%1</p>").arg(data.text(
        "Elk percentage staat bij zijn teller en noemer (n/N) en het aantal onbekend. De noemers volgen het "
        "codeboek:",
        "Every percentage is given with its numerator and denominator (n/N) and the number unknown. The "
        "denominators follow the codebook:").toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const GroupDefinition& d : definitions)
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(data.groupLabel(d.group).toHtmlEscaped(), data.text(d.dutch, d.english).toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>").arg(windowText(data).toHtmlEscaped());
    QString uncertainty = data.text(
        "De intervallen zijn 95%-betrouwbaarheidsintervallen volgens Wilson (score-interval). Ze zijn breed bij "
        "een steekproef van deze omvang:",
        "The intervals are 95% Wilson score intervals. They are wide for a sample of this size:");
    // The published case count: a withheld selection's own count is not told here either.
    for (const km::PublishedSelection& set : data.published)
        if (set.release == km::Release::Published)
            uncertainty += data.text(" bij %1 casussen (%2) ligt een percentage van 50% tussen ongeveer %3 en %4%;",
                                     " with %1 cases (%2) a percentage of 50% lies between about %3 and %4%;")
                               .arg(QString::fromStdString(set.casesText))
                               .arg(QString::fromStdString(set.figures.selection.label()))
                               .arg(format.number(50 - halfWidthAtHalf(set.figures.cases), 0),
                                    format.number(50 + halfWidthAtHalf(set.figures.cases), 0));
    uncertainty += data.text(" bij een kleinere noemer is het interval breder. Verschillen van enkele procentpunten "
                             "zijn daarom meestal niet te onderscheiden van toeval.",
                             " with a smaller denominator the interval is wider. Differences of a few percentage "
                             "points can therefore usually not be told apart from chance.");
    html += QStringLiteral("<p>%1</p>").arg(uncertainty.toHtmlEscaped());
    return html;
}
