#pragma once

#include "ui/charts/ChartBuilder.h"

#include "core/indicators/SurvivalAnalysis.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

/**
 * Kaplan-Meier curves as step lines, one per selection: x in days since the report, y the
 * percentage still without the event, and under the axis the number at risk every 180 days
 * (part of the chart, so exports carry it). Each curve runs to its longest follow-up; the
 * series differ in colour and line style so they also read in greyscale.
 */
class SurvivalChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SurvivalChartBuilder)

public:
    SurvivalChartBuilder(QString title, QString valueTitle);

    void addCurve(const QString& name, km::SurvivalCurve curve);

    QChart* build() const override;

    /** The (day, percent) points of a curve's step line, starting at (0, 100). */
    static QList<QPointF> stepPoints(const km::SurvivalCurve& curve);
    /** The day the x axis ends: the longest follow-up of any curve (at least one tick). */
    std::int64_t axisEnd() const;
    /** Where the y axis starts: 0, or a multiple of 10 below every curve when all stay high. */
    double axisFloor() const;
    /** The days the numbers at risk are given for: 0, 180, 360... up to axisEnd(). */
    std::vector<std::int64_t> atRiskDays() const;

    static constexpr int tickDays = 180;

private:
    void addAtRiskTable(QChart* chart) const;

    struct Curve
    {
        QString name;
        km::SurvivalCurve curve;
    };

    QString title_;
    QString valueTitle_;
    std::vector<Curve> curves_;
};
