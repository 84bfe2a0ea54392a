#pragma once

#include "core/disclosure/SmallCellPolicy.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

/**
 * How the desktop program marks a figure that reports and exports would suppress: the
 * researcher still sees their own numbers, but knows which ones must not leave the room. The
 * threshold is the one the export dialog uses, kept in the program's settings.
 */
class SmallCellMark
{
    Q_DECLARE_TR_FUNCTIONS(SmallCellMark)

public:
    /** The policy the exports use now (the stored threshold, default 5). */
    static km::SmallCellPolicy storedPolicy();
    static void storeMinCell(int minCell);

    /** The marker after a marked row's label and in its chart label. */
    static QString symbol();
    /** The light background of a marked table row. */
    static QColor background();
    /** The tooltip of a marked cell: "fewer than N, suppressed in exports". */
    static QString tooltip(const km::SmallCellPolicy& policy);
    /** The one-line legend under a group with marked rows. */
    static QString legend(const km::SmallCellPolicy& policy);
};
