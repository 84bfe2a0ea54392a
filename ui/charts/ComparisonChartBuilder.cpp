#include "ui/charts/ComparisonChartBuilder.h"

#include "ui/charts/ProportionChartBuilder.h"
#include "ui/models/ComparisonTableModel.h"
#include "ui/models/IndicatorText.h"

ComparisonChartBuilder::ComparisonChartBuilder(QString title, QString labelA, QString labelB,
                                               const std::vector<km::ProportionDifference>& differences)
    : ComparisonChartBuilder(std::move(title), std::move(labelA), std::move(labelB),
                             km::PublishedDifference::unprotected(differences))
{
}

ComparisonChartBuilder::ComparisonChartBuilder(QString title, QString labelA, QString labelB,
                                               std::vector<km::PublishedDifference> published)
    : title_(std::move(title)), labelA_(std::move(labelA)), labelB_(std::move(labelB)),
      differences_(std::move(published))
{
}

QChart* ComparisonChartBuilder::build() const
{
    QStringList categories;
    std::vector<km::PublishedProportion> a;
    std::vector<km::PublishedProportion> b;
    bool anySignificant = false;
    for (const km::PublishedDifference& published : differences_) {
        const km::ProportionDifference& d = published.value;
        QString label = IndicatorText::label(d.id);
        if (!published.suppressed && d.significant()) {
            label += QLatin1Char(' ') + ComparisonTableModel::significanceMarker();
            anySignificant = true;
        }
        categories << label;
        a.push_back(published.a);
        b.push_back(published.b);
    }
    QString title = title_;
    if (anySignificant)
        title += QStringLiteral("<br><span style='font-size:small; font-weight:normal'>%1</span>")
                     .arg(tr("%1 difference with a 95% interval that excludes zero").arg(ComparisonTableModel::significanceMarker()));
    ProportionChartBuilder bars(title, categories);
    bars.addSeries(labelA_, a);
    bars.addSeries(labelB_, b);
    return bars.build();
}
