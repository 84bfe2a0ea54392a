#pragma once

#include <QString>

class QWidget;

/**
 * Message boxes whose text is shown as plain text. QMessageBox guesses rich text from the
 * first line, so an error naming a file or cohort such as "<b>x</b>" would be rendered as
 * HTML (and an <img> would load a local file); these never interpret the text.
 */
class PlainMessage
{
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    /** Yes/No with No as the default; true when the user chose Yes. */
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText);
};
