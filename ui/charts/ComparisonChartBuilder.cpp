#include "ui/charts/ComparisonChartBuilder.h"

#include "ui/charts/ProportionChartBuilder.h"
#include "ui/models/ComparisonTableModel.h"
#include "ui/models/IndicatorText.h"

ComparisonChartBuilder::ComparisonChartBuilder(QString title, QString labelA, QString labelB,
                                               std::vector<km::ProportionDifference> differences)
    : title_(std::move(title)), labelA_(std::move(labelA)), labelB_(std::move(labelB)),
      differences_(std::move(differences))
{
}

QChart* ComparisonChartBuilder::build() const
{
    QStringList categories;
    std::vector<km::Proportion> a;
    std::vector<km::Proportion> b;
    bool anySignificant = false;
    for (const km::ProportionDifference& d : differences_) {
        QString label = IndicatorText::label(d.id);
        if (d.significant()) {
            label += QLatin1Char(' ') + ComparisonTableModel::significanceMarker();
            anySignificant = true;
        }
        categories << label;
        a.push_back(d.a);
        b.push_back(d.b);
    }
    QString title = title_;
    if (anySignificant)
        title += QStringLiteral("<br><span style='font-size:small; font-weight:normal'>%1</span>")
                     .arg(tr("%1 difference with a 95% interval that excludes zero").arg(ComparisonTableModel::significanceMarker()));
    ProportionChartBuilder bars(title, categories);
    bars.addSeries(labelA_, std::move(a));
    bars.addSeries(labelB_, std::move(b));
    return bars.build();
}
