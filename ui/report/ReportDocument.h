#pragma once

#include "ui/report/ReportData.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QTextDocument;

/**
 * The report as a document: title, date, program version, content hash, selection, method,
 * one table and chart per indicator group, the comparison of two selections, provenance and
 * the small-number footnote (or the "intern" stamp). Built once as HTML with the charts as
 * named images; the same content becomes a QTextDocument (PDF, ODT, preview) or a
 * self-contained HTML file.
 */
class ReportDocument
{
public:
    ReportDocument(const ReportData& data, QDate date);

    QString html() const { return html_; }
    /** The HTML with the chart images inline (data: URLs), for a single .html file. */
    QString standaloneHtml() const;
    /** A document with the images as resources, laid out for an A4 page. */
    std::unique_ptr<QTextDocument> document() const;
    /** Text at the top of every page: "INTERN" when nothing is suppressed, else empty. */
    QString stamp() const { return stamp_; }

private:
    QString chart(const QString& name, QImage image);

    QList<QPair<QString, QImage>> images_;
    QString html_;
    QString stamp_;
};
