#include "core/output/OutputError.h"

#include <cerrno>
#include <cstring>

namespace km {

namespace {

std::string reasonFor(int value)
{
    switch (value) {
    case ENOSPC:
    case EDQUOT: return "schijf vol";
    case EFBIG: return "bestand te groot (limiet op de bestandsgrootte bereikt)";
    case EACCES:
    case EPERM: return "geen schrijfrechten";
    case EROFS: return "alleen-lezen bestandssysteem";
    case ENOENT: return "de map bestaat niet";
    case ENOTDIR: return "een deel van het pad is geen map";
    case EIO: return "invoer/uitvoerfout van de schijf";
    default: return std::strerror(value);
    }
}

} // namespace

std::string OutputError::message() const
{
    return "Schrijven van " + path + (kind == Kind::Refused ? " geweigerd: " : " mislukt: ") + reason;
}

OutputError OutputError::failed(const std::string& path, int errnoValue)
{
    return {Kind::Failed, path, reasonFor(errnoValue)};
}

} // namespace km
