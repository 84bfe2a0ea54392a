#pragma once

#include <QWidget>

class QTextBrowser;

/**
 * Help > Manual (F1): the short user guide in the program's language (resources/help,
 * compiled into the program), in a window of its own so it can stay open beside the views.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    /** Shows the parent's help window, creating it the first time, and brings it to the front. */
    static HelpWindow* showFor(QWidget* parent);

    QTextBrowser* browser() const { return browser_; }
    /** The guide's resource for the current language, "qrc:/help/handleiding.html" in Dutch. */
    static QUrl manualUrl();

private:
    QTextBrowser* browser_;
};
