#include "UiTestSupport.h"

#include "ui/views/DashboardView.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>

namespace uitest {

bool waitForDashboard(DashboardView& view, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (view.isComputing()) {
        QSignalSpy ready(&view, &DashboardView::indicatorsReady);
        const int left = static_cast<int>(deadline.remainingTime());
        if (left <= 0 || !ready.wait(left))
            return !view.isComputing();
    }
    return true;
}

QByteArray readHead(const QString& path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

} // namespace uitest
