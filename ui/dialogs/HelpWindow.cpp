#include "ui/dialogs/HelpWindow.h"

#include "ui/models/IndicatorText.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), browser_(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("HelpWindow"));
    setWindowTitle(tr("Ketenmonitor manual"));
    browser_->setOpenExternalLinks(true);
    browser_->setSource(manualUrl());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(browser_);
    resize(640, 600);
}

HelpWindow* HelpWindow::showFor(QWidget* parent)
{
    auto* window = parent->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new HelpWindow(parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QUrl HelpWindow::manualUrl()
{
    return QUrl(IndicatorText::language() == km::Language::Dutch ? QStringLiteral("qrc:/help/handleiding.html")
                                                                 : QStringLiteral("qrc:/help/manual.html"));
}
