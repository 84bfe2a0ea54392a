#include "ui/dialogs/SettingsDialog.h"

#include "ui/AppLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const char* const reopenKey = "reopenLastStudy";

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), reopenLast_(new QCheckBox(this))
{
    setWindowTitle(tr("Settings"));
    language_->addItem(tr("System default"), QString());
    language_->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->setCurrentIndex(std::max(0, language_->findData(AppLanguage::setting())));

    reopenLast_->setText(tr("Open the last study at start (otherwise the demo study)"));
    reopenLast_->setChecked(reopenLastStudySetting());

    auto* note = new QLabel(tr("A command-line option --lang nl|en overrides the language for one session."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), language_);
    form->addRow(QString(), reopenLast_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString SettingsDialog::language() const
{
    return language_->currentData().toString();
}

bool SettingsDialog::reopenLastStudy() const
{
    return reopenLast_->isChecked();
}

void SettingsDialog::accept()
{
    AppLanguage::setSetting(language());
    QSettings().setValue(reopenKey, reopenLastStudy());
    QDialog::accept();
}

bool SettingsDialog::reopenLastStudySetting()
{
    return QSettings().value(reopenKey, true).toBool();
}
