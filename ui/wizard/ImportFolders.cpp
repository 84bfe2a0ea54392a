#include "ui/wizard/ImportFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

QString key(ImportFolders::Kind kind)
{
    return kind == ImportFolders::Kind::DataFiles ? QStringLiteral("import/dataFolder") : QStringLiteral("import/mappingFolder");
}

} // namespace

QString ImportFolders::last(Kind kind)
{
    const QString folder = QSettings().value(key(kind)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void ImportFolders::remember(Kind kind, const QString& file)
{
    QSettings().setValue(key(kind), QFileInfo(file).absolutePath());
}
