#pragma once

#include "core/cases/ChainEvent.h"
#include "core/cases/ChainTrajectory.h"

#include <QString>

/**
 * The words of the case chain: dates as "2 Jan 2019" in the program's language, durations in
 * days, and the tooltips of trajectories and events. Translated in CaseChainView's context, as
 * the chain shows them.
 */
class ChainText
{
public:
    static QString date(km::Day day);
    static QString days(std::int64_t days);
    static QString trajectoryToolTip(const km::ChainTrajectory& trajectory);
    static QString eventToolTip(const km::ChainEvent& event, km::Day melddatum);
};
