#pragma once

#include <string>

namespace km {

/**
 * Who is working with a study, for its audit trail: the operating system's login name of the
 * effective user, never a name typed into the program (which anyone could type).
 */
class LoginName
{
public:
    /** The passwd entry's name of geteuid(), else $USER, else empty. */
    static std::string current();
};

} // namespace km
