#pragma once

#include "core/indicators/Selection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class StudySession;
struct ReportData;

/**
 * File > Export report… and File > Export all figures…: the dashboard's selection as shown
 * (ticked cohorts pooled; a comparison comes from the Compare tab), the target (a report file in
 * PDF/ODT/HTML, or a folder for the figures and the CSV convention of its tables), and the
 * small-number threshold, with unprotected ("intern") output as an explicit tick. The report
 * can be previewed before it is written.
 */
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Report, Figures };

    ReportExportDialog(Mode mode, StudySession* session, km::Selection selection, QWidget* parent = nullptr);

    void accept() override;

private:
    ReportData collect() const;
    void browse();
    void preview();

    Mode mode_;
    StudySession* session_;
    km::Selection selection_;
    QComboBox* format_ = nullptr;
    QComboBox* csv_ = nullptr;
    QLineEdit* path_;
    QSpinBox* minCell_;
    QCheckBox* rounding_;
    QCheckBox* internal_;
};
