#include "events/participants/MemberPicker.h"
#include "events/series/SeriesEditorDialog.h"
#include "events/series/SeriesPipelineDialog.h"
#include "events/series/SlotSpeakerDialog.h"
#include "items/CandidateTableModel.h"
#include "PipelineDriver.h"
#include "records/Participation.h"
#include "SeriesTestSupport.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// The speaker pipeline driven through its buttons: slot two speakers, a decline, remove, confirm, a new
/// series, and undo and redo of each.
class TestSeriesPipeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SeriesPipelineDialog> m_pipeline;
    int m_file = 0;
    qint64 m_series = 0;
    qint64 m_sato = 0;
    qint64 m_tanaka = 0;

    SeriesStore &store() { return m_workspace->series(); }
    QPushButton *button(const char *name) const
    {
        auto *b = m_pipeline->findChild<QPushButton *>(QString::fromLatin1(name));
        if (!b)
            qFatal("no button %s", name);
        return b;
    }
    qint64 speakerOn(const QDate &date) const
    {
        const int row = m_pipeline->model()->rowOf(date);
        return row < 0
                   ? -1
                   : m_pipeline->model()->index(row, 0).data(CandidateTableModel::MemberIdRole).toLongLong();
    }
    void slotThroughDialog(const QString &typed, const QString &topic)
    {
        test::slotThroughDialog(*m_pipeline, typed, topic);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        m_pipeline.reset();
        m_undo.reset();
        m_workspace.reset();
        m_workspace =
            test::openWorkspaceWithoutHolidays(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)));
        m_sato = test::addMember(*m_workspace, QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"));
        m_tanaka =
            test::addMember(*m_workspace, QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう"));
        m_series = test::addSeries(*m_workspace, test::seedTalks());
        m_undo = std::make_unique<QUndoStack>();
        m_pipeline = std::make_unique<SeriesPipelineDialog>(*m_workspace, *m_undo);
        m_pipeline->setFrom(QDate(2026, 1, 1));
        m_pipeline->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pipeline.get()));
    }
    void cleanup()
    {
        m_pipeline.reset();
        m_undo.reset();
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void listsTheCandidates()
    {
        QCOMPARE(m_pipeline->currentSeriesId(), m_series);
        QCOMPARE(m_pipeline->model()->rowCount(), 8);
        QCOMPARE(m_pipeline->findChild<QSpinBox *>(QStringLiteral("count"))->value(), 8);
        m_pipeline->findChild<QSpinBox *>(QStringLiteral("count"))->setValue(3);
        QCOMPARE(m_pipeline->model()->rowCount(), 3);
        QCOMPARE(m_pipeline->findChild<QLabel *>(QStringLiteral("ruleDescription"))->text(),
                 QStringLiteral("Every month on the 2nd Tuesday, from %1 (open end)")
                     .arg(QLocale().toString(QTime(20, 0), QLocale::ShortFormat)));
        // Nothing selected: only slotting is offered.
        QVERIFY(button("slotSpeaker")->isEnabled());
        QVERIFY(!button("decline")->isEnabled());
        QVERIFY(!button("removeSpeaker")->isEnabled());
        QVERIFY(!button("confirm")->isEnabled());
    }

    void slotDeclineUndo()
    {
        slotThroughDialog(QStringLiteral("さとう"), QStringLiteral("Qt 6 入門"));
        QCOMPARE(speakerOn(QDate(2026, 1, 13)), m_sato);
        QVERIFY(m_pipeline->statusText().contains(QStringLiteral("佐藤 花子")));
        // The speaker's row is selected: the next speaker goes after it, to the next free date.
        slotThroughDialog(QStringLiteral("田中"), QStringLiteral("SQLite の話"));
        QCOMPARE(speakerOn(QDate(2026, 2, 10)), m_tanaka);
        QCOMPARE(m_undo->count(), 2);
        auto found = m_workspace->seriesSlots().speakerSlots(m_series);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).topic, QStringLiteral("Qt 6 入門"));

        // 佐藤 cannot make 1/13: she moves to the next free date, 3/10 (2/10 is 田中's).
        QVERIFY(m_pipeline->selectCandidate(QDate(2026, 1, 13)));
        QVERIFY(button("decline")->isEnabled());
        QTest::mouseClick(button("decline"), Qt::LeftButton);
        QCOMPARE(speakerOn(QDate(2026, 1, 13)), qint64(0));
        QCOMPARE(speakerOn(QDate(2026, 3, 10)), m_sato);
        QCOMPARE(m_pipeline->selectedDate(), QDate(2026, 3, 10));
        const QString status = m_pipeline->statusText();
        QVERIFY2(status.contains(QLatin1String("declined")) && status.contains(QLatin1String("Mar 10, 2026")),
                 qPrintable(status));
        QCOMPARE(m_undo->count(), 3);

        // Ctrl+Z puts her back; redo moves her again.
        m_undo->undo();
        QCOMPARE(speakerOn(QDate(2026, 1, 13)), m_sato);
        QCOMPARE(speakerOn(QDate(2026, 3, 10)), qint64(0));
        QCOMPARE(m_workspace->seriesSlots().speakerSlots(m_series)->at(0).declinedDates, QList<QDate>());
        m_undo->redo();
        QCOMPARE(speakerOn(QDate(2026, 3, 10)), m_sato);
        QCOMPARE(m_workspace->seriesSlots().speakerSlots(m_series)->constLast().declinedDates,
                 QList<QDate>{QDate(2026, 1, 13)});
        m_undo->undo();
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_workspace->seriesSlots().speakerSlots(m_series)->size(), 0);
        QCOMPARE(speakerOn(QDate(2026, 1, 13)), qint64(0));
    }

    void removeAndConfirm()
    {
        QCOMPARE(m_pipeline->slotSpeaker(m_sato, QStringLiteral("Qt")), QDate(2026, 1, 13));
        QVERIFY(m_pipeline->selectCandidate(QDate(2026, 1, 13)));
        QTest::mouseClick(button("removeSpeaker"), Qt::LeftButton);
        QCOMPARE(speakerOn(QDate(2026, 1, 13)), qint64(0));
        m_undo->undo();
        QCOMPARE(speakerOn(QDate(2026, 1, 13)), m_sato);

        QVERIFY(m_pipeline->selectCandidate(QDate(2026, 1, 13)));
        QVERIFY(button("confirm")->isEnabled());
        QTest::mouseClick(button("confirm"), Qt::LeftButton);
        const int row = m_pipeline->model()->rowOf(QDate(2026, 1, 13));
        const qint64 eventId =
            m_pipeline->model()->index(row, 0).data(CandidateTableModel::EventIdRole).toLongLong();
        QVERIFY(eventId > 0);
        QVERIFY(!button("confirm")->isEnabled());
        auto rows = m_workspace->participations().forEvent(eventId);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).memberId, m_sato);
        QCOMPARE(rows->at(0).role, Participation::Role::Speaker);

        m_undo->undo();
        QVERIFY(!m_workspace->events().get(eventId).ok());
        QCOMPARE(m_pipeline->model()->index(row, 0).data(CandidateTableModel::EventIdRole).toLongLong(),
                 qint64(0));
        m_undo->redo();
        auto back = m_workspace->events().get(eventId);
        QVERIFY(back.ok());
        QCOMPARE(back->seriesId, m_series);
        QCOMPARE(back->occurrenceDate, QDate(2026, 1, 13));
        QCOMPARE(m_workspace->participations().forEvent(eventId)->size(), 1);
        QCOMPARE(m_pipeline->model()->index(row, 0).data(CandidateTableModel::EventIdRole).toLongLong(),
                 eventId);
    }

    void newSeriesFromThePipeline()
    {
        QTest::mouseClick(button("newSeries"), Qt::LeftButton);
        auto *editor = m_pipeline->findChild<SeriesEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("ランチ会"));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(store().all()->size(), 2);
        QVERIFY(m_pipeline->currentSeriesId() != m_series);
        QCOMPARE(m_pipeline->findChild<QComboBox *>(QStringLiteral("seriesBox"))->currentText(),
                 QStringLiteral("ランチ会"));
        m_undo->undo();
        QCOMPARE(store().all()->size(), 1);
        QCOMPARE(m_pipeline->findChild<QComboBox *>(QStringLiteral("seriesBox"))->count(), 1);
        QCOMPARE(m_pipeline->currentSeriesId(), m_series);

        // Edit Series… saves through the stack too.
        QTest::mouseClick(button("editSeries"), Qt::LeftButton);
        editor = m_pipeline->findChild<SeriesEditorDialog *>();
        QVERIFY(editor);
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
        title->selectAll();
        test::typeText(title, QStringLiteral("OB会 トーク"));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QCOMPARE(store().get(m_series)->title, QStringLiteral("OB会 トーク"));
        m_undo->undo();
        QCOMPARE(store().get(m_series)->title, test::seedTalks().title);
    }

    void errorsShowInTheStatusLine()
    {
        // Ten slots fill a COUNT=2 series; the third speaker is refused with a message, nothing pushed.
        Series s = *store().get(m_series);
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=2");
        QVERIFY(store().update(s).ok());
        QVERIFY(m_pipeline->slotSpeaker(m_sato, {}).isValid());
        m_pipeline->table()->clearSelection();
        QVERIFY(m_pipeline->slotSpeaker(m_tanaka, {}).isValid());
        m_pipeline->table()->clearSelection();
        QSignalSpy errors(m_pipeline.get(), &SeriesPipelineDialog::errorOccurred);
        QVERIFY(
            !m_pipeline->slotSpeaker(test::addMember(*m_workspace, QStringLiteral("鈴木")), {}).isValid());
        QCOMPARE(errors.size(), 1);
        QVERIFY(m_pipeline->statusText().contains(QLatin1String("no free date")));
        QCOMPARE(m_undo->count(), 2);
    }
};

QTEST_MAIN(TestSeriesPipeline)
#include "tst_seriespipeline.moc"
