#pragma once

#include "core/codebook/IndicatorLabels.h"

#include <QString>
#include <QVariant>

#include <optional>

/**
 * The core's indicator labels (core/codebook/IndicatorLabels) in the program's current
 * language, which main() makes the default QLocale, plus the number formats every table and
 * chart uses so a figure reads the same everywhere.
 */
class IndicatorText
{
public:
    static km::Language language();
    static QString label(const std::string& id);
    static QString groupLabel(const std::string& group);
    static QString unitLabel(const std::string& unit);

    /** "61,6%" / "61.6%"; "–" when absent. */
    static QString percent(const std::optional<double>& value, int decimals = 1);
    /** A plain number in the current locale; "–" when absent. */
    static QString number(const std::optional<double>& value, int decimals = 1);
    /** Table alignment: the label column (0) left, figures right. */
    static QVariant alignment(int column);
};
