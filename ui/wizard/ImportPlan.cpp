#include "ui/wizard/ImportPlan.h"

QString ImportPlan::path(km::TableKind table) const
{
    const auto it = paths_.find(table);
    return it == paths_.end() ? QString() : it->second;
}

void ImportPlan::setPath(km::TableKind table, const QString& path)
{
    if (path.trimmed().isEmpty())
        paths_.erase(table);
    else
        paths_[table] = path.trimmed();
}

std::vector<km::TableKind> ImportPlan::tables() const
{
    std::vector<km::TableKind> result;
    for (km::TableKind table : km::Codebook::tables())
        if (paths_.count(table))
            result.push_back(table);
    return result;
}

const ImportPlan::Mapping& ImportPlan::mapping(km::TableKind table) const
{
    static const Mapping none;
    const auto it = mappings_.find(table);
    return it == mappings_.end() ? none : it->second;
}

void ImportPlan::setMapping(km::TableKind table, Mapping mapping)
{
    mappings_[table] = std::move(mapping);
}

const ImportPlan::Recoding& ImportPlan::recoding(km::TableKind table) const
{
    static const Recoding none;
    const auto it = recodings_.find(table);
    return it == recodings_.end() ? none : it->second;
}

void ImportPlan::setRecoding(km::TableKind table, Recoding recoding)
{
    recodings_[table] = std::move(recoding);
}

std::vector<km::ImportSource> ImportPlan::sources() const
{
    std::vector<km::ImportSource> result;
    for (km::TableKind table : tables()) {
        km::ImportSource source{table, path(table).toStdString(), {}, mapping(table), recoding(table)};
        result.push_back(std::move(source));
    }
    return result;
}
