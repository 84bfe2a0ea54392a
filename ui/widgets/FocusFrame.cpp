#include "ui/widgets/FocusFrame.h"

#include <QString>
#include <QWidget>

const char* FocusFrame::colour()
{
    return "#1565C0";
}

void FocusFrame::apply(QWidget* container)
{
    container->setStyleSheet(QStringLiteral(
        "QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 3px; padding: 1px 2px; }"
        "QCheckBox:focus, QRadioButton:focus { border-color: %1; }").arg(QLatin1String(colour())));
}
