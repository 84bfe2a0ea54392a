#pragma once

#include <QSize>
#include <QString>

/**
 * A chart file to write, as the export dialog asks for it: format, path, size in pixels and
 * the resolution text is sized for (SVG and PDF get the layout a PNG of that size would have).
 */
struct ChartFile
{
    enum class Format { Png, Svg, Pdf };

    Format format = Format::Png;
    QString path;
    QSize pixels;
    int dpi = 96;
};
