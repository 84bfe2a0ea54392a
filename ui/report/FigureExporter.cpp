#include "ui/report/FigureExporter.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "ui/OutputSaver.h"
#include "ui/report/GroupCharts.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportTables.h"
#include "ui/report/XlsxWorkbook.h"

#include "core/disclosure/GroupCsv.h"

#include <QDir>

namespace {

bool addFile(OutputSaver& saver, const QDir& dir, const QString& name, const QByteArray& bytes, QStringList& names,
             QString* error)
{
    if (bytes.isEmpty()) {
        *error = FigureExporter::tr("Cannot write %1.").arg(dir.filePath(name));
        return false;
    }
    if (!saver.add(dir.filePath(name), bytes, error))
        return false;
    names << name;
    return true;
}

bool addChart(OutputSaver& saver, const QDir& dir, const ChartBuilder& builder, QSize size, const QString& base,
              const QString& stamp, QStringList& names, QString* error)
{
    return addFile(saver, dir, base + QStringLiteral(".png"),
                   ChartExporter::pngBytes(builder, size * FigureExporter::pngDpi / 96, FigureExporter::pngDpi, stamp),
                   names, error)
        && addFile(saver, dir, base + QStringLiteral(".svg"), ChartExporter::svgBytes(builder, size, stamp), names, error);
}

bool addWorkbook(OutputSaver& saver, const QDir& dir, const ReportData& data, QStringList& names, QString* error)
{
    const QString name = QStringLiteral("ketenmonitor.xlsx");
    const bool added = saver.addWritten(dir.filePath(name), [&data](const QString& tempPath) {
        QString reason;
        return XlsxWorkbook::write(data, tempPath, &reason) ? QString() : reason;
    }, error);
    if (added)
        names << name;
    return added;
}

} // namespace

QStringList FigureExporter::exportAll(const ReportData& data, const QString& folder, km::CsvConvention convention,
                                      QString* error, const km::OutputRules& rules)
{
    const QString stamp = RecordedExport::stamp(data);
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return {};
    }
    // Every file goes into one batch: none is put in place before all are written, so a
    // failure halfway (a full disk) leaves the folder as it was.
    OutputSaver saver(rules);
    QStringList names;
    for (const std::string& group : data.groups()) {
        const QString name = QString::fromStdString(group);
        QSize size;
        if (const auto builder = GroupCharts::proportions(data, group, &size))
            if (!addChart(saver, dir, *builder, size, name, stamp, names, error))
                return {};
        if (const auto builder = GroupCharts::distributions(data, group, &size))
            if (!addChart(saver, dir, *builder, size, name + QStringLiteral("-verdeling"), stamp, names, error))
                return {};
        std::vector<km::GroupCsv::Part> parts;
        for (std::size_t s = 0; s < data.sets.size(); ++s)
            if (const km::GroupTable* table = data.table(s, group))
                parts.push_back({data.sets[s].selection.label(), table});
        const std::string csv = km::GroupCsv::write(parts, RecordedExport::selectionLine(data),
                                                    RecordedExport::protectionLine(data), data.language,
                                                    km::CsvDialect::spreadsheet(convention));
        if (!addFile(saver, dir, name + QStringLiteral(".csv"), QByteArray::fromStdString(csv), names, error))
            return {};
    }
    if (!addWorkbook(saver, dir, data, names, error)
        || !addFile(saver, dir, QStringLiteral("toelichting.txt"), (ReportTables::disclosureNote(data) + QLatin1Char('\n')).toUtf8(),
                    names, error)
        || !saver.commit(error))
        return {};
    return names;
}
