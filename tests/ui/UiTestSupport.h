#pragma once

#include <QColor>
#include <QImage>
#include <QString>

class DashboardView;

namespace uitest {

/** Waits (running the event loop) until the dashboard shows the figures of its latest request. */
bool waitForDashboard(DashboardView& view, int timeoutMs = 60000);

/** How many pixels of the image are within a small distance of `colour` (antialiased edges count). */
int pixelsNear(const QImage& image, const QColor& colour);

/** A file's first bytes. */
QByteArray readHead(const QString& path, int bytes);

} // namespace uitest
