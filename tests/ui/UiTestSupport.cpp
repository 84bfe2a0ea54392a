#include "UiTestSupport.h"

#include "ui/views/DashboardView.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>

#include <cstdlib>

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

int pixelsNear(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 24;
        }
    return n;
}

QByteArray readHead(const QString& path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

} // namespace uitest
