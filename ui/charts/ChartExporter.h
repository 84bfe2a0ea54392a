#pragma once

#include "ui/charts/ChartFile.h"

#include "core/output/OutputRules.h"

#include <QByteArray>
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
    /** The chart as the bytes of a PNG, SVG or one-page PDF file (below); empty if it cannot be drawn. */
    static QByteArray pngBytes(const ChartBuilder& builder, QSize pixelSize, int dpi, const QString& stamp = {});
    static QByteArray svgBytes(const ChartBuilder& builder, QSize logicalSize, const QString& stamp = {});
    static QByteArray pdfBytes(const ChartBuilder& builder, QSize logicalSize, const QString& stamp = {});
    /** `file`'s bytes in its format; SVG and PDF get the layout of a PNG of file.pixels at file.dpi. */
    static QByteArray bytes(const ChartBuilder& builder, const ChartFile& file, const QString& stamp = {});

    /** Each written complete or not at all (OutputSaver); an existing file is replaced only when it is no study. */
    static bool toPng(const ChartBuilder& builder, const QString& path, QSize pixelSize, int dpi, QString* error,
                      const QString& stamp = {});
    /** An SVG of logicalSize pixels. */
    static bool toSvg(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                      const QString& stamp = {});
    /** A one-page PDF whose page is the chart (logicalSize at 96 dpi), fonts embedded. */
    static bool toPdf(const ChartBuilder& builder, const QString& path, QSize logicalSize, QString* error,
                      const QString& stamp = {});
    /** `file` in its format (bytes()). */
    static bool toFile(const ChartBuilder& builder, const ChartFile& file, QString* error, const QString& stamp = {},
                       const km::OutputRules& rules = {});

private:
    static bool save(const QString& path, const QByteArray& bytes, const char* format, QString* error,
                     const km::OutputRules& rules = {});
};
