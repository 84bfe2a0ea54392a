// The export dialog's rounding option, driven as a user does: tick it, press Save.
#include "ui/StudySession.h"
#include "ui/report/ReportExportDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

QCheckBox* checkBox(QWidget& parent, const QString& startsWith)
{
    for (QCheckBox* box : parent.findChildren<QCheckBox*>())
        if (box->text().startsWith(startsWith))
            return box;
    return nullptr;
}

} // namespace

TEST_CASE("export dialog: 'round all counts' writes counts in fives and percentages from them", "[report][disclosure]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    ReportExportDialog dialog(ReportExportDialog::Mode::Figures, &session, km::Selection{{"NHN-2019"}, std::nullopt, std::nullopt});
    dialog.resize(700, 300);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("figuren"));
    auto* path = dialog.findChild<QLineEdit*>();
    REQUIRE(path);
    path->selectAll();
    QTest::keyClicks(path, folder);
    QCheckBox* round = checkBox(dialog, QStringLiteral("Round all counts"));
    QCheckBox* internal = checkBox(dialog, QStringLiteral("No protection"));
    REQUIRE(round);
    REQUIRE(internal);
    CHECK(round->isVisible());
    CHECK(round->isEnabled());
    QTest::mouseClick(round, Qt::LeftButton, {}, QPoint(8, round->height() / 2));
    CHECK(round->isChecked());
    // No protection would make rounding meaningless: the option is then disabled.
    QTest::mouseClick(internal, Qt::LeftButton, {}, QPoint(8, internal->height() / 2));
    CHECK_FALSE(round->isEnabled());
    QTest::mouseClick(internal, Qt::LeftButton, {}, QPoint(8, internal->height() / 2));
    CHECK(round->isEnabled());
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    REQUIRE(save);
    CHECK(save->isVisible());
    CHECK(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QFile csv(folder + QStringLiteral("/recidive.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    // Recidive 21/99 of NHN-2019 reads 20/100, 20.00%.
    CHECK(csv.readAll().contains(",recidive.nieuw_geweld,"));
    csv.seek(0);
    CHECK(csv.readAll().contains(",20,100,0,20.00,"));
}
