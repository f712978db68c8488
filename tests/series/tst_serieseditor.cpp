#include "events/series/AddSeriesCommand.h"
#include "events/series/RepeatRuleEditor.h"
#include "events/series/SeriesChangeCommand.h"
#include "events/series/SeriesEditorDialog.h"
#include "events/series/SeriesPreview.h"
#include "SeriesTestSupport.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Creates and edits a series through the editor's widgets, with the preview, the validation and undo.
class TestSeriesEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;

    SeriesStore &store() { return m_workspace->series(); }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        m_workspace.reset();
        m_workspace =
            test::openWorkspaceWithoutHolidays(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_file)));
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void createsSeedTalkThroughTheWidgets()
    {
        Series blank = SeriesEditorDialog::newSeriesOn(QDate(2026, 1, 6));
        SeriesEditorDialog dialog(*m_workspace, blank, nullptr);
        dialog.setPreviewFrom(QDate(2026, 1, 1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // No title yet: OK is disabled and the dialog says why.
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "error")->text().isEmpty());

        auto *title = child<QLineEdit>(&dialog, "title");
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Alumni talk"));
        test::typeText(title, QStringLiteral(" 勉強会"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "error")->text().isEmpty());

        choose(child<QComboBox>(&dialog, "type"), EventType::builtInName(QStringLiteral("talk")));
        choose(child<QComboBox>(&dialog, "format"), Event::formatLabel(Event::Format::Online));
        // The rule is picked, not taken from the first date: every 2nd Tuesday, from New Year's Day on.
        child<QDateEdit>(&dialog, "firstDate")->setDate(QDate(2026, 1, 1));
        child<QTimeEdit>(&dialog, "startTime")->setTime(QTime(20, 0));
        auto *repeat = child<QComboBox>(&dialog, "repeat");
        auto *ordinal = child<QComboBox>(&dialog, "ordinal");
        auto *weekday = child<QComboBox>(&dialog, "weekday");
        choose(repeat, QStringLiteral("Weekly on"));
        QVERIFY(ordinal->isHidden());
        QVERIFY(!weekday->isHidden());
        choose(weekday, QStringLiteral("Friday"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=FR"));
        QCOMPARE(dialog.series().firstStart.date(), QDate(2026, 1, 2));
        choose(repeat, QStringLiteral("Every other week on"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"));
        choose(repeat, QStringLiteral("Monthly on the last"));
        QVERIFY(ordinal->isHidden());
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
        QCOMPARE(dialog.series().firstStart.date(), QDate(2026, 1, 30));
        choose(repeat, QStringLiteral("Monthly on the"));
        QVERIFY(!ordinal->isHidden());
        choose(ordinal, QStringLiteral("2nd"));
        choose(weekday, QStringLiteral("Tuesday"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        // The date field stays as typed; the dialog says when the first one is.
        QCOMPARE(child<QDateEdit>(&dialog, "firstDate")->date(), QDate(2026, 1, 1));
        QCOMPARE(child<QLabel>(&dialog, "firstOccurrence")->text(),
                 QStringLiteral("The first one is on Tue, Jan 13, 2026."));
        QCOMPARE(dialog.series().firstStart.date(), QDate(2026, 1, 13));
        QTest::mouseClick(child<QCheckBox>(&dialog, "openEnd"), Qt::LeftButton);
        QVERIFY(child<QCheckBox>(&dialog, "openEnd")->isChecked());
        QVERIFY(!child<QTimeEdit>(&dialog, "endTime")->isEnabled());
        child<QLineEdit>(&dialog, "onlineUrl")->setText(QStringLiteral("https://meet.example.com/ob"));

        // The preview: the rule in words and the next six dates, at 20:00 with no end.
        QCOMPARE(dialog.preview()->description(), QStringLiteral("Every month on the 2nd Tuesday"));
        const QStringList lines = dialog.preview()->lines();
        QCOMPARE(lines.size(), 6);
        const QString eight = QLocale().toString(QTime(20, 0), QLocale::ShortFormat);
        QCOMPARE(lines.at(0), QStringLiteral("Tue, Jan 13, 2026 ") + eight);
        QCOMPARE(lines.at(1), QStringLiteral("Tue, Feb 10, 2026 ") + eight);
        QCOMPARE(lines.at(5), QStringLiteral("Tue, Jun 9, 2026 ") + eight);

        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Series made = dialog.series();
        QCOMPARE(made.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QVERIFY(!made.durationMinutes.has_value());

        QUndoStack undo;
        std::optional<Error> failure;
        auto *command = new AddSeriesCommand(store(), m_workspace->seriesSlots(), made,
                                             [&](const Error &e) { failure = e; });
        undo.push(command);
        QVERIFY(!failure);
        const qint64 id = command->seriesId();
        QVERIFY(id > 0);
        auto stored = store().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("Alumni talk 勉強会"));
        QCOMPARE(stored->type, QStringLiteral("talk"));
        QCOMPARE(stored->format, Event::Format::Online);
        QCOMPARE(stored->firstStart, QDateTime(QDate(2026, 1, 13), QTime(20, 0), test::tokyo()));
        QCOMPARE(stored->rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QVERIFY(!stored->durationMinutes);
        QVERIFY(stored->sameContent(test::seedTalks()) == false); // the title differs, the rest is seed 003's
        Series expected = test::seedTalks();
        expected.title = stored->title;
        QVERIFY(stored->sameContent(expected));
        const QString uid = stored->uid;

        undo.undo();
        QCOMPARE(store().all()->size(), 0);
        undo.redo();
        QCOMPARE(store().all()->size(), 1);
        QCOMPARE(store().get(id)->uid, uid);
        QVERIFY(store().get(id)->sameContent(expected));
    }

    void editsAStoredSeries()
    {
        Series talks = test::seedTalks();
        talks.durationMinutes = 90;
        talks.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=10");
        const qint64 id = test::addSeries(*m_workspace, talks);
        SeriesEditorDialog dialog(*m_workspace, *store().get(id), nullptr);
        dialog.setPreviewFrom(QDate(2026, 1, 1));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Series"));
        QCOMPARE(dialog.ruleEditor()->kind(), RepeatRuleEditor::Kind::MonthlyNth);
        QCOMPARE(dialog.ruleEditor()->end(), RepeatRuleEditor::End::Count);
        QCOMPARE(child<QSpinBox>(&dialog, "count")->value(), 10);
        QCOMPARE(child<QTimeEdit>(&dialog, "endTime")->time(), QTime(21, 30));
        QVERIFY(dialog.preview()->description().endsWith(QLatin1String(", 10 times")));
        QVERIFY(dialog.series().sameContent(*store().get(id)));

        // Moving the start keeps the length; ending on a date writes UNTIL.
        child<QTimeEdit>(&dialog, "startTime")->setTime(QTime(19, 0));
        QCOMPARE(child<QTimeEdit>(&dialog, "endTime")->time(), QTime(20, 30));
        choose(child<QComboBox>(&dialog, "ends"), QStringLiteral("On a date"));
        child<QDateEdit>(&dialog, "until")->setDate(QDate(2026, 6, 30));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260630"));
        QCOMPARE(dialog.preview()->lines().size(), 6);
        choose(child<QComboBox>(&dialog, "ends"), QStringLiteral("Never"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QCOMPARE(*dialog.series().durationMinutes, 90);

        QUndoStack undo;
        std::optional<Error> failure;
        undo.push(SeriesChangeCommand::edit(store(), m_workspace->seriesSlots(), dialog.series(),
                                            [&](const Error &e) { failure = e; })
                      .release());
        QVERIFY(!failure);
        QCOMPARE(store().get(id)->firstStart.time(), QTime(19, 0));
        undo.undo();
        QCOMPARE(store().get(id)->firstStart.time(), QTime(20, 0));
        QCOMPARE(store().get(id)->rrule, talks.rrule);
        undo.redo();
        QCOMPARE(store().get(id)->rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
    }

    void customRuleIsValidatedInline()
    {
        Series talks = test::seedTalks();
        SeriesEditorDialog dialog(*m_workspace, talks, nullptr);
        dialog.setPreviewFrom(QDate(2026, 1, 1));
        QVERIFY(dialog.okButton()->isEnabled());
        choose(child<QComboBox>(&dialog, "repeat"), QStringLiteral("Custom (iCalendar RRULE)"));
        auto *custom = child<QLineEdit>(&dialog, "customRule");
        custom->setText(QStringLiteral("FREQ=SOMETIMES"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QLatin1String("FREQ=SOMETIMES")));
        QVERIFY(dialog.preview()->lines().isEmpty());
        // A custom rule with its own end: the end choice steps aside.
        custom->setText(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=3"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "ends")->isEnabled());
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=3"));
        QCOMPARE(dialog.preview()->lines().size(), 3);
        // A rule the choices make is recognised as that choice.
        dialog.ruleEditor()->setRule(QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));
        QCOMPARE(dialog.ruleEditor()->kind(), RepeatRuleEditor::Kind::EveryOtherWeek);
        // Any weekday and week is offered whatever the first date, and moving the date keeps the rule.
        dialog.ruleEditor()->setKind(RepeatRuleEditor::Kind::MonthlyLast);
        choose(child<QComboBox>(&dialog, "weekday"), QStringLiteral("Tuesday"));
        child<QDateEdit>(&dialog, "firstDate")->setDate(QDate(2026, 1, 27));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1TU"));
        QCOMPARE(dialog.preview()->lines().at(1).left(17), QStringLiteral("Tue, Feb 24, 2026"));
        child<QDateEdit>(&dialog, "firstDate")->setDate(QDate(2026, 1, 20));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1TU"));
        QCOMPARE(dialog.series().firstStart.date(), QDate(2026, 1, 27));
        // A weekly rule read without BYDAY repeats on the first date's weekday and is written back as it was.
        dialog.ruleEditor()->setRule(QStringLiteral("FREQ=WEEKLY"));
        QCOMPARE(dialog.ruleEditor()->kind(), RepeatRuleEditor::Kind::Weekly);
        QCOMPARE(child<QComboBox>(&dialog, "weekday")->currentText(), QStringLiteral("Tuesday"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=WEEKLY"));
        choose(child<QComboBox>(&dialog, "weekday"), QStringLiteral("Thursday"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=TH"));
        QCOMPARE(dialog.series().firstStart.date(), QDate(2026, 1, 22));
        // Custom starts from the rule picked before.
        dialog.ruleEditor()->setKind(RepeatRuleEditor::Kind::Custom);
        QCOMPARE(child<QLineEdit>(&dialog, "customRule")->text(), QStringLiteral("FREQ=WEEKLY;BYDAY=TH"));
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=TH"));
        // A rule the picker cannot say stays custom.
        dialog.ruleEditor()->setRule(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU,4TU"));
        QCOMPARE(dialog.ruleEditor()->kind(), RepeatRuleEditor::Kind::Custom);
        QCOMPARE(dialog.series().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU,4TU"));
    }

    void previewMarksHolidays()
    {
        store().setHolidayLookup([](const QDate &d) {
            if (d == QDate(2026, 2, 10))
                return QStringLiteral("Test Day");
            return d == QDate(2026, 3, 10) ? QStringLiteral("Other Day") : QString();
        });
        Series talks = test::seedTalks();
        talks.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        SeriesEditorDialog dialog(*m_workspace, talks, nullptr);
        dialog.setPreviewFrom(QDate(2026, 1, 1));
        QStringList lines = dialog.preview()->lines();
        QVERIFY2(lines.at(1).startsWith(QLatin1String("Wed, Feb 11, 2026")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QLatin1String("(moved off Test Day)")));
        choose(child<QComboBox>(&dialog, "holidayPolicy"),
               Series::holidayPolicyLabel(Series::HolidayPolicy::Skip));
        lines = dialog.preview()->lines();
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.at(1).endsWith(QLatin1String("(skipped: Test Day)")));
        QVERIFY(lines.at(2).endsWith(QLatin1String("(skipped: Other Day)")));
        QCOMPARE(dialog.series().holidayPolicy, Series::HolidayPolicy::Skip);
    }
};

QTEST_MAIN(TestSeriesEditor)
#include "tst_serieseditor.moc"
