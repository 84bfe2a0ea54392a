#include "ui/report/SurvivalOutlet.h"

#include "ui/StudySession.h"
#include "ui/charts/SurvivalChartBuilder.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportData.h"

#include "core/disclosure/PublishedCurve.h"

#include <QCoreApplication>

SurvivalOutlet::SurvivalOutlet(StudySession* session)
    : session_(session)
{
}

void SurvivalOutlet::setCurves(std::vector<km::SurvivalCurve> curves, QStringList names, QString title, QString valueTitle)
{
    curves_ = std::move(curves);
    names_ = std::move(names);
    title_ = std::move(title);
    valueTitle_ = std::move(valueTitle);
}

// The log names the curves' selections; the sets carry nothing else.
std::vector<km::IndicatorSet> SurvivalOutlet::sets() const
{
    std::vector<km::IndicatorSet> sets;
    for (const km::SurvivalCurve& curve : curves_) {
        km::IndicatorSet set;
        set.selection = curve.selection;
        set.cases = curve.cases;
        sets.push_back(std::move(set));
    }
    return sets;
}

bool SurvivalOutlet::write(SmallNumbers smallNumbers, const ChartFile* file, QSize pixels, int dpi, QString* error)
{
    if (!ready(*session_, !curves_.empty(), error))
        return false;
    const ReportData data = publish(*session_, sets(), smallNumbers);
    SurvivalChartBuilder builder(title_, valueTitle_);
    int shown = 0;
    for (std::size_t i = 0; i < curves_.size(); ++i) {
        const km::SurvivalCurve curve = km::PublishedCurve::of(curves_[i], data.policy);
        if (curve.followUpDays.empty())
            continue;
        builder.addCurve(names_.value(static_cast<int>(i)), curve);
        ++shown;
    }
    if (shown == 0) {
        *error = QCoreApplication::translate("SurvivalOutlet",
                                             "Every curve has too few cases or events to be exported.");
        return false;
    }
    return file ? RecordedExport::saveChart(*session_->study(), data, builder, *file, "overleving", error)
                : RecordedExport::copyChart(*session_->study(), data, builder, pixels, dpi, "overleving", error);
}

bool SurvivalOutlet::saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error)
{
    return write(smallNumbers, &file, {}, 0, error);
}

bool SurvivalOutlet::copyChart(QSize pixels, int dpi, QString* error)
{
    return write(SmallNumbers::Protected, nullptr, pixels, dpi, error);
}

bool SurvivalOutlet::saveTable(const QString&, SmallNumbers, QString* error)
{
    *error = QCoreApplication::translate("SurvivalOutlet", "This view has no table to export.");
    return false;
}

bool SurvivalOutlet::copyTable(QString* error)
{
    return saveTable({}, SmallNumbers::Protected, error);
}
