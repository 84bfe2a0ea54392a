#pragma once

#include <QString>

#include <functional>

class MainWindow;
class QLabel;
class QMenu;
class QWidget;

namespace uitest {

/** Waits (running the event loop) until the window's current view has shown its figures. */
bool waitForCurrentView(MainWindow& window, int timeoutMs = 60000);

/** Clicks tab `index` of the window's tab bar where it is drawn, and waits for the view. */
void clickTab(MainWindow& window, int index);

/**
 * Opens the menu titled `menu` (without "&") by clicking the menu bar, then clicks its entry
 * `entry` (also without "&"). `whileOpen` runs once a modal dialog opened by the entry is up
 * (it must close it); it is not called if none opens.
 */
void clickMenu(MainWindow& window, const QString& menu, const QString& entry,
               const std::function<void(QWidget* modal)>& whileOpen = {});

/** Runs `handle` with the next modal widget that opens (polled from the event loop). */
void whenModalOpens(const std::function<void(QWidget* modal)>& handle);

/** The text a label shows as the user reads it: rich text rendered to plain, plain as it is. */
QString shownText(const QLabel& label);
/** The same for a tooltip or other text whose format Qt guesses (Qt::mightBeRichText). */
QString shownText(const QString& autoText);

} // namespace uitest
