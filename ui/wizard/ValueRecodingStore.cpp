#include "ui/wizard/ValueRecodingStore.h"

#include "ui/wizard/ColumnMappingStore.h"

#include <QSettings>

QString ValueRecodingStore::key(km::TableKind table, const std::string& field, const std::string& value)
{
    return QStringLiteral("importRecoding/%1/%2/%3")
        .arg(QString::fromStdString(km::Codebook::table(table).name), QString::fromStdString(field),
             ColumnMappingStore::keyPart(value));
}

std::optional<std::string> ValueRecodingStore::code(km::TableKind table, const std::string& field, const std::string& value)
{
    const QSettings settings;
    const QString name = key(table, field, value);
    if (!settings.contains(name))
        return std::nullopt;
    return settings.value(name).toString().toStdString();
}

void ValueRecodingStore::remember(km::TableKind table, const std::string& field, const std::string& value,
                                  const std::optional<std::string>& code)
{
    QSettings settings;
    if (code)
        settings.setValue(key(table, field, value), QString::fromStdString(*code));
    else
        settings.remove(key(table, field, value));
}
