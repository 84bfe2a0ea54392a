#include "ui/models/SmallCellMark.h"

#include <QSettings>

namespace {

const QString minCellKey = QStringLiteral("export/minCell");

} // namespace

km::SmallCellPolicy SmallCellMark::storedPolicy()
{
    const int stored = QSettings().value(minCellKey, km::SmallCellPolicy::defaultMinCell).toInt();
    return km::SmallCellPolicy{stored > 0 ? stored : km::SmallCellPolicy::defaultMinCell};
}

void SmallCellMark::storeMinCell(int minCell)
{
    QSettings().setValue(minCellKey, minCell);
}

QString SmallCellMark::symbol()
{
    return QStringLiteral("⚠");
}

QColor SmallCellMark::background()
{
    return QColor(0xFF, 0xF3, 0xD6);
}

QString SmallCellMark::tooltip(const km::SmallCellPolicy& policy)
{
    return tr("Small numbers: fewer than %1; suppressed in exports").arg(policy.minCell);
}

QString SmallCellMark::legend(const km::SmallCellPolicy& policy)
{
    return tr("%1 Small numbers (fewer than %2 cases with or without the characteristic): shown here, "
              "suppressed in reports and exports.").arg(symbol()).arg(policy.minCell);
}
