#include "ui/report/ReportDocument.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "ui/report/GroupCharts.h"
#include "ui/report/ReportMethod.h"
#include "ui/report/ReportTables.h"

#include "core/Version.h"

#include <algorithm>

#include <QBuffer>
#include <QSize>
#include <QTextDocument>
#include <QUrl>

namespace {

constexpr int imageDpi = 150;       // sharp on paper, small enough for a file of a few 100 kB
constexpr double pageWidth = 680;   // points of text width the document is laid out for

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString selectionText(const ReportData& data)
{
    QStringList parts;
    for (std::size_t s = 0; s < data.sets.size(); ++s)
        parts << data.selectionWithCases(s);
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReportDocument::ReportDocument(const ReportData& data, QDate date)
{
    stamp_ = data.policy.active() ? QString() : data.text("INTERN", "INTERNAL");
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                  "<body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">")
                       .arg(data.text("Ketenmonitor: rapportage", "Ketenmonitor: report"));
    if (!stamp_.isEmpty())
        html += QStringLiteral("<p style=\"color: #b00020; font-weight: bold;\">%1</p>")
                    .arg(ReportTables::disclosureNote(data).toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(data.text("Ketenmonitor: kengetallen van de keten",
                                                        "Ketenmonitor: indicators of the chain"));
    const QString rows[][2] = {
        {data.text("Datum", "Date"), date.toString(Qt::ISODate)},
        {data.text("Programma", "Program"), QStringLiteral("Ketenmonitor ") + QString::fromLatin1(km::programVersion)},
        {data.text("Studie", "Study"), data.studyName},
        {data.text("Inhoudshash (SHA-256)", "Content hash (SHA-256)"), data.contentHash},
        {data.text("Selectie", "Selection"), selectionText(data)},
    };
    QString meta;
    for (const auto& row : rows)
        meta += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(row[0].toHtmlEscaped(), row[1].toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"2\">%1</table>").arg(meta);
    if (data.demo)
        html += paragraph(data.text("Dit zijn verzonnen (synthetische) casussen van de ingebouwde demostudie, geen echte personen.",
                                    "These are made-up (synthetic) cases of the built-in demo study, not real people."));
    html += ReportMethod::html(data);
    html += paragraph(ReportTables::disclosureNote(data));

    for (const std::string& group : data.groups()) {
        // Each group starts a page, so a heading never ends a page without its chart.
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(data.groupLabel(group).toHtmlEscaped());
        QSize size;
        if (const auto builder = GroupCharts::proportions(data, group, &size))
            html += chart(QString::fromStdString(group) + QStringLiteral(".png"),
                          ChartExporter::toImage(*builder, size * imageDpi / 96, imageDpi));
        if (const auto builder = GroupCharts::distributions(data, group, &size))
            html += chart(QString::fromStdString(group) + QStringLiteral("-verdeling.png"),
                          ChartExporter::toImage(*builder, size * imageDpi / 96, imageDpi));
        html += ReportTables::group(data, group);
        if (data.policy.active() && std::any_of(data.published.begin(), data.published.end(), [&](const auto& selection) {
                const auto& tables = selection.tables;
                const auto it = std::find_if(tables.begin(), tables.end(), [&](const km::GroupTable& t) { return t.group == group; });
                return it != tables.end() && it->anySuppressed();
            }))
            html += QStringLiteral("<p style=\"font-size: 7pt;\">%1</p>").arg(ReportTables::disclosureNote(data).toHtmlEscaped());
    }
    html += ReportTables::comparison(data);
    html += ReportTables::provenance(data);
    html += QStringLiteral("</body></html>");
    html_ = html;
}

QString ReportDocument::chart(const QString& name, QImage image)
{
    const int width = qRound(image.width() * 96.0 / imageDpi);
    images_.append({name, image});
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(name).arg(width);
}

QString ReportDocument::standaloneHtml() const
{
    QString html = html_;
    for (const auto& [name, image] : images_) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        html.replace(QStringLiteral("src=\"%1\"").arg(name),
                     QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(bytes.toBase64())));
    }
    return html;
}

std::unique_ptr<QTextDocument> ReportDocument::document() const
{
    auto document = std::make_unique<QTextDocument>();
    for (const auto& [name, image] : images_)
        document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    document->setHtml(html_);
    document->setTextWidth(pageWidth);
    return document;
}
