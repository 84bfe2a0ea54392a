#pragma once

#include "core/csv/CsvDialect.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;

/**
 * The spreadsheet convention of the desktop's CSV exports (tables, "all figures"), kept in the
 * settings (export/csv): ';' with a decimal comma for Excel on a Dutch machine, the default
 * with a Dutch user interface, or ',' with a decimal point.
 */
class CsvConventionSetting
{
    Q_DECLARE_TR_FUNCTIONS(CsvConventionSetting)

public:
    static km::CsvConvention stored();
    static void store(km::CsvConvention convention);
    /** A table on the clipboard: tab-separated as a spreadsheet pastes it, the stored decimal mark. */
    static km::CsvDialect clipboard();

    /** A combo box with both conventions, the stored one chosen. */
    static QComboBox* makeChooser(QWidget* parent = nullptr);
    /** The convention a chooser made by makeChooser() shows. */
    static km::CsvConvention chosen(const QComboBox* chooser);
};
