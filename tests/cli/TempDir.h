#pragma once

#include <string>

namespace km::test {

/** A fresh temporary directory, removed with everything in it when the object goes. */
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    /** Writes `text` to a file in the directory and returns its path. */
    std::string write(const std::string& name, const std::string& text) const;

private:
    std::string path_;
};

/** The whole content of a file, or "" when it cannot be read. */
std::string readFile(const std::string& path);

} // namespace km::test
