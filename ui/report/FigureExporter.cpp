#include "ui/report/FigureExporter.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "ui/report/GroupCharts.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportTables.h"
#include "ui/report/XlsxWorkbook.h"

#include "core/disclosure/GroupCsv.h"

#include <QDir>
#include <QFile>

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush())
        return true;
    *error = FigureExporter::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool writeChart(const ChartBuilder& builder, QSize size, const QDir& dir, const QString& base, const QString& stamp,
                QStringList& written, QString* error)
{
    const QString png = base + QStringLiteral(".png");
    const QString svg = base + QStringLiteral(".svg");
    if (!ChartExporter::toPng(builder, dir.filePath(png), size * FigureExporter::pngDpi / 96, FigureExporter::pngDpi, error,
                              stamp)
        || !ChartExporter::toSvg(builder, dir.filePath(svg), size, error, stamp))
        return false;
    written << png << svg;
    return true;
}

} // namespace

QStringList FigureExporter::exportAll(const ReportData& data, const QString& folder, km::CsvConvention convention,
                                      QString* error)
{
    const QString stamp = RecordedExport::stamp(data);
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return {};
    }
    QStringList written;
    for (const std::string& group : data.groups()) {
        const QString name = QString::fromStdString(group);
        QSize size;
        if (const auto builder = GroupCharts::proportions(data, group, &size))
            if (!writeChart(*builder, size, dir, name, stamp, written, error))
                return {};
        if (const auto builder = GroupCharts::distributions(data, group, &size))
            if (!writeChart(*builder, size, dir, name + QStringLiteral("-verdeling"), stamp, written, error))
                return {};
        std::vector<km::GroupCsv::Part> parts;
        for (std::size_t s = 0; s < data.sets.size(); ++s)
            if (const km::GroupTable* table = data.table(s, group))
                parts.push_back({data.sets[s].selection.label(), table});
        const std::string csv = km::GroupCsv::write(parts, RecordedExport::selectionLine(data),
                                                    RecordedExport::protectionLine(data), data.language,
                                                    km::CsvDialect::spreadsheet(convention));
        if (!writeFile(dir.filePath(name + QStringLiteral(".csv")), QByteArray::fromStdString(csv), error))
            return {};
        written << name + QStringLiteral(".csv");
    }
    const QString workbook = QStringLiteral("ketenmonitor.xlsx");
    if (!XlsxWorkbook::write(data, dir.filePath(workbook), error))
        return {};
    written << workbook;
    const QString note = QStringLiteral("toelichting.txt");
    if (!writeFile(dir.filePath(note), (ReportTables::disclosureNote(data) + QLatin1Char('\n')).toUtf8(), error))
        return {};
    written << note;
    return written;
}
