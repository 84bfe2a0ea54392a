#pragma once

#include "core/output/OutputBatch.h"
#include "core/output/OutputError.h"
#include "core/output/OutputRules.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>

/**
 * The desktop's way onto km::OutputBatch: Qt writers (QPdfWriter, QSvgGenerator, QImage,
 * QTextDocumentWriter) render into a QByteArray, and the bytes go to disk through the core,
 * so a chart, a table, a report or a whole export is complete on disk or not there at all.
 * Messages come from the core (Dutch).
 */
class OutputSaver
{
public:
    explicit OutputSaver(const km::OutputRules& rules = {});

    /** Writes `bytes` for `path` to a temporary file; false with *error set. */
    bool add(const QString& path, const QByteArray& bytes, QString* error);
    /** The same for a writer that needs a file name (libxlsxwriter): it returns an error or "". */
    bool addWritten(const QString& path, const std::function<QString(const QString& tempPath)>& write, QString* error);
    /** Renames everything added into place, all or nothing. */
    bool commit(QString* error);

    /** One file: add, then commit. */
    static bool save(const QString& path, const QByteArray& bytes, QString* error, const km::OutputRules& rules = {});

    static QString message(const km::OutputError& error);
    /** A path as the core takes it (the file system's encoding). */
    static std::string nativePath(const QString& path);

private:
    bool succeeded(const std::optional<km::OutputError>& failed, QString* error) const;

    km::OutputBatch batch_;
};
