#include "ui/wizard/ColumnMappingStore.h"

#include "core/util/ValueParser.h"

#include <QSettings>

QString ColumnMappingStore::keyPart(const std::string& text)
{
    const QString name = QString::fromStdString(km::ValueParser::lower(km::ValueParser::trim(text)));
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QString ColumnMappingStore::key(km::TableKind table, const std::string& header)
{
    return QStringLiteral("importMapping/%1/%2").arg(QString::fromStdString(km::Codebook::table(table).name), keyPart(header));
}

std::optional<std::string> ColumnMappingStore::field(km::TableKind table, const std::string& header)
{
    const QString value = QSettings().value(key(table, header)).toString();
    if (value.isEmpty())
        return std::nullopt;
    return value.toStdString();
}

void ColumnMappingStore::remember(km::TableKind table, const std::string& header, const std::string& field)
{
    QSettings settings;
    if (field.empty())
        settings.remove(key(table, header));
    else
        settings.setValue(key(table, header), QString::fromStdString(field));
}

std::map<std::string, std::string> ColumnMappingStore::forHeader(km::TableKind table, const std::vector<std::string>& header)
{
    std::map<std::string, std::string> mapping;
    const km::TableSpec& spec = km::Codebook::table(table);
    for (const std::string& name : header) {
        if (spec.fieldIndex(name))
            continue;
        if (const auto remembered = field(table, name); remembered && spec.fieldIndex(*remembered))
            mapping[name] = *remembered;
    }
    return mapping;
}
