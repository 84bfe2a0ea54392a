#pragma once

#include "core/import/ImportError.h"

#include <QAbstractTableModel>

#include <vector>

/**
 * Every error and warning of an import as a table (file name, line, column, value, what is
 * wrong, what was expected, severity), for the wizard's error page; errors first, lines sort
 * as numbers (SortRole). The core's messages say what was expected after "verwacht".
 */
class ImportErrorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Line, ColumnName, Value, Message, Expected, Severity, ColumnCount };
    /** What a sorting proxy should sort on: lines as numbers (0 for the file as a whole). */
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ImportErrorModel(QObject* parent = nullptr);

    void setProblems(std::vector<km::ImportError> errors, const std::vector<km::ImportError>& warnings);
    const std::vector<km::ImportError>& problems() const { return problems_; }
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<km::ImportError> problems_;
};
