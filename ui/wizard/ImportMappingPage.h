#pragma once

#include "core/codebook/Codebook.h"

#include <QWizardPage>

#include <optional>
#include <string>
#include <vector>

class ImportPlan;
class QComboBox;
class QVBoxLayout;

/**
 * Lets the user map each column whose header is not a codebook field onto one of the fields
 * the file lacks (or keep it as an extra attribute). The choices are remembered for the next
 * import with the same headers.
 */
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportPlan& plan, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    /** Chooses `field` (empty: extra column) for `header` of `table`; false if there is no such choice. */
    bool setChoice(km::TableKind table, const std::string& header, const std::string& field);
    /** The field `header` of `table` is mapped onto now (empty: extra column), as its drop-down shows. */
    std::optional<std::string> choice(km::TableKind table, const std::string& header) const;
    /** How a drop-down names a field: its name, its meaning from the codebook, and whether it is required. */
    static QString fieldText(km::TableKind table, const std::string& field);

private:
    struct Choice
    {
        km::TableKind table;
        std::string header;
        QComboBox* box;
    };

    ImportPlan& plan_;
    QVBoxLayout* rows_;
    QWidget* content_ = nullptr;
    std::vector<Choice> choices_;
};
