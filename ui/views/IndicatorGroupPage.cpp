#include "ui/views/IndicatorGroupPage.h"

#include "ui/charts/ChartPanel.h"
#include "ui/charts/DistributionChartBuilder.h"
#include "ui/charts/ProportionChartBuilder.h"
#include "ui/models/DistributionTableModel.h"
#include "ui/models/IndicatorNotes.h"
#include "ui/models/IndicatorTableModel.h"
#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"
#include "ui/report/GroupFigureOutlet.h"
#include "ui/widgets/TablePanel.h"

#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int barRowHeight = 30;     // pixels per indicator row in a bar chart
constexpr int boxRowHeight = 64;     // pixels per box in a distribution chart
constexpr int chartChrome = 130;     // title, value axis and its title

QFrame* makeCard(ChartPanel* chart, TablePanel* table, QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("IndicatorCard"));
    card->setStyleSheet(QStringLiteral(
        "#IndicatorCard { background: white; border: 1px solid #D6D6D6; border-radius: 6px; }"));
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);   // the page's stretch takes the rest
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(chart);
    layout->addWidget(table);
    return card;
}

void styleTable(TablePanel* table)
{
    QHeaderView* header = table->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setMinimumSectionSize(70);
}

} // namespace

IndicatorGroupPage::IndicatorGroupPage(std::string group, StudySession* session, QWidget* parent)
    : QWidget(parent), group_(std::move(group)),
      proportionOutlet_(std::make_unique<GroupFigureOutlet>(session, group_, GroupFigureOutlet::Part::Proportions)),
      distributionOutlet_(std::make_unique<GroupFigureOutlet>(session, group_, GroupFigureOutlet::Part::Distributions)),
      proportionModel_(new IndicatorTableModel(group_, this)),
      distributionModel_(new DistributionTableModel(group_, this)),
      proportionChart_(new ChartPanel(this)), distributionChart_(new ChartPanel(this)),
      proportionTable_(new TablePanel(this)), distributionTable_(new TablePanel(this)),
      smallCellLegend_(new QLabel(this)), note_(new QLabel(IndicatorNotes::forGroup(group_), this)),
      message_(new QLabel(this))
{
    const QString exportName = QString::fromStdString(group_);
    proportionChart_->setExportName(exportName);
    distributionChart_->setExportName(exportName + QStringLiteral("_verdeling"));
    proportionTable_->setExportName(exportName);
    distributionTable_->setExportName(exportName + QStringLiteral("_verdeling"));
    proportionChart_->setOutlet(proportionOutlet_.get());
    proportionTable_->setOutlet(proportionOutlet_.get());
    distributionChart_->setOutlet(distributionOutlet_.get());
    distributionTable_->setOutlet(distributionOutlet_.get());
    proportionTable_->setModel(proportionModel_);
    distributionTable_->setModel(distributionModel_);
    styleTable(proportionTable_);
    styleTable(distributionTable_);

    proportionSection_ = makeCard(proportionChart_, proportionTable_, this);
    distributionSection_ = makeCard(distributionChart_, distributionTable_, this);
    smallCellLegend_->setWordWrap(true);
    smallCellLegend_->setStyleSheet(QStringLiteral("background: %1; color: #5A4500; padding: 4px 6px; border-radius: 4px;")
                                        .arg(SmallCellMark::background().name()));
    smallCellLegend_->hide();
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: #555; padding: 2px 4px;"));
    message_->setTextFormat(Qt::PlainText);   // errors may name files
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);
    message_->setStyleSheet(QStringLiteral("color: #444; font-size: 12pt; padding: 40px 12px;"));
    message_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(message_);
    layout->addWidget(proportionSection_);
    layout->addWidget(distributionSection_);
    layout->addWidget(smallCellLegend_);
    layout->addWidget(note_);
    layout->addStretch();
}

IndicatorGroupPage::~IndicatorGroupPage() = default;

void IndicatorGroupPage::setIndicators(std::shared_ptr<const km::IndicatorSet> indicators, const QString& summary,
                                       const km::SmallCellPolicy& marks)
{
    message_->hide();
    note_->show();
    proportionModel_->setPolicy(marks);
    distributionModel_->setPolicy(marks);
    proportionModel_->setIndicators(indicators);
    distributionModel_->setIndicators(indicators);
    proportionOutlet_->setIndicators(indicators);
    distributionOutlet_->setIndicators(indicators);
    const QString title = chartTitle(summary, indicators ? indicators->cases : 0);
    showProportions(title, summary);
    showDistributions(title, summary);

    bool anyMarked = false;
    for (int row = 0; row < proportionModel_->rowCount(); ++row)
        anyMarked = anyMarked || proportionModel_->isMarked(row);
    for (int row = 0; row < distributionModel_->rowCount(); ++row)
        anyMarked = anyMarked || distributionModel_->isMarked(row);
    smallCellLegend_->setText(SmallCellMark::legend(marks));
    smallCellLegend_->setVisible(anyMarked);
}

// Instead of the cards: tables of dashes and marks would only hide the message.
void IndicatorGroupPage::showMessage(const QString& text)
{
    proportionSection_->hide();
    distributionSection_->hide();
    smallCellLegend_->hide();
    note_->hide();
    message_->setText(text);
    message_->show();
}

// Rich text: the group as the heading, the selection and its size under it.
QString IndicatorGroupPage::chartTitle(const QString& summary, qint64 cases) const
{
    return QStringLiteral("<b>%1</b><br><span style=\"font-size:9pt; font-weight:normal; color:#555\">%2 · %3</span>")
        .arg(IndicatorText::groupLabel(group_).toHtmlEscaped(), summary.toHtmlEscaped(),
             tr("%n case(s)", nullptr, static_cast<int>(cases)));
}

void IndicatorGroupPage::showProportions(const QString& title, const QString& seriesName)
{
    const std::vector<km::Proportion>& rows = proportionModel_->proportions();
    proportionSection_->setVisible(!rows.empty());
    if (rows.empty())
        return;
    QStringList labels;
    for (const km::Proportion& p : rows)
        labels << IndicatorText::label(p.id);
    auto builder = std::make_unique<ProportionChartBuilder>(title, labels);
    builder->addSeries(seriesName, rows);
    builder->setMarkPolicy(proportionModel_->policy());
    proportionChart_->setFixedHeight(chartChrome + barRowHeight * static_cast<int>(rows.size()));
    proportionChart_->setChart(std::move(builder));
    proportionTable_->fitHeightToRows();
}

void IndicatorGroupPage::showDistributions(const QString& title, const QString& seriesName)
{
    const std::vector<km::Distribution>& rows = distributionModel_->distributions();
    distributionSection_->setVisible(!rows.empty());
    if (rows.empty())
        return;
    QStringList labels;
    for (const km::Distribution& d : rows)
        labels << IndicatorText::label(d.id);
    // Under a bar chart of the same group the box chart needs no second heading.
    const QString heading = proportionSection_->isVisibleTo(this) ? QString() : title;
    auto builder = std::make_unique<DistributionChartBuilder>(heading, labels,
        IndicatorText::unitLabel(rows.front().unit));
    builder->addSeries(seriesName, rows);
    distributionChart_->setFixedHeight(chartChrome + boxRowHeight * static_cast<int>(rows.size()));
    distributionChart_->setChart(std::move(builder));
    distributionTable_->fitHeightToRows();
}
