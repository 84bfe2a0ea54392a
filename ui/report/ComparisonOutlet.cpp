#include "ui/report/ComparisonOutlet.h"

#include "ui/StudySession.h"
#include "ui/charts/ComparisonChartBuilder.h"
#include "ui/report/CsvConventionSetting.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportData.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/disclosure/ComparisonCsv.h"

#include <QCoreApplication>

namespace {

std::vector<km::PublishedDifference> publishedDifferences(const ReportData& data)
{
    return km::PublishedDifference::build(data.published[0], data.published[1]);
}

} // namespace

ComparisonOutlet::ComparisonOutlet(StudySession* session)
    : session_(session)
{
}

void ComparisonOutlet::setComparison(std::vector<km::IndicatorSet> sets, QString labelA, QString labelB)
{
    sets_ = std::move(sets);
    labelA_ = std::move(labelA);
    labelB_ = std::move(labelB);
}

ComparisonChartBuilder ComparisonOutlet::chart(const ReportData& data) const
{
    std::vector<km::PublishedDifference> rows;
    for (const km::PublishedDifference& d : publishedDifferences(data))
        if (km::IndicatorLabels::group(d.value.id) == group_)
            rows.push_back(d);
    return ComparisonChartBuilder(data.groupLabel(group_), labelA_, labelB_, std::move(rows));
}

std::string ComparisonOutlet::table(const ReportData& data, const km::CsvDialect& dialect) const
{
    return km::ComparisonCsv::write(publishedDifferences(data), RecordedExport::selectionLine(data),
                                    RecordedExport::protectionLine(data), data.language, dialect);
}

bool ComparisonOutlet::saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error)
{
    if (!ready(*session_, sets_.size() == 2, error))
        return false;
    const ReportData data = publish(*session_, sets_, smallNumbers);
    const ComparisonChartBuilder builder = chart(data);
    return RecordedExport::saveChart(*session_->study(), data, builder, file, "vergelijking " + group_, error);
}

bool ComparisonOutlet::copyChart(QSize pixels, int dpi, QString* error)
{
    if (!ready(*session_, sets_.size() == 2, error))
        return false;
    const ReportData data = publish(*session_, sets_, SmallNumbers::Protected);
    const ComparisonChartBuilder builder = chart(data);
    return RecordedExport::copyChart(*session_->study(), data, builder, pixels, dpi, "vergelijking " + group_, error);
}

bool ComparisonOutlet::saveTable(const QString& path, SmallNumbers smallNumbers, QString* error)
{
    if (!ready(*session_, sets_.size() == 2, error))
        return false;
    const ReportData data = publish(*session_, sets_, smallNumbers);
    return RecordedExport::saveText(*session_->study(), data,
                                    table(data, km::CsvDialect::spreadsheet(CsvConventionSetting::stored())), path,
                                    "tabel vergelijking", error);
}

bool ComparisonOutlet::copyTable(QString* error)
{
    if (!ready(*session_, sets_.size() == 2, error))
        return false;
    const ReportData data = publish(*session_, sets_, SmallNumbers::Protected);
    return RecordedExport::copyText(*session_->study(), data,
                                    QString::fromStdString(table(data, CsvConventionSetting::clipboard())),
                                    "tabel vergelijking", error);
}
