#include "ui/charts/ChartExporter.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QFile>
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

bool ChartExporter::toPng(const ChartBuilder& builder, const QString& path, QSize pixelSize, int dpi, QString* error,
                          const QString& stamp)
{
    if (!writable(path, error))
        return false;
    if (toImage(builder, pixelSize, dpi, stamp).save(path, "PNG"))
        return true;
    if (error)
        *error = ChartExporter::tr("Could not save the PNG file %1.").arg(path);
    return false;
}

bool ChartExporter::toSvg(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                          const QString& stamp)
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
    render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)), stamp);
    return painter.end();
}

bool ChartExporter::toPdf(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                          const QString& stamp)
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
    render(builder, painter, QSizeF(logicalSize), QRectF(QPointF(0, 0), QSizeF(logicalSize)), stamp);
    return painter.end();
}

bool ChartExporter::toFile(const ChartBuilder& builder, const ChartFile& file, QString* error, const QString& stamp)
{
    const QSize logical = file.pixels * qRound(screenDpi) / file.dpi;
    switch (file.format) {
    case ChartFile::Format::Png: return toPng(builder, file.path, file.pixels, file.dpi, error, stamp);
    case ChartFile::Format::Svg: return toSvg(builder, file.path, logical, error, stamp);
    case ChartFile::Format::Pdf: return toPdf(builder, file.path, logical, error, stamp);
    }
    return false;
}
