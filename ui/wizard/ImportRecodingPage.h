#pragma once

#include "ui/BackgroundPool.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ValueScan.h"

#include "core/import/MappingFile.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

/**
 * Lists the values of the files' enumeration, multi-value and yes/no columns that are not
 * codebook codes (found by reading the whole files on a worker) and lets the user choose the
 * code each stands for. Choices are remembered for the next file of the same registration
 * system, and the whole mapping can be saved or loaded as the CLI's --mapping file.
 */
class ImportRecodingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRecodingPage(ImportPlan& plan, QWidget* parent = nullptr);
    ~ImportRecodingPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isScanning() const;
    /** The values listed for a field of a table, most rows first. */
    std::vector<UnknownValue> listedValues(km::TableKind table, const std::string& field) const;
    /** The code chosen for a listed value: nullopt = left as it is, "" = unknown. */
    std::optional<std::string> choice(km::TableKind table, const std::string& field, const std::string& value) const;
    /** Chooses a code for a listed value; false if no such value is listed or the code is not offered. */
    bool setChoice(km::TableKind table, const std::string& field, const std::string& value,
                   const std::optional<std::string>& code);

    /** The whole mapping as chosen: the columns mapped and the values recoded, per table. */
    std::map<km::TableKind, km::TableMapping> mapping() const;
    /** Writes mapping() as a mapping file (docs/import-mapping.md); an error text, or empty. */
    QString saveMapping(const QString& path) const;
    /** Takes the columns and values of a mapping file and reads the files again; an error text, or empty. */
    QString loadMapping(const QString& path);

private:
    struct Row
    {
        km::TableKind table;
        std::string field;
        std::string value;
        QComboBox* box;
    };

    void startScan();
    void showScan(const ValueScanResult& scan);
    void addRow(const FieldValues& field, const UnknownValue& value);
    const Row* findRow(km::TableKind table, const std::string& field, const std::string& value) const;
    ImportPlan::Recoding chosenRecoding(km::TableKind table) const;
    void chooseFileToSave();
    void chooseFileToLoad();

    ImportPlan& plan_;
    QLabel* status_;
    QProgressBar* busy_;
    QTableWidget* table_;
    QLabel* notes_;
    QPushButton* saveButton_;
    QPushButton* loadButton_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    BackgroundPool pool_;
    QFutureWatcher<ValueScanResult> watcher_;
    bool scanning_ = false;
    ValueScanResult scan_;
    std::vector<Row> rows_;
    std::map<km::TableKind, ImportPlan::Recoding> loaded_;   // from a mapping file, also for values not listed
};
