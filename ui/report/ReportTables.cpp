#include "ui/report/ReportTables.h"

#include "ui/report/ReportFormat.h"

#include "core/disclosure/PublishedDifference.h"
#include "core/indicators/CohortComparison.h"

namespace {

QString seriesLabel(const ReportData& data, std::size_t set)
{
    return QString::fromStdString(data.sets[set].selection.label());
}

QString proportionRows(const ReportData& data, const std::string& group)
{
    const ReportFormat format(data.language);
    const km::GroupTable* first = data.table(0, group);
    if (!first || first->proportions.empty())
        return {};
    const bool many = data.sets.size() > 1;
    QString rows = QStringLiteral("<tr>") + ReportFormat::headerCell(data.text("Indicator", "Indicator"))
        + (many ? ReportFormat::headerCell(data.text("Selectie", "Selection")) : QString())
        + ReportFormat::headerCell(QStringLiteral("n/N")) + ReportFormat::headerCell(QStringLiteral("%"))
        + ReportFormat::headerCell(data.text("95%-BI", "95% CI")) + ReportFormat::headerCell(data.text("onbekend", "unknown"))
        + QStringLiteral("</tr>");
    for (std::size_t r = 0; r < first->proportions.size(); ++r) {
        for (std::size_t s = 0; s < data.sets.size(); ++s) {
            const km::GroupTable* table = data.table(s, group);
            if (!table || r >= table->proportions.size())
                continue;
            const km::PublishedProportion& p = table->proportions[r];
            rows += QStringLiteral("<tr>")
                + ReportFormat::cell(s == 0 ? data.label(p.value.id) : QString(), false)
                + (many ? ReportFormat::cell(seriesLabel(data, s), false) : QString())
                + ReportFormat::cell(QString::fromStdString(p.countText()))
                + ReportFormat::cell(p.suppressed ? QStringLiteral("*") : format.percent(p.value.percent))
                + ReportFormat::cell(format.interval(p.value.ci95))
                + ReportFormat::cell(QString::fromStdString(p.unknownText)) + QStringLiteral("</tr>");
        }
    }
    return ReportFormat::table(rows);
}

QString distributionRows(const ReportData& data, const std::string& group)
{
    const ReportFormat format(data.language);
    const km::GroupTable* first = data.table(0, group);
    if (!first || first->distributions.empty())
        return {};
    QString rows = QStringLiteral("<tr>") + ReportFormat::headerCell(data.text("Verdeling", "Distribution"))
        + ReportFormat::headerCell(data.text("Selectie", "Selection")) + ReportFormat::headerCell(QStringLiteral("n"))
        + ReportFormat::headerCell(data.text("gemiddelde", "mean")) + ReportFormat::headerCell(data.text("mediaan", "median"))
        + ReportFormat::headerCell(data.text("kwartielen", "quartiles")) + QStringLiteral("</tr>");
    for (std::size_t r = 0; r < first->distributions.size(); ++r) {
        for (std::size_t s = 0; s < data.sets.size(); ++s) {
            const km::GroupTable* table = data.table(s, group);
            if (!table || r >= table->distributions.size())
                continue;
            const km::PublishedDistribution& d = table->distributions[r];
            const QString unit = QString::fromStdString(km::IndicatorLabels::unitLabel(d.value.unit, data.language));
            const QString quartiles = d.value.q1 ? format.number(d.value.q1) + QStringLiteral(" – ") + format.number(d.value.q3)
                                                 : QStringLiteral("–");
            rows += QStringLiteral("<tr>")
                + ReportFormat::cell(s == 0 ? data.label(d.value.id) + QStringLiteral(" (") + unit + QLatin1Char(')') : QString(), false)
                + ReportFormat::cell(seriesLabel(data, s), false) + ReportFormat::cell(QString::fromStdString(d.nText))
                + ReportFormat::cell(format.number(d.value.mean)) + ReportFormat::cell(format.number(d.value.median))
                + ReportFormat::cell(quartiles) + QStringLiteral("</tr>");
        }
    }
    return QStringLiteral("<p></p>") + ReportFormat::table(rows);
}

} // namespace

QString ReportTables::group(const ReportData& data, const std::string& group)
{
    return proportionRows(data, group) + distributionRows(data, group);
}

QString ReportTables::comparison(const ReportData& data)
{
    if (data.sets.size() != 2)
        return {};
    const ReportFormat format(data.language);
    const QString a = seriesLabel(data, 0);
    const QString b = seriesLabel(data, 1);
    QString rows = QStringLiteral("<tr>") + ReportFormat::headerCell(data.text("Indicator", "Indicator"))
        + ReportFormat::headerCell(a) + ReportFormat::headerCell(b)
        + ReportFormat::headerCell(data.text("verschil (procentpunten)", "difference (points)"))
        + ReportFormat::headerCell(data.text("95%-BI (Newcombe)", "95% CI (Newcombe)"))
        + ReportFormat::headerCell(data.text("p (Fisher)", "p (Fisher)")) + QStringLiteral("</tr>");
    for (const km::PublishedDifference& d :
         km::PublishedDifference::build(data.published[0], data.published[1])) {
        rows += QStringLiteral("<tr>") + ReportFormat::cell(data.label(d.value.id), false)
            + ReportFormat::cell(d.a.suppressed ? QStringLiteral("*") : format.percent(d.value.a.percent))
            + ReportFormat::cell(d.b.suppressed ? QStringLiteral("*") : format.percent(d.value.b.percent))
            + ReportFormat::cell(d.suppressed ? QStringLiteral("*") : format.number(d.value.difference))
            + ReportFormat::cell(d.suppressed ? QString() : format.interval(d.value.ci95))
            + ReportFormat::cell(d.suppressed ? QString() : format.pValue(d.value.pFisher)) + QStringLiteral("</tr>");
    }
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(data.text("Vergelijking", "Comparison"),
                    data.text("Verschil %1 min %2 in procentpunten, met het 95%-betrouwbaarheidsinterval volgens "
                              "Newcombe en de p-waarde van Fisher's exacte toets.",
                              "Difference %1 minus %2 in percentage points, with the 95% Newcombe confidence "
                              "interval and the p-value of Fisher's exact test.").arg(a, b).toHtmlEscaped())
        + ReportFormat::table(rows);
}

QString ReportTables::provenance(const ReportData& data)
{
    QString rows = QStringLiteral("<tr>") + ReportFormat::headerCell(data.text("Tabel", "Table"))
        + ReportFormat::headerCell(data.text("Bestand", "File")) + ReportFormat::headerCell(data.text("Rijen", "Rows"))
        + ReportFormat::headerCell(QStringLiteral("SHA-256")) + ReportFormat::headerCell(data.text("Ingelezen", "Imported"))
        + QStringLiteral("</tr>");
    for (const km::ImportLogEntry& e : data.importLog)
        rows += QStringLiteral("<tr>") + ReportFormat::cell(QString::fromStdString(e.tableName), false)
            + ReportFormat::cell(QString::fromStdString(e.fileName), false) + ReportFormat::cell(QString::number(e.rows))
            + QStringLiteral("<td><span style=\"font-family: monospace; font-size: 6pt;\">%1</span></td>")
                  .arg(QString::fromStdString(e.sha256))
            + ReportFormat::cell(QString::fromStdString(e.importedAt), false) + QStringLiteral("</tr>");
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(data.text("Herkomst van de gegevens", "Provenance of the data"),
                    data.text("De ingelezen bestanden met hun SHA-256-hash: een cijfer in dit rapport is zo terug te "
                              "voeren op de bestanden waar het uit komt.",
                              "The imported files with their SHA-256 hash, so a figure in this report can be traced "
                              "back to the files it came from.").toHtmlEscaped())
        + ReportFormat::table(rows);
}

QString ReportTables::disclosureNote(const ReportData& data)
{
    if (!data.policy.active())
        return data.text("INTERN — niet voor publicatie: kleine aantallen zijn niet afgeschermd.",
                         "INTERNAL — not for publication: small numbers are not protected.");
    const QString n = QString::number(data.policy.minCell);
    QString note = data.text("* Afgeschermd: aantallen kleiner dan %1 staan er als \"<%1\"; staat er \"> X\", dan hebben minder "
                             "dan %1 casussen het kenmerk niet. Percentage en interval van die cellen zijn weggelaten. "
                             "Ook \"x\" is afgeschermd, klein of niet: anders was een klein aantal terug te rekenen.",
                             "* Suppressed: counts below %1 read \"<%1\"; \"> X\" means fewer than %1 cases lack the "
                             "characteristic. The percent and interval of those cells are left out. \"x\" is hidden too, "
                             "small or not: otherwise a small count could be worked out.").arg(n);
    if (data.policy.rounding.active())
        note += data.text(" Alle aantallen zijn afgerond op veelvouden van %1; percentages zijn berekend uit de "
                          "afgeronde aantallen.",
                          " All counts are rounded to multiples of %1; percentages are computed from the rounded counts.")
                    .arg(data.policy.rounding.base);
    return note;
}
