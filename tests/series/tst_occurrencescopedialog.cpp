#include "events/series/OccurrenceScopeDialog.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace offkai;

/// "Only this occurrence / This and following / All occurrences", chosen with the mouse and the keyboard.
class TestOccurrenceScopeDialog : public QObject
{
    Q_OBJECT

    using Scope = OccurrenceScopeDialog::Scope;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void choosesAScope()
    {
        OccurrenceScopeDialog dialog(QStringLiteral("OB会 勉強会"), QDate(2026, 3, 10), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.scope(), Scope::ThisOccurrence);
        const QString question = dialog.findChild<QLabel *>(QStringLiteral("question"))->text();
        QVERIFY(question.contains(QStringLiteral("OB会 勉強会")));
        QVERIFY(question.contains(QLatin1String("Tue, Mar 10, 2026")));

        // A radio button takes clicks on its circle and text, not on the empty rest of its row.
        const auto click = [&](Scope scope) {
            QRadioButton *radio = dialog.button(scope);
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        };
        click(Scope::ThisAndFollowing);
        QCOMPARE(dialog.scope(), Scope::ThisAndFollowing);
        click(Scope::AllOccurrences);
        QCOMPARE(dialog.scope(), Scope::AllOccurrences);
        dialog.setScope(Scope::ThisOccurrence);
        QCOMPARE(dialog.scope(), Scope::ThisOccurrence);
        QCOMPARE(dialog.findChild<QRadioButton *>(QStringLiteral("thisAndFollowing")),
                 dialog.button(Scope::ThisAndFollowing));

        dialog.setScope(Scope::ThisAndFollowing);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.scope(), Scope::ThisAndFollowing);
    }

    void firstOccurrenceHasNoFollowingChoice()
    {
        OccurrenceScopeDialog dialog(QStringLiteral("Lunch"), QDate(2026, 1, 15), true);
        QVERIFY(!dialog.button(Scope::ThisAndFollowing)->isEnabled());
        dialog.setScope(Scope::ThisAndFollowing);
        QCOMPARE(dialog.scope(), Scope::ThisOccurrence);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestOccurrenceScopeDialog)
#include "tst_occurrencescopedialog.moc"
