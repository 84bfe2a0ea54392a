#pragma once

#include <QStringList>

/**
 * The studies opened most recently (at most eight, newest first), kept in QSettings so the
 * File menu can offer them again; files that no longer exist are left out.
 */
class RecentStudies
{
public:
    static constexpr int maximum = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};
