#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

/**
 * The program's preferences: language (system default, Nederlands, English) and whether to
 * reopen the last study at start instead of the demo study. Saves to QSettings on OK.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /** The chosen language setting: "nl", "en" or empty (system default). */
    QString language() const;
    bool reopenLastStudy() const;

    void accept() override;

    /** The stored "reopen last study" preference. */
    static bool reopenLastStudySetting();

private:
    QComboBox* language_;
    QCheckBox* reopenLast_;
};
