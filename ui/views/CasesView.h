#pragma once

#include <QWidget>

class StudySession;
class WhenShown;
class CaseTableModel;
class CaseChainView;
class QLabel;
class QLineEdit;
class QTableView;

/**
 * All cases of the open study in a lazily filled, sortable and filterable table, and the case
 * chain of the selected case beside it: the view that makes one reconstruction readable. A
 * hidden view reads a new study only when it is shown, so opening a large study spends the
 * cores on the dashboard first.
 */
class CasesView : public QWidget
{
    Q_OBJECT

public:
    explicit CasesView(StudySession* session, QWidget* parent = nullptr);
    ~CasesView() override;

    CaseTableModel* model() const { return model_; }
    CaseChainView* chainView() const { return chainView_; }
    QTableView* table() const { return table_; }

    /** Selects the case with this casus_id if it matches the filter; false otherwise. */
    bool selectCase(const QString& casusId);
    /** True while a large study's order is computed on a worker thread. */
    bool isComputing() const;

signals:
    /** The table shows the rows of the latest filter and order. */
    void casesReady();

private:
    void reload();
    void showCurrentChain();
    void updateCountLabel();

    StudySession* session_;
    WhenShown* whenShown_;   // runs reload() when the view is shown
    CaseTableModel* model_;
    QLineEdit* filter_;
    QLabel* countLabel_;
    QTableView* table_;
    CaseChainView* chainView_;
    bool sizeColumns_ = true;
};
