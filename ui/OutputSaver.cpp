#include "ui/OutputSaver.h"

#include <QFile>

OutputSaver::OutputSaver(const km::OutputRules& rules)
    : batch_(rules)
{
}

bool OutputSaver::add(const QString& path, const QByteArray& bytes, QString* error)
{
    return succeeded(batch_.add(nativePath(path), std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))),
                     error);
}

bool OutputSaver::addWritten(const QString& path, const std::function<QString(const QString& tempPath)>& write,
                             QString* error)
{
    return succeeded(batch_.addWritten(nativePath(path), [&write](const std::string& tempPath) -> std::optional<std::string> {
        const QString reason = write(QFile::decodeName(tempPath.c_str()));
        return reason.isEmpty() ? std::nullopt : std::optional<std::string>(reason.toStdString());
    }), error);
}

bool OutputSaver::commit(QString* error)
{
    return succeeded(batch_.commit(), error);
}

bool OutputSaver::save(const QString& path, const QByteArray& bytes, QString* error, const km::OutputRules& rules)
{
    OutputSaver saver(rules);
    return saver.add(path, bytes, error) && saver.commit(error);
}

QString OutputSaver::message(const km::OutputError& error)
{
    return QString::fromStdString(error.message());
}

std::string OutputSaver::nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

bool OutputSaver::succeeded(const std::optional<km::OutputError>& failed, QString* error) const
{
    if (failed && error)
        *error = message(*failed);
    return !failed;
}
