#include "ui/report/FigureOutlet.h"

#include "ui/StudySession.h"
#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"
#include "ui/report/ReportData.h"

#include <QCoreApplication>

FigureOutlet::~FigureOutlet() = default;

ReportData FigureOutlet::publish(const StudySession& session, std::vector<km::IndicatorSet> sets,
                                 SmallNumbers smallNumbers)
{
    const km::SmallCellPolicy policy = smallNumbers == SmallNumbers::Protected ? SmallCellMark::storedPolicy()
                                                                                : km::SmallCellPolicy::none();
    return ReportData::fromSets(*session.study(), std::move(sets), policy, IndicatorText::language(),
                                session.displayName(), session.isDemo());
}

bool FigureOutlet::ready(const StudySession& session, bool shown, QString* error)
{
    if (session.study() && shown)
        return true;
    *error = QCoreApplication::translate("FigureOutlet", "There are no figures to export.");
    return false;
}
