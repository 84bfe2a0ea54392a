#pragma once

#include "core/db/Study.h"

#include <QAbstractTableModel>

#include <vector>

/**
 * The study's audit trail (Study::auditLog) as a read-only table for the log dialog: when (in
 * local time), what, who, which files (name and the first 8 hex digits of the SHA-256; the
 * tooltip has full paths and hashes), selection, whether small numbers were suppressed, details.
 */
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Action, Who, Files, Selection, Suppressed, Details, ColumnCount };

    explicit AuditLogModel(std::vector<km::AuditEntry> entries, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "2026-11-25T01:27:06Z" as local time "2026-11-25 02:27:06" (the text as stored if not ISO). */
    static QString localTime(const std::string& utc);
    /** The action code in words ("delete-cohort" -> "cohort deleted"); unknown codes as they are. */
    static QString actionText(const std::string& action);
    /** "name (1a2b3c4d)" per file, comma-separated; full paths and hashes when `full`. */
    static QString filesText(const std::string& files, bool full);

private:
    static QVariant toolTip(const km::AuditEntry& e, int column);

    std::vector<km::AuditEntry> entries_;
};
