#include "ui/StudySession.h"

#include <QFileInfo>

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

StudySession::StudySession(QObject* parent)
    : QObject(parent)
{
}

StudySession::~StudySession() = default;

bool StudySession::openFile(const QString& path, bool create, QString* error)
{
    try {
        std::shared_ptr<km::Study> opened = km::Study::open(QFileInfo(path).absoluteFilePath().toStdString(), create);
        study_ = std::move(opened);
    } catch (const km::DatabaseError& e) {
        if (error)
            *error = tr("Could not open the study %1:\n%2").arg(QFileInfo(path).fileName(), fromStd(e.message));
        return false;
    }
    path_ = QFileInfo(path).absoluteFilePath();
    demo_ = false;
    emit studyChanged();
    return true;
}

bool StudySession::openDemo(QString* error)
{
    try {
        std::shared_ptr<km::Study> opened = km::Study::openDemo();
        study_ = std::move(opened);
    } catch (const km::DatabaseError& e) {
        if (error)
            *error = tr("The demo study could not be loaded:\n%1").arg(fromStd(e.message));
        return false;
    }
    path_.clear();
    demo_ = true;
    emit studyChanged();
    return true;
}

km::Study* StudySession::study() const
{
    return study_.get();
}

bool StudySession::isDemo() const
{
    return demo_;
}

QString StudySession::path() const
{
    return path_;
}

QString StudySession::displayName() const
{
    if (!study_)
        return {};
    if (demo_)
        return tr("demo (synthetic)");
    return QFileInfo(path_).completeBaseName();
}

QStringList StudySession::cohortNames() const
{
    QStringList names;
    if (!study_)
        return names;
    try {
        for (const km::CohortInfo& cohort : study_->cohorts())
            names << fromStd(cohort.name);
    } catch (const km::DatabaseError&) {
        // A study that cannot be read shows no cohorts; opening it already reported the error.
    }
    return names;
}

QStringList StudySession::regions() const
{
    QStringList names;
    if (!study_)
        return names;
    try {
        for (const std::string& regio : study_->regions())
            names << fromStd(regio);
    } catch (const km::DatabaseError&) {
        // As for cohortNames().
    }
    return names;
}

void StudySession::notifyDataChanged()
{
    emit studyChanged();
}
