#pragma once

#include "ui/charts/ChartFile.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class ChartBuilder;

/**
 * Renders a chart for paper or another program: the builder makes a fresh chart that is laid
 * out at the export size (in 96-dpi logical pixels), so fonts and whiskers keep their
 * proportions whatever the output size. PNG scales the whole picture by dpi/96. A stamp
 * ("INTERN" for unprotected figures) is drawn in the top right corner. These are the renderers;
 * a figure leaves the program only through RecordedExport, which uses them.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    /** An image of pixelSize pixels; text is sized for `dpi` (96 = screen size). */
    static QImage toImage(const ChartBuilder& builder, QSize pixelSize, int dpi, const QString& stamp = {});
    static bool toPng(const ChartBuilder& builder, const QString& path, QSize pixelSize, int dpi, QString* error,
                      const QString& stamp = {});
    /** An SVG of logicalSize pixels. */
    static bool toSvg(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                      const QString& stamp = {});
    /** A one-page PDF whose page is the chart (logicalSize at 96 dpi), fonts embedded. */
    static bool toPdf(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                      const QString& stamp = {});
    /** `file` in its format; SVG and PDF get the layout of a PNG of file.pixels at file.dpi. */
    static bool toFile(const ChartBuilder& builder, const ChartFile& file, QString* error, const QString& stamp = {});
};
