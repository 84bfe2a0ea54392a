#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;
class StudySession;

/**
 * File > Delete cohort…: picks one cohort of the open study and, after a confirmation that
 * names it and its number of cases, deletes it with Study::deleteCohort, the function the
 * command line's delete-cohort uses, so the deletion is overwritten in the file and recorded
 * in the audit log the same way. The views reload through the session.
 */
class DeleteCohortDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteCohortDialog(StudySession* session, QWidget* parent = nullptr);

    /** Shows the dialog (modal), or says why nothing can be deleted. */
    static void ask(StudySession* session, QWidget* parent);

    QComboBox* cohorts() const { return cohorts_; }
    QPushButton* deleteButton() const { return delete_; }

private:
    void confirmAndDelete();

    StudySession* session_;
    QComboBox* cohorts_;
    QPushButton* delete_;
};
