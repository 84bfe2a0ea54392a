#pragma once

#include <QString>

/**
 * The folder a file chooser outside the import wizard starts in: the one the user last chose
 * a study, report or export in (QSettings), else the home folder.
 */
class LastFolder
{
public:
    static QString get();
    /** Remembers the folder of `path` (a file), or `path` itself when it is a folder. */
    static void remember(const QString& path);
};
