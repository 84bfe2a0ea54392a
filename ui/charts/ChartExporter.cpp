#include "ui/charts/ChartExporter.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartStyle.h"
#include "ui/OutputSaver.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace {

constexpr double screenDpi = 96.0;

// Builds the chart in its own scene at `logical` size and paints it into `target`, with the
// stamp (if any) in its top right corner, as text, so an SVG or PDF carries it as words.
void render(const ChartBuilder& builder, QPainter& painter, QSizeF logical, const QRectF& target, const QString& stamp)
{
    QGraphicsScene scene;
    QChart* chart = builder.build();
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    if (!stamp.isEmpty()) {
        QFont font = ChartStyle::labelFont();
        font.setBold(true);
        auto* text = scene.addSimpleText(stamp, font);
        text->setBrush(QColor(0xB0, 0x00, 0x20));
        text->setPos(logical.width() - text->boundingRect().width() - 8, 4);
    }
    scene.render(&painter, target, QRectF(QPointF(0, 0), logical), Qt::IgnoreAspectRatio);
}

} // namespace

QImage ChartExporter::toImage(const ChartBuilder& builder, QSize pixelSize, int dpi, const QString& stamp)
{
    const double scale = dpi / screenDpi;
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    render(builder, painter, QSizeF(pixelSize) / scale, QRectF(QPointF(0, 0), QSizeF(pixelSize)), stamp);
    painter.end();
    // Set only after painting: while painting, point sizes must resolve at screen DPI, or text
    // would be enlarged twice (once by the DPI, once by the scale above).
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray ChartExporter::pngBytes(const ChartBuilder& builder, QSize pixelSize, int dpi, const QString& stamp)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(builder, pixelSize, dpi, stamp).save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray ChartExporter::svgBytes(const ChartBuilder& builder, QSize logicalSize, const QString& stamp)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    generator.setResolution(qRound(screenDpi));
    generator.setTitle(QStringLiteral("Ketenmonitor"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.setRenderHint(QPainter::Antialiasing);
    render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)), stamp);
    if (!painter.end())
        return {};
    return bytes;
}

QByteArray ChartExporter::pdfBytes(const ChartBuilder& builder, QSize logicalSize, const QString& stamp)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Ketenmonitor"));
        writer.setResolution(qRound(screenDpi));
        const QSizeF points = QSizeF(logicalSize) * 72.0 / screenDpi;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        painter.setRenderHint(QPainter::Antialiasing);
        render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)), stamp);
        if (!painter.end())
            return {};
    }
    return bytes;
}

QByteArray ChartExporter::bytes(const ChartBuilder& builder, const ChartFile& file, const QString& stamp)
{
    const QSize logical = file.pixels * qRound(screenDpi) / file.dpi;
    switch (file.format) {
    case ChartFile::Format::Png: return pngBytes(builder, file.pixels, file.dpi, stamp);
    case ChartFile::Format::Svg: return svgBytes(builder, logical, stamp);
    case ChartFile::Format::Pdf: return pdfBytes(builder, logical, stamp);
    }
    return {};
}

bool ChartExporter::save(const QString& path, const QByteArray& bytes, const char* format, QString* error,
                         const km::OutputRules& rules)
{
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("Could not draw the %1 file %2.").arg(QLatin1String(format), path);
        return false;
    }
    return OutputSaver::save(path, bytes, error, rules);
}

bool ChartExporter::toPng(const ChartBuilder& builder, const QString& path, QSize pixelSize, int dpi, QString* error,
                          const QString& stamp)
{
    return save(path, pngBytes(builder, pixelSize, dpi, stamp), "PNG", error);
}

bool ChartExporter::toSvg(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                          const QString& stamp)
{
    return save(path, svgBytes(builder, logicalSize, stamp), "SVG", error);
}

bool ChartExporter::toPdf(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                          const QString& stamp)
{
    return save(path, pdfBytes(builder, logicalSize, stamp), "PDF", error);
}

bool ChartExporter::toFile(const ChartBuilder& builder, const ChartFile& file, QString* error, const QString& stamp,
                           const km::OutputRules& rules)
{
    static const char* const names[] = {"PNG", "SVG", "PDF"};
    return save(file.path, bytes(builder, file, stamp), names[static_cast<int>(file.format)], error, rules);
}
