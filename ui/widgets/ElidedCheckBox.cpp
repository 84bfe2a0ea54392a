#include "ui/widgets/ElidedCheckBox.h"

#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>

ElidedCheckBox::ElidedCheckBox(QString fullText, QWidget* parent)
    : QCheckBox(parent), fullText_(std::move(fullText))
{
    setAccessibleName(fullText_);
    // A check box does not shrink below its text by default; this one may, down to "…".
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
    elide();
}

QSize ElidedCheckBox::sizeHint() const
{
    return sizeFor(fullText_);
}

QSize ElidedCheckBox::minimumSizeHint() const
{
    return sizeFor(QStringLiteral("…"));
}

QSize ElidedCheckBox::sizeFor(const QString& shown) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    const QSize textSize(fontMetrics().horizontalAdvance(shown), fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_CheckBox, &option, textSize, this);
}

void ElidedCheckBox::resizeEvent(QResizeEvent* event)
{
    QCheckBox::resizeEvent(event);
    elide();
}

void ElidedCheckBox::elide()
{
    QStyleOptionButton option;
    initStyleOption(&option);
    const int room = style()->subElementRect(QStyle::SE_CheckBoxContents, &option, this).width();
    const QString shown = room > 0 ? fontMetrics().elidedText(fullText_, Qt::ElideRight, room) : fullText_;
    QString label = shown;
    label.replace(QLatin1Char('&'), QLatin1String("&&"));
    if (label != text())
        setText(label);
    setToolTip(shown == fullText_ ? QString() : Qt::convertFromPlainText(fullText_, Qt::WhiteSpaceNormal));
}
