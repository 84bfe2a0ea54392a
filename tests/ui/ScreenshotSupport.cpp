#include "ScreenshotSupport.h"

#include <QWidget>

namespace uitest {

QImage grabAndKeep(QWidget& widget, const QString& name)
{
    const QImage image = widget.grab().toImage();
    if (const QString dir = qEnvironmentVariable("KM_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

} // namespace uitest
