#include "ui/views/ChainText.h"

#include "ui/models/CodeLabels.h"
#include "ui/views/CaseChainView.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

QString ChainText::date(km::Day day)
{
    return QLocale().toString(QDate(1970, 1, 1).addDays(day), QStringLiteral("d MMM yyyy"));
}

QString ChainText::days(std::int64_t days)
{
    return CaseChainView::tr("%n day(s)", nullptr, static_cast<int>(days));
}

QString ChainText::trajectoryToolTip(const km::ChainTrajectory& t)
{
    QString text = QStringLiteral("<b>%1</b> (%2)").arg(CodeLabels::aanbieder(t.aanbieder).toHtmlEscaped(),
                                                       CodeLabels::doelgroep(t.doelgroep).toHtmlEscaped());
    const QString start = t.start ? date(*t.start) : CaseChainView::tr("no start");
    const QString end = t.end ? date(*t.end) : CaseChainView::tr("no end");
    text += QStringLiteral("<br>%1 – %2").arg(start, end);
    if (t.start && t.end)
        text += QStringLiteral(" (%1)").arg(days(*t.end - *t.start));
    text += QStringLiteral("<br>") + CaseChainView::tr("Outcome: %1").arg(CodeLabels::afloop(t.afloop));
    if (!t.risicofactoren.empty()) {
        QStringList factors;
        for (const std::string& code : t.risicofactoren)
            factors << CodeLabels::risicofactor(code);
        text += QStringLiteral("<br>") + CaseChainView::tr("Risk factors: %1").arg(factors.join(QStringLiteral(", ")));
    }
    return text;
}

QString ChainText::eventToolTip(const km::ChainEvent& e, km::Day melddatum)
{
    return QStringLiteral("<b>%1</b><br>%2 (%3)<br>%4")
        .arg(CodeLabels::soort(e.soort).toHtmlEscaped(), date(e.datum),
             CaseChainView::tr("%1 after the report").arg(days(e.datum - melddatum)), CodeLabels::bekendBij(e.bekendBij));
}
