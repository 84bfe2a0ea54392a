#pragma once

#include <QLabel>

/**
 * The explanation at the top of a wizard page, in the page itself: QWizard's header keeps the
 * height of two lines of subtitle, so a longer subtitle is cut off in a narrow window or a
 * longer translation, while a label in the page's layout wraps and takes the lines it needs.
 */
class PageIntro : public QLabel
{
    Q_OBJECT

public:
    PageIntro(const QString& text, QWidget* parent);
};
