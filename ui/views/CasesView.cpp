#include "ui/views/CasesView.h"
#include "ui/views/WhenShown.h"

#include "ui/StudySession.h"
#include "ui/models/CaseTableModel.h"
#include "ui/views/CaseChainView.h"

#include "core/cases/CaseRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CasesView::CasesView(StudySession* session, QWidget* parent)
    : QWidget(parent), session_(session),
      whenShown_(new WhenShown(this, [this] { reload(); })),
      model_(new CaseTableModel(this)), filter_(new QLineEdit(this)),
      countLabel_(new QLabel(this)), table_(new QTableView(this)), chainView_(new CaseChainView(this))
{
    filter_->setPlaceholderText(tr("Filter on case, cohort or region…"));
    filter_->setClearButtonEnabled(true);
    countLabel_->setStyleSheet(QStringLiteral("color: #555;"));
    // Typing is debounced: on a large study each new filter reads the order once.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(filter_, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { model_->setFilterText(filter_->text()); });

    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setDefaultSectionSize(110);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSortingEnabled(true);
    table_->sortByColumn(0, Qt::AscendingOrder);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(chainView_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Base);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filter_, 1);
    filterRow->addWidget(countLabel_);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(table_);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesView::showCurrentChain);
    connect(model_, &CaseTableModel::rowsReloaded, this, [this] {
        updateCountLabel();
        if (sizeColumns_ && model_->rowCount() > 0) {   // once per study, to its first rows
            table_->resizeColumnsToContents();
            sizeColumns_ = false;
        }
        if (model_->rowCount() > 0)
            table_->selectRow(0);
        else
            chainView_->setChain(std::nullopt);
        emit casesReady();
    });
    connect(model_, &CaseTableModel::loadingChanged, this, &CasesView::updateCountLabel);
    connect(session_, &StudySession::studyChanged, whenShown_, &WhenShown::request);
    whenShown_->request();
}

CasesView::~CasesView() = default;

void CasesView::reload()
{
    sizeColumns_ = true;
    model_->setStudy(session_->readHandle(), session_->caseCount());
}

void CasesView::showCurrentChain()
{
    const QModelIndex current = table_->currentIndex();
    km::Study* study = session_->study();
    if (!current.isValid() || !study) {
        chainView_->setChain(std::nullopt);
        return;
    }
    const QVariant id = model_->data(model_->index(current.row(), 0), CaseTableModel::CaseIdRole);
    chainView_->setChain(id.isValid() ? km::CaseRepository(*study).chain(id.toLongLong()) : std::nullopt);
}

void CasesView::updateCountLabel()
{
    if (model_->isLoading())
        countLabel_->setText(tr("sorting…"));
    else if (model_->filterText().isEmpty())
        countLabel_->setText(tr("%Ln case(s)", nullptr, static_cast<int>(model_->totalCases())));
    else
        countLabel_->setText(tr("%1 of %Ln case(s)", nullptr, static_cast<int>(model_->totalCases()))
                                 .arg(QLocale().toString(model_->rowCount())));
}

bool CasesView::isComputing() const
{
    return model_->isLoading();
}

bool CasesView::selectCase(const QString& casusId)
{
    km::Study* study = session_->study();
    if (!study)
        return false;
    const std::optional<km::CaseChain> chain = km::CaseRepository(*study).chainByCasusId(casusId.toStdString());
    const int row = chain ? model_->rowOfCase(chain->id) : -1;
    if (row < 0)
        return false;
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
    return true;
}
