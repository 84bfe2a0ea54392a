#include "ui/charts/ChartExporter.h"

#include "ui/charts/ChartBuilder.h"

#include <QChart>
#include <QCoreApplication>
#include <QFile>
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

bool writable(const QString& path, QString* error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = ChartExporter::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
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

bool ChartExporter::toPng(const ChartBuilder& builder, const QString& path, QSize pixelSize, int dpi, QString* error)
{
    if (!writable(path, error))
        return false;
    if (toImage(builder, pixelSize, dpi).save(path, "PNG"))
        return true;
    if (error)
        *error = ChartExporter::tr("Could not save the PNG file %1.").arg(path);
    return false;
}

bool ChartExporter::toSvg(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error)
{
    if (!writable(path, error))
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    generator.setResolution(qRound(screenDpi));
    generator.setTitle(QStringLiteral("Ketenmonitor"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = ChartExporter::tr("Could not write the SVG file %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    return painter.end();
}

bool ChartExporter::toPdf(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error)
{
    if (!writable(path, error))
        return false;
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Ketenmonitor"));
    writer.setResolution(qRound(screenDpi));
    const QSizeF points = QSizeF(logicalSize) * 72.0 / screenDpi;
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ChartExporter::tr("Could not write the PDF file %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    return painter.end();
}
