#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/Importer.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

/**
 * What the import wizard's pages decide together: which file holds which codebook table, how
 * headers that do not match the codebook map onto its fields, and which of the file's values
 * are recoded to codebook codes. Turns into the core's ImportSources at the end.
 */
class ImportPlan
{
public:
    using Mapping = std::map<std::string, std::string>;   // header -> codebook field
    using Recoding = std::map<std::string, std::map<std::string, std::string>>;   // field -> value -> code

    QString path(km::TableKind table) const;
    void setPath(km::TableKind table, const QString& path);
    /** The tables that have a file, in codebook order. */
    std::vector<km::TableKind> tables() const;

    const Mapping& mapping(km::TableKind table) const;
    void setMapping(km::TableKind table, Mapping mapping);

    const Recoding& recoding(km::TableKind table) const;
    void setRecoding(km::TableKind table, Recoding recoding);

    std::vector<km::ImportSource> sources() const;

private:
    std::map<km::TableKind, QString> paths_;
    std::map<km::TableKind, Mapping> mappings_;
    std::map<km::TableKind, Recoding> recodings_;
};
