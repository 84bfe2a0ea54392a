#include "ui/charts/ChartExporter.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/OutputSaver.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace {

constexpr double screenDpi = 96.0;

// Builds the chart in its own scene at `logical` size and paints it into `target`.
void render(const ChartBuilder& builder, QPainter& painter, QSizeF logical, const QRectF& target)
{
    QGraphicsScene scene;
    QChart* chart = builder.build();
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    scene.render(&painter, target, QRectF(QPointF(0, 0), logical), Qt::IgnoreAspectRatio);
}

} // namespace

QImage ChartExporter::toImage(const ChartBuilder& builder, QSize pixelSize, int dpi)
{
    const double scale = dpi / screenDpi;
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    render(builder, painter, QSizeF(pixelSize) / scale, QRectF(QPointF(0, 0), QSizeF(pixelSize)));
    painter.end();
    // Set only after painting: while painting, point sizes must resolve at screen DPI, or text
    // would be enlarged twice (once by the DPI, once by the scale above).
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray ChartExporter::pngBytes(const ChartBuilder& builder, QSize pixelSize, int dpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(builder, pixelSize, dpi).save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray ChartExporter::svgBytes(const ChartBuilder& builder, QSize logicalSize)
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
    render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    if (!painter.end())
        return {};
    return bytes;
}

QByteArray ChartExporter::pdfBytes(const ChartBuilder& builder, QSize logicalSize)
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
        render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)));
        if (!painter.end())
            return {};
    }
    return bytes;
}

bool ChartExporter::save(const QString& path, const QByteArray& bytes, const char* format, QString* error)
{
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("Could not draw the %1 file %2.").arg(QLatin1String(format), path);
        return false;
    }
    return OutputSaver::save(path, bytes, error);
}

bool ChartExporter::toPng(const ChartBuilder& builder, const QString& path, QSize pixelSize, int dpi, QString* error)
{
    return save(path, pngBytes(builder, pixelSize, dpi), "PNG", error);
}

bool ChartExporter::toSvg(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error)
{
    return save(path, svgBytes(builder, logicalSize), "SVG", error);
}

bool ChartExporter::toPdf(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error)
{
    return save(path, pdfBytes(builder, logicalSize), "PDF", error);
}
