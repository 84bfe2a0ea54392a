#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace uitest {

/**
 * The widget as an image; with KM_SCREENSHOT_DIR=/some/dir set, also saved there as NAME.png,
 * so a person can look at what the tests rendered.
 */
QImage grabAndKeep(QWidget& widget, const QString& name);

} // namespace uitest
