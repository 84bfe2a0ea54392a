#include "core/db/LoginName.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

namespace km {

std::string LoginName::current()
{
    // getpwuid_r: the desktop program opens studies while worker threads may look up too.
    const long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? static_cast<std::size_t>(suggested) : 16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return found->pw_name;
    // No passwd entry (a container started with an arbitrary uid): the login shell's name.
    const char* user = std::getenv("USER");
    return user ? user : "";
}

} // namespace km
