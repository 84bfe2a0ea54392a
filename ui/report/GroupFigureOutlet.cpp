#include "ui/report/GroupFigureOutlet.h"

#include "ui/StudySession.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/report/CsvConventionSetting.h"
#include "ui/report/GroupCharts.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportData.h"

#include "core/disclosure/GroupCsv.h"

#include <QCoreApplication>

GroupFigureOutlet::GroupFigureOutlet(StudySession* session, std::string group, Part part)
    : session_(session), group_(std::move(group)), part_(part)
{
}

std::unique_ptr<ChartBuilder> GroupFigureOutlet::chart(const ReportData& data, QString* error) const
{
    QSize size;
    auto builder = part_ == Part::Proportions ? GroupCharts::proportions(data, group_, &size)
                                              : GroupCharts::distributions(data, group_, &size);
    if (!builder)
        *error = QCoreApplication::translate("GroupFigureOutlet",
                                             "Every figure of this chart is suppressed: there is nothing to export.");
    return builder;
}

std::string GroupFigureOutlet::table(const ReportData& data, const km::CsvDialect& dialect) const
{
    std::vector<km::GroupCsv::Part> parts;
    if (const km::GroupTable* t = data.table(0, group_))
        parts.push_back({data.sets.front().selection.label(), t});
    return km::GroupCsv::write(parts, RecordedExport::selectionLine(data), RecordedExport::protectionLine(data),
                               data.language, dialect,
                               part_ == Part::Proportions ? km::GroupCsv::Rows::Proportions : km::GroupCsv::Rows::Distributions);
}

std::string GroupFigureOutlet::what(const char* kind) const
{
    return std::string(kind) + " " + group_ + (part_ == Part::Distributions ? " (verdeling)" : "");
}

bool GroupFigureOutlet::saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error)
{
    if (!ready(*session_, indicators_ != nullptr, error))
        return false;
    const ReportData data = publish(*session_, {*indicators_}, smallNumbers);
    const auto builder = chart(data, error);
    return builder && RecordedExport::saveChart(*session_->study(), data, *builder, file, what("grafiek"), error);
}

bool GroupFigureOutlet::copyChart(QSize pixels, int dpi, QString* error)
{
    if (!ready(*session_, indicators_ != nullptr, error))
        return false;
    const ReportData data = publish(*session_, {*indicators_}, SmallNumbers::Protected);
    const auto builder = chart(data, error);
    return builder && RecordedExport::copyChart(*session_->study(), data, *builder, pixels, dpi, what("grafiek"), error);
}

bool GroupFigureOutlet::saveTable(const QString& path, SmallNumbers smallNumbers, QString* error)
{
    if (!ready(*session_, indicators_ != nullptr, error))
        return false;
    const ReportData data = publish(*session_, {*indicators_}, smallNumbers);
    const km::CsvDialect dialect = km::CsvDialect::spreadsheet(CsvConventionSetting::stored());
    return RecordedExport::saveText(*session_->study(), data, table(data, dialect), path, what("tabel"), error);
}

bool GroupFigureOutlet::copyTable(QString* error)
{
    if (!ready(*session_, indicators_ != nullptr, error))
        return false;
    const ReportData data = publish(*session_, {*indicators_}, SmallNumbers::Protected);
    return RecordedExport::copyText(*session_->study(), data,
                                    QString::fromStdString(table(data, CsvConventionSetting::clipboard())), what("tabel"),
                                    error);
}
