#include "ui/wizard/DemoImportQuestion.h"

#include <QMessageBox>
#include <QPushButton>

DemoImportQuestion::Answer DemoImportQuestion::ask(QWidget* parent)
{
    QMessageBox box(QMessageBox::Question, tr("Import into the demo study?"),
                    tr("The open study is the demo: its cases are synthetic and it is not saved. Cases imported "
                       "into it would sit beside the synthetic ones and be lost when you quit.\n\n"
                       "Create a new study for your data first?"),
                    QMessageBox::NoButton, parent);
    QPushButton* create = box.addButton(tr("New study…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create ? Answer::NewStudy : Answer::Cancel;
}
