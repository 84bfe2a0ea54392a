#include "ui/MainWindow.h"

#include "ui/AppLanguage.h"
#include "ui/LastFolder.h"
#include "ui/RecentStudies.h"
#include "ui/StudySession.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/DeleteCohortDialog.h"
#include "ui/dialogs/HelpWindow.h"
#include "ui/dialogs/PlainMessage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/report/ReportExportDialog.h"
#include "ui/views/CasesView.h"
#include "ui/views/CompareView.h"
#include "ui/views/DashboardView.h"
#include "ui/views/SurvivalView.h"
#include "ui/widgets/SelectionPanel.h"
#include "ui/wizard/DemoImportQuestion.h"
#include "ui/wizard/ImportWizard.h"

#include "core/Version.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>

namespace {

const char* const geometryKey = "window/geometry";
const char* const stateKey = "window/state";

} // namespace

MainWindow::MainWindow(StudySession* session, QWidget* parent)
    : QMainWindow(parent), session_(session), tabs_(new QTabWidget(this)),
      dashboard_(new DashboardView(session, tabs_)), cases_(new CasesView(session, tabs_)),
      compare_(new CompareView(session, tabs_)), survival_(new SurvivalView(session, tabs_))
{
    setObjectName(QStringLiteral("MainWindow"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(dashboard_, tr("Dashboard"));
    tabs_->addTab(cases_, tr("Cases"));
    tabs_->addTab(compare_, tr("Compare"));
    tabs_->addTab(survival_, tr("Survival"));
    setCentralWidget(tabs_);
    createMenus();
    connect(session_, &StudySession::studyChanged, this, &MainWindow::updateTitle);
    connect(dashboard_, &DashboardView::computationFailed, this, [this](const QString& message) {
        PlainMessage::warning(this, tr("Ketenmonitor"), message);
    });
    // Not larger than the screen: on a 1024-pixel laptop the window opens as large as fits.
    resize(screen() ? QSize(1400, 900).boundedTo(screen()->availableGeometry().size()) : QSize(1400, 900));
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New study…"), QKeySequence::New, this, &MainWindow::newStudy);
    file->addAction(tr("&Open study…"), QKeySequence::Open, this, &MainWindow::chooseStudy);
    recentMenu_ = file->addMenu(tr("&Recent studies"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open &demo study"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importData);
    file->addAction(tr("Export &report…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                    [this] { exportFigures(ReportExportDialog::Mode::Report); });
    file->addAction(tr("Export all &figures…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] { exportFigures(ReportExportDialog::Mode::Figures); });
    file->addAction(tr("Audit &log…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                    [this] { AuditLogDialog::showFor(session_->study(), this); });
    file->addAction(tr("&Delete cohort…"), this, [this] { DeleteCohortDialog::ask(session_, this); });
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Manual"), QKeySequence(Qt::Key_F1), this, [this] { HelpWindow::showFor(this); });
    help->addAction(tr("&About Ketenmonitor"), this, &MainWindow::about);
}

void MainWindow::exportFigures(ReportExportDialog::Mode mode)
{
    if (!session_->study())
        return;
    ReportExportDialog dialog(mode, session_, dashboard_->selectionPanel()->selection(), this);
    dialog.exec();
}

void MainWindow::showView(View which)
{
    tabs_->setCurrentWidget(view(which));
}

MainWindow::View MainWindow::currentView() const
{
    for (View which : {View::Dashboard, View::Cases, View::Compare, View::Survival})
        if (tabs_->currentWidget() == view(which))
            return which;
    return View::Dashboard;
}

QWidget* MainWindow::view(View which) const
{
    switch (which) {
    case View::Cases: return cases_;
    case View::Compare: return compare_;
    case View::Survival: return survival_;
    case View::Dashboard: break;
    }
    return dashboard_;
}

bool MainWindow::isComputing(View which) const
{
    switch (which) {
    case View::Cases: return cases_->isComputing();
    case View::Compare: return compare_->isComputing();
    case View::Survival: return survival_->isComputing();
    case View::Dashboard: break;
    }
    return dashboard_->isComputing();
}

bool MainWindow::openStudy(const QString& path)
{
    QString error;
    if (!session_->openFile(path, false, &error)) {
        PlainMessage::warning(this, tr("Open study"), error);
        RecentStudies::remove(path);
        return false;
    }
    if (!session_->openWarnings().isEmpty())
        PlainMessage::information(this, tr("Open study"), session_->openWarnings().join(QLatin1Char('\n')));
    RecentStudies::add(path);
    return true;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

// A new study never replaces an existing file: that could be someone's study.
bool MainWindow::newStudy()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New study"), LastFolder::get(),
        tr("Ketenmonitor studies (*.kmstudy);;SQLite databases (*.db)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kmstudy");
    LastFolder::remember(path);
    if (QFileInfo::exists(path)) {
        PlainMessage::warning(this, tr("New study"),
            tr("%1 already exists. Choose another name, or open it with Open study.").arg(QFileInfo(path).fileName()));
        return false;
    }
    QString error;
    if (!session_->openFile(path, true, &error)) {
        PlainMessage::warning(this, tr("New study"), error);
        return false;
    }
    RecentStudies::add(path);
    return true;
}

void MainWindow::chooseStudy()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open study"), LastFolder::get(),
        tr("Ketenmonitor studies (*.kmstudy *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    LastFolder::remember(path);
    openStudy(path);
}

void MainWindow::openDemo()
{
    QString error;
    if (!session_->openDemo(&error))
        PlainMessage::warning(this, tr("Open demo study"), error);
}

void MainWindow::importData()
{
    if (!session_->study()) {
        PlainMessage::information(this, tr("Import"), tr("Open or create a study first."));
        return;
    }
    if (session_->isDemo() && (DemoImportQuestion::ask(this) != DemoImportQuestion::Answer::NewStudy || !newStudy()))
        return;
    ImportWizard wizard(session_, this);
    wizard.exec();
    session_->notifyDataChanged();
}

void MainWindow::editSettings()
{
    const QString before = AppLanguage::setting();
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.language() != before)
        emit languageChangeRequested(AppLanguage::resolve());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Ketenmonitor"),
        tr("<h3>Ketenmonitor %1</h3><p>Reconstructs the chain of help around cases of domestic "
           "violence and child abuse reported to Veilig Thuis, and computes the indicators of the "
           "codebook with their 95% intervals.</p><p>The demo study is synthetic: its cases are "
           "invented.</p>").arg(QString::fromLatin1(km::programVersion)));
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList paths = RecentStudies::list();
    for (const QString& path : paths) {
        // "&" in a file name is no shortcut mark.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action = recentMenu_->addAction(name, this, [this, path] { openStudy(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (paths.isEmpty()) {
        recentMenu_->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear list"), this, [] { RecentStudies::clear(); });
}

void MainWindow::updateTitle()
{
    const QString name = session_->displayName();
    setWindowTitle(name.isEmpty() ? tr("Ketenmonitor") : tr("Ketenmonitor — %1").arg(name));
}
