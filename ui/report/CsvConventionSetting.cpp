#include "ui/report/CsvConventionSetting.h"

#include "ui/models/IndicatorText.h"

#include <QComboBox>
#include <QSettings>

namespace {

const QString key = QStringLiteral("export/csv");

} // namespace

km::CsvConvention CsvConventionSetting::stored()
{
    const auto named = km::CsvDialect::conventionNamed(QSettings().value(key).toString().toStdString());
    if (named)
        return *named;
    return IndicatorText::language() == km::Language::Dutch ? km::CsvConvention::SemicolonDecimalComma
                                                            : km::CsvConvention::CommaDecimalPoint;
}

void CsvConventionSetting::store(km::CsvConvention convention)
{
    QSettings().setValue(key, QString::fromLatin1(km::CsvDialect::name(convention).data()));
}

km::CsvDialect CsvConventionSetting::clipboard()
{
    km::CsvDialect dialect = km::CsvDialect::spreadsheet(stored());
    dialect.delimiter = '\t';
    dialect.lineEnd = "\n";
    dialect.byteOrderMark = false;
    return dialect;
}

QComboBox* CsvConventionSetting::makeChooser(QWidget* parent)
{
    auto* chooser = new QComboBox(parent);
    chooser->addItem(tr("Semicolon and decimal comma (Excel in Dutch)"),
                     static_cast<int>(km::CsvConvention::SemicolonDecimalComma));
    chooser->addItem(tr("Comma and decimal point"), static_cast<int>(km::CsvConvention::CommaDecimalPoint));
    chooser->setCurrentIndex(chooser->findData(static_cast<int>(stored())));
    return chooser;
}

km::CsvConvention CsvConventionSetting::chosen(const QComboBox* chooser)
{
    return static_cast<km::CsvConvention>(chooser->currentData().toInt());
}
