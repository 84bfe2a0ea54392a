#pragma once

#include "core/disclosure/Publication.h"

#include <string>

namespace km {

/**
 * What a report or export published, as plain text for the study's audit log, so that a reviewer
 * can later set two outputs side by side (two windows, all regions against one) and see whether
 * their difference tells a small count, which no single output can prevent
 * (docs/disclosure.md, "What the program cannot prevent"). One line per selection with its
 * published case count, one per published row with its texts exactly as printed, and one per
 * audited hidden count with the interval a reader is left with.
 */
class PublicationRecord
{
public:
    static std::string text(const Publication& publication);
};

} // namespace km
