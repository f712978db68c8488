#include "events/series/RepeatRuleEditor.h"
#include "events/series/SeriesEditorDialog.h"
#include "events/series/SeriesPipelineDialog.h"
#include "events/series/SeriesPreview.h"
#include "items/CandidateTableModel.h"
#include "PipelineDriver.h"
#include "records/Participation.h"
#include "SeriesTestSupport.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Seed 003 from start to end, through the windows an organizer uses: a talk series every 2nd Tuesday at
/// 20:00 made with the repeat picker, a speaker slotted into the next candidate date, the speaker who
/// cannot make it moved to the one after, and that date confirmed as an event with its speaker.
class TestSeriesStory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

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
    static QString cell(const SeriesPipelineDialog &pipeline, const QDate &date, int column)
    {
        const int row = pipeline.model()->rowOf(date);
        return row < 0 ? QStringLiteral("(not listed)")
                       : pipeline.model()->index(row, column).data().toString();
    }
    /// Clicks the row of `date` in the candidate table.
    static void clickRow(SeriesPipelineDialog &pipeline, const QDate &date)
    {
        const int row = pipeline.model()->rowOf(date);
        QVERIFY(row >= 0);
        QTableView *table = pipeline.table();
        const QRect rect = table->visualRect(pipeline.model()->index(row, CandidateTableModel::TopicColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pipeline.selectedDate(), date);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_workspace = test::openWorkspaceWithoutHolidays(m_dir.filePath(QStringLiteral("story.sqlite")));
        QVERIFY(m_workspace);
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void talkSeriesSpeakerDeclinesAndConfirms()
    {
        const qint64 sato =
            test::addMember(*m_workspace, QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"));
        QUndoStack undo;
        SeriesPipelineDialog pipeline(*m_workspace, undo);
        pipeline.resize(1366, 700);
        pipeline.setFrom(QDate(2026, 1, 1));
        pipeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pipeline));
        QCOMPARE(pipeline.currentSeriesId(), qint64(0));

        // New Series…: the talk, from New Year's Day on, picked as "monthly on the 2nd Tuesday".
        QTest::mouseClick(test::pipelineButton(pipeline, "newSeries"), Qt::LeftButton);
        auto *editor = pipeline.findChild<SeriesEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->setPreviewFrom(QDate(2026, 1, 1));
        test::typeText(child<QLineEdit>(editor, "title"), QStringLiteral("OB会 トークイベント"));
        child<QDateEdit>(editor, "firstDate")->setDate(QDate(2026, 1, 1));
        child<QTimeEdit>(editor, "startTime")->setTime(QTime(20, 0));
        QTest::mouseClick(child<QCheckBox>(editor, "openEnd"), Qt::LeftButton);
        choose(child<QComboBox>(editor, "repeat"), QStringLiteral("Monthly on the"));
        choose(child<QComboBox>(editor, "ordinal"), QStringLiteral("2nd"));
        choose(child<QComboBox>(editor, "weekday"), QStringLiteral("Tuesday"));
        QCOMPARE(editor->preview()->description(), QStringLiteral("Every month on the 2nd Tuesday"));
        QVERIFY(editor->preview()->lines().constFirst().startsWith(QStringLiteral("Tue, Jan 13, 2026")));
        QVERIFY(editor->preview()->lines().at(1).startsWith(QStringLiteral("Tue, Feb 10, 2026")));
        QVERIFY(editor->okButton()->isEnabled());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QVERIFY(pipeline.currentSeriesId() > 0);
        const Series made = *m_workspace->series().get(pipeline.currentSeriesId());
        QCOMPARE(made.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QCOMPARE(made.firstStart, QDateTime(QDate(2026, 1, 13), QTime(20, 0), test::tokyo()));
        QVERIFY(!made.durationMinutes);
        QCOMPARE(pipeline.model()->index(0, 0).data(CandidateTableModel::OccurrenceDateRole).toDate(),
                 QDate(2026, 1, 13));
        QCOMPARE(pipeline.model()->headerData(CandidateTableModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("State"));

        // Slot a speaker: the first free date.
        test::slotThroughDialog(pipeline, QStringLiteral("佐藤"), QStringLiteral("退職後のキャリア"));
        QCOMPARE(cell(pipeline, QDate(2026, 1, 13), CandidateTableModel::SpeakerColumn),
                 QStringLiteral("佐藤 花子"));
        QCOMPARE(cell(pipeline, QDate(2026, 1, 13), CandidateTableModel::StateColumn),
                 QStringLiteral("Slotted"));
        QCOMPARE(cell(pipeline, QDate(2026, 1, 13), CandidateTableModel::TopicColumn),
                 QStringLiteral("退職後のキャリア"));

        // The speaker cannot make it: the button says what happens, and they go to the next candidate date.
        clickRow(pipeline, QDate(2026, 1, 13));
        QPushButton *decline = test::pipelineButton(pipeline, "decline");
        QCOMPARE(decline->text(), QStringLiteral("Can't &make this date (next candidate date)"));
        QVERIFY(decline->isEnabled());
        QTest::mouseClick(decline, Qt::LeftButton);
        QCOMPARE(cell(pipeline, QDate(2026, 1, 13), CandidateTableModel::SpeakerColumn), QString());
        QCOMPARE(cell(pipeline, QDate(2026, 1, 13), CandidateTableModel::StateColumn),
                 QStringLiteral("Free"));
        QCOMPARE(cell(pipeline, QDate(2026, 2, 10), CandidateTableModel::SpeakerColumn),
                 QStringLiteral("佐藤 花子"));
        QCOMPARE(cell(pipeline, QDate(2026, 2, 10), CandidateTableModel::StateColumn),
                 QStringLiteral("Slotted (could not make Tue, Jan 13, 2026)"));
        QCOMPARE(pipeline.selectedDate(), QDate(2026, 2, 10));
        QVERIFY(pipeline.statusText().contains(QStringLiteral("佐藤 花子")));

        // Confirm: the date is an event on the calendar, the speaker its speaker.
        QPushButton *confirm = test::pipelineButton(pipeline, "confirm");
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(cell(pipeline, QDate(2026, 2, 10), CandidateTableModel::StateColumn),
                 QStringLiteral("Confirmed as an event"));
        QCOMPARE(cell(pipeline, QDate(2026, 2, 10), CandidateTableModel::SpeakerColumn),
                 QStringLiteral("佐藤 花子"));
        QVERIFY(!decline->isEnabled());
        const qint64 eventId = pipeline.model()
                                   ->index(pipeline.model()->rowOf(QDate(2026, 2, 10)), 0)
                                   .data(CandidateTableModel::EventIdRole)
                                   .toLongLong();
        QVERIFY(eventId > 0);
        const Event event = *m_workspace->events().get(eventId);
        QCOMPARE(event.title, QStringLiteral("OB会 トークイベント"));
        QCOMPARE(event.start, QDateTime(QDate(2026, 2, 10), QTime(20, 0), test::tokyo()));
        QCOMPARE(event.occurrenceDate, QDate(2026, 2, 10));
        const auto people = *m_workspace->participations().participantsOf(eventId);
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.constFirst().participation.memberId, sato);
        QCOMPARE(people.constFirst().participation.role, Participation::Role::Speaker);

        // Each step is one undo: confirm, decline, slot, new series.
        undo.undo();
        QVERIFY(!m_workspace->events().get(eventId));
        QCOMPARE(cell(pipeline, QDate(2026, 2, 10), CandidateTableModel::StateColumn),
                 QStringLiteral("Slotted (could not make Tue, Jan 13, 2026)"));
        undo.undo();
        QCOMPARE(cell(pipeline, QDate(2026, 1, 13), CandidateTableModel::SpeakerColumn),
                 QStringLiteral("佐藤 花子"));
        undo.undo();
        undo.undo();
        QCOMPARE(m_workspace->series().all()->size(), 0);
    }
};

QTEST_MAIN(TestSeriesStory)
#include "tst_seriesstory.moc"
