#include "ui/StudySession.h"

#include "core/cases/CaseRepository.h"

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
        // An existing study that cannot be written (a read-only share) is opened read-only.
        const std::string file = QFileInfo(path).absoluteFilePath().toStdString();
        std::shared_ptr<km::Study> opened = create ? km::Study::open(file, true) : km::Study::openForReading(file);
        warnings_.clear();
        for (const std::string& warning : opened->warnings())
            warnings_ << fromStd(warning);
        study_ = std::move(opened);
    } catch (const km::DatabaseError& e) {
        if (error)
            *error = tr("Could not open the study %1:\n%2").arg(QFileInfo(path).fileName(), fromStd(e.message));
        return false;
    }
    path_ = QFileInfo(path).absoluteFilePath();
    demo_ = false;
    changed();
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
    warnings_.clear();
    demo_ = true;
    changed();
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

std::shared_ptr<km::Study> StudySession::readHandle() const
{
    if (!study_ || demo_)
        return study_;
    try {
        return km::Study::openForReading(path_.toStdString());
    } catch (const km::DatabaseError&) {
        return study_;   // the shared connection still reads; the worker reports any real error
    }
}

QStringList StudySession::cohortNames() const
{
    QStringList names;
    for (const std::string& cohort : overview_.cohorts)
        names << fromStd(cohort);
    return names;
}

QStringList StudySession::regions() const
{
    QStringList names;
    for (const std::string& regio : overview_.regions)
        names << fromStd(regio);
    return names;
}

void StudySession::changed()
{
    overview_ = {};
    try {
        if (study_)
            overview_ = km::CaseRepository(*study_).overview();
    } catch (const km::DatabaseError&) {
        // A study that cannot be read offers no choices; the views report the error when they compute.
    }
    ++dataVersion_;
    cube_.reset();
    emit studyChanged();
}

void StudySession::notifyDataChanged()
{
    changed();
}

void StudySession::keepCube(std::shared_ptr<const km::IndicatorCube> cube, quint64 version)
{
    if (cube && version == dataVersion_)
        cube_ = std::move(cube);
}
