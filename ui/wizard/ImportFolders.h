#pragma once

#include <QString>

/**
 * The folders the wizard's file choosers open in: where the user last took a data file or a
 * mapping file from, kept across sessions (QSettings), apart from the folder of the studies
 * (MainWindow), since exports from a registration system rarely sit beside the study.
 */
class ImportFolders
{
public:
    enum class Kind { DataFiles, MappingFiles };

    /** The folder to start in: the last one remembered, else the home folder. */
    static QString last(Kind kind);
    /** Remembers the folder of `file` (a path to a file) for the next chooser of `kind`. */
    static void remember(Kind kind, const QString& file);
};
