#include "core/import/Importer.h"

#include "core/import/ImportSession.h"

namespace km {

Importer::Importer(Study& study)
    : study_(study)
{
}

ImportResult Importer::run(const std::vector<ImportSource>& sources, const ImportOptions& options)
{
    return ImportSession(study_, options).run(sources);
}

} // namespace km
