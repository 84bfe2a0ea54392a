#include "ui/LastFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const char* const folderKey = "lastFolder";

} // namespace

QString LastFolder::get()
{
    const QString folder = QSettings().value(folderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void LastFolder::remember(const QString& path)
{
    const QFileInfo info(path);
    QSettings().setValue(folderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}
