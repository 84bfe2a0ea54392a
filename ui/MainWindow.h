#pragma once

#include "ui/report/ReportExportDialog.h"

#include <QMainWindow>

class StudySession;
class DashboardView;
class CasesView;
class CompareView;
class SurvivalView;
class QMenu;
class QTabWidget;

/**
 * The main window: the four views as tabs and the File menu (new, open, recent, demo,
 * import, export, audit log, settings, quit). Only wiring; each view, dialog and model lives in
 * its own file.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Dashboard, Cases, Compare, Survival };

    explicit MainWindow(StudySession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;
    QWidget* view(View view) const;
    /** True while the view computes what it shows (its figures, curves or sorted cases). */
    bool isComputing(View view) const;
    DashboardView* dashboard() const { return dashboard_; }

    /** Opens a study file, reporting failure in a message box; true on success. */
    bool openStudy(const QString& path);
    void restoreWindowState();

signals:
    /** The user chose another language in the settings: the window must be rebuilt. */
    void languageChangeRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    /** Asks for a new study file and opens it; false when none was made. */
    bool newStudy();
    void chooseStudy();
    void openDemo();
    void importData();
    void exportFigures(ReportExportDialog::Mode mode);
    void editSettings();
    void about();
    void fillRecentMenu();
    void updateTitle();

    StudySession* session_;
    QTabWidget* tabs_;
    DashboardView* dashboard_;
    CasesView* cases_;
    CompareView* compare_;
    SurvivalView* survival_;
    QMenu* recentMenu_ = nullptr;
};
