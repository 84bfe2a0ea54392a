#include "WindowDriver.h"

#include "ui/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

namespace uitest {

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QAction* actionNamed(const QList<QAction*>& actions, const QString& text)
{
    for (QAction* action : actions)
        if (withoutMnemonic(action->text()) == text)
            return action;
    return nullptr;
}

} // namespace

bool waitForCurrentView(MainWindow& window, int timeoutMs)
{
    const bool idle = QTest::qWaitFor([&] { return !window.isComputing(window.currentView()); }, timeoutMs);
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return idle;
}

void clickTab(MainWindow& window, int index)
{
    auto* bar = window.findChild<QTabWidget*>()->tabBar();
    REQUIRE(bar->isVisible());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(bar->currentIndex() == index);
    REQUIRE(waitForCurrentView(window));
}

void whenModalOpens(const std::function<void(QWidget* modal)>& handle)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, handle] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        handle(modal);
    });
    poll->start();
}

void clickMenu(MainWindow& window, const QString& menu, const QString& entry,
               const std::function<void(QWidget* modal)>& whileOpen)
{
    QMenuBar* bar = window.menuBar();
    QAction* menuAction = actionNamed(bar->actions(), menu);
    REQUIRE(menuAction);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
    QMenu* popup = menuAction->menu();
    REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }, 5000));
    QAction* item = actionNamed(popup->actions(), entry);
    REQUIRE(item);
    REQUIRE(item->isVisible());
    REQUIRE(item->isEnabled());
    if (whileOpen)
        whenModalOpens(whileOpen);
    QTest::mouseClick(popup, Qt::LeftButton, {}, popup->actionGeometry(item).center());
}

QString shownText(const QLabel& label)
{
    const bool rich = label.textFormat() == Qt::RichText
        || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(label.text()));
    if (!rich)
        return label.text();
    QTextDocument document;
    document.setHtml(label.text());
    return document.toPlainText();
}

QString shownText(const QString& autoText)
{
    if (!Qt::mightBeRichText(autoText))
        return autoText;
    QTextDocument document;
    document.setHtml(autoText);
    return document.toPlainText();
}

} // namespace uitest
