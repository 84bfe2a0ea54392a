#include "ui/RecentStudies.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const char* const key = "recentStudies";

void store(const QStringList& paths)
{
    QSettings().setValue(key, paths);
}

} // namespace

QStringList RecentStudies::list()
{
    QStringList existing;
    for (const QString& path : QSettings().value(key).toStringList())
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    return existing.mid(0, maximum);
}

void RecentStudies::add(const QString& path)
{
    QStringList paths = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, maximum));
}

void RecentStudies::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentStudies::clear()
{
    store({});
}
