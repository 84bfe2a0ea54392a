#include "ui/wizard/ImportRunPage.h"

#include "ui/StudySession.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ImportWizard.h"
#include "ui/wizard/PageIntro.h"

#include "core/db/Database.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace {

QString tableName(km::TableKind table)
{
    return QString::fromStdString(km::Codebook::table(table).name);
}

} // namespace

ImportRunPage::ImportRunPage(StudySession* session, ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), session_(session), plan_(plan), status_(new QLabel(this)), progress_(new QProgressBar(this)),
      cancelButton_(new QPushButton(tr("Stop the import"), this)), summary_(new QLabel(this))
{
    setTitle(tr("Validate and import"));
    setSubTitle(tr("Every value is checked against the codebook."));
    progress_->setRange(0, 1000);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageIntro(tr("The import is all or nothing: with any error, or when you stop it, the study "
                                       "stays as it was."), this));
    layout->addWidget(status_);
    layout->addWidget(progress_);
    layout->addWidget(cancelButton_, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(summary_);
    layout->addStretch();
    status_->setObjectName(QStringLiteral("importStatus"));
    cancelButton_->setObjectName(QStringLiteral("stopImport"));
    connect(cancelButton_, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] { showResult(watcher_.result()); });
}

ImportRunPage::~ImportRunPage()
{
    cancel();
    watcher_.waitForFinished();
}

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::cleanupPage()
{
    cancel();   // going back while it runs: the result is not wanted
}

bool ImportRunPage::isComplete() const
{
    return result_.has_value() && !isRunning();
}

int ImportRunPage::nextId() const
{
    return result_ && (!result_->errors.empty() || !result_->warnings.empty()) ? ImportWizard::ErrorsPage : -1;
}

bool ImportRunPage::isRunning() const
{
    return watcher_.isRunning();
}

bool ImportRunPage::canStop() const
{
    return isRunning() && phase_ != km::ImportPhase::Committing;
}

void ImportRunPage::cancel()
{
    if (!cancelled_)
        return;
    cancelled_->store(true);
    if (isRunning() && phase_ != km::ImportPhase::Committing) {
        cancelButton_->setEnabled(false);
        status_->setText(tr("Stopping the import…"));
    }
}

void ImportRunPage::start()
{
    result_.reset();
    summary_->clear();
    progress_->setValue(0);
    emit completeChanged();
    const std::shared_ptr<km::Study> study = session_->studyHandle();
    if (!study) {
        status_->setText(tr("No study is open."));
        return;
    }
    status_->setText(tr("Reading and checking…"));
    phase_ = km::ImportPhase::Reading;
    setFinalPage(false);
    cancelButton_->setEnabled(true);
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    const std::vector<km::ImportSource> sources = plan_.sources();
    QPointer<ImportRunPage> page(this);
    watcher_.setFuture(pool_.run([study, sources, cancelled = cancelled_, page]() {
        km::ImportOptions options;
        options.maxErrors = 1000;
        // Runs on the worker: hand the figures to the UI thread, which the page lives in.
        options.progress = [cancelled, page](const km::ImportProgress& p) {
            const km::ImportPhase phase = p.phase;
            const double fraction = p.fraction;
            const qint64 rows = p.rowsRead;
            if (page)
                QMetaObject::invokeMethod(page.data(), [page, phase, fraction, rows] {
                    if (page)
                        page->showProgress(phase, fraction, rows);
                }, Qt::QueuedConnection);
            return !cancelled->load();
        };
        try {
            return km::Importer(*study).run(sources, options);
        } catch (const km::DatabaseError& e) {
            km::ImportResult failed;
            failed.errors.push_back({{}, 0, {}, {}, e.message});
            return failed;
        }
    }));
}

void ImportRunPage::showProgress(km::ImportPhase phase, double fraction, qint64 rows)
{
    phase_ = phase;
    if (!isRunning() || cancelled_->load())
        return;   // queued before the result, or the stop: "Stopping the import…" stays
    // The bar shows the phase's own share; reading is the only phase that counts rows.
    progress_->setValue(static_cast<int>(fraction * 1000));
    switch (phase) {
    case km::ImportPhase::Reading:
        status_->setText(tr("Reading and checking… %n row(s) read", nullptr, static_cast<int>(rows)));
        break;
    case km::ImportPhase::RebuildingIndexes:
        status_->setText(tr("Rebuilding the indexes… (%n row(s) read and checked)", nullptr, static_cast<int>(rows)));
        break;
    case km::ImportPhase::FinalChecks:
        status_->setText(tr("Checking across the tables and writing the import log…"));
        break;
    case km::ImportPhase::Committing:
        status_->setText(tr("Saving into the study… This last step cannot be stopped."));
        break;
    }
    cancelButton_->setEnabled(phase != km::ImportPhase::Committing && !cancelled_->load());
}

void ImportRunPage::showResult(km::ImportResult result)
{
    cancelButton_->setEnabled(false);
    result_ = std::move(result);
    const km::ImportResult& r = *result_;
    if (r.committed) {
        progress_->setValue(1000);
        QStringList counts;
        for (const auto& [table, rows] : r.rows)
            counts << tr("%1: %2 rows").arg(tableName(table)).arg(rows);
        status_->setText(cancelled_ && cancelled_->load() ? tr("Import complete: it was being saved when you stopped it.")
                                                          : tr("Import complete."));
        QString text = tr("Imported %1.").arg(counts.join(QStringLiteral(", ")));
        if (!r.warnings.empty())
            text += QStringLiteral(" ") + tr("%n warning(s): see the next page.", nullptr, static_cast<int>(r.warnings.size()));
        summary_->setText(text);
        session_->notifyDataChanged();
    } else if (r.cancelled) {
        status_->setText(tr("Import stopped."));
        summary_->setText(tr("Nothing was imported; the study is unchanged."));
    } else {
        status_->setText(tr("Import failed."));
        QString text = tr("<b>Nothing was imported</b>; the study is unchanged. %n error(s) found", nullptr,
                          static_cast<int>(r.errors.size()));
        if (r.errorsTruncated)
            text += tr(" (the first %1 are listed)").arg(r.errors.size());
        summary_->setText(text + QStringLiteral(": ") + tr("see the next page, correct the files and import again."));
    }
    // QWizard chose Finish when the page was entered, before there was a result: a final page
    // only without problems, so that errors and warnings get Next to their page.
    setFinalPage(nextId() == -1);
    emit completeChanged();
    // Once written, going back and running again would only report every case as a duplicate.
    if (r.committed && wizard())
        wizard()->button(QWizard::BackButton)->setEnabled(false);
    emit finished();
}
