#include "ui/report/ReportWriter.h"

#include "ui/OutputSaver.h"
#include "ui/report/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace {

QString suffixOf(const QString& path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool ReportWriter::isSupported(const QString& path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt") || suffix == QLatin1String("html")
        || suffix == QLatin1String("htm");
}

bool ReportWriter::write(const ReportDocument& report, const QString& path, QString* error, const km::OutputRules& rules)
{
    const QString suffix = suffixOf(path);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool rendered = false;
    if (suffix == QLatin1String("pdf")) {
        rendered = writePdf(report, buffer);
    } else if (suffix == QLatin1String("odt")) {
        const auto document = report.document();
        rendered = QTextDocumentWriter(&buffer, "odf").write(document.get());
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        rendered = buffer.write(report.standaloneHtml().toUtf8()) >= 0;
    } else {
        *error = tr("Unknown report format: use .pdf, .odt or .html.");
        return false;
    }
    buffer.close();
    if (!rendered || bytes.isEmpty()) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());   // "--out out/rapport.pdf" in a fresh checkout
    return OutputSaver::save(path, bytes, error, rules);
}

bool ReportWriter::writePdf(const ReportDocument& report, QIODevice& device)
{
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Ketenmonitor"));
    writer.setTitle(QStringLiteral("Ketenmonitor"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 20), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const auto document = report.document();
    const QRectF paint(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const double scale = paint.width() / document->textWidth();
    const double footer = 24;   // document units kept free at the bottom of each page
    const QSizeF page(document->textWidth(), paint.height() / scale - footer);
    document->setPageSize(page);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7);
    const int pages = document->pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -p * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, p * page.height()), page);
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        // The footer in device units: fonts in points resolve at the writer's own resolution.
        painter.setFont(footerFont);
        const QRectF band(0, (page.height() + 6) * scale, paint.width(), (footer - 6) * scale);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Ketenmonitor"));
        painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(p + 1).arg(pages));
        if (!report.stamp().isEmpty()) {
            QFont bold = footerFont;
            bold.setBold(true);
            bold.setPointSizeF(9);
            painter.setFont(bold);
            painter.setPen(QColor(0xB0, 0x00, 0x20));
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, report.stamp());
        }
    }
    return painter.end();
}
