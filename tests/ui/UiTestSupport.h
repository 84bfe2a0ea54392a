#pragma once

#include <QString>

class DashboardView;

namespace uitest {

/** Waits (running the event loop) until the dashboard shows the figures of its latest request. */
bool waitForDashboard(DashboardView& view, int timeoutMs = 60000);

/** A file's first bytes. */
QByteArray readHead(const QString& path, int bytes);

} // namespace uitest
