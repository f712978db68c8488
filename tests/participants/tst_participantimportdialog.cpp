#include "events/participants/ParticipantImportDialog.h"
#include "items/ParticipantImportModel.h"
#include "records/Event.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// The participant import dialog driven as an organizer would: preview, the review step, import, undo.
class TestParticipantImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_event = 0;
    qint64 m_tanaka = 0;
    qint64 m_tanaka2 = 0;

    static QString fixture(const QString &name)
    {
        return test::testData(QStringLiteral("participants/import/") + name);
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void init()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("d.sqlite")));
        m_ws = test::openWorkspace(m_dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(m_ws);
        Member sato;
        sato.displayName = QStringLiteral("佐藤 花子");
        sato.accounts.insert(ServiceAccount::Service::Connpass, QStringLiteral("sato_hanako"));
        QVERIFY(m_ws->members().insert(sato).ok());
        Member tanaka;
        tanaka.displayName = QStringLiteral("田中 一郎");
        tanaka.reading = QStringLiteral("たなか いちろう");
        m_tanaka = *m_ws->members().insert(tanaka);
        tanaka.displayName = QStringLiteral("田中一郎");
        tanaka.reading.clear();
        tanaka.emails = {QStringLiteral("ichiro@example.org")};
        m_tanaka2 = *m_ws->members().insert(tanaka);
        Event e;
        e.title = QStringLiteral("第2回 交流会");
        e.start = QDateTime(QDate(2026, 5, 20), QTime(19, 0), e.timeZone);
        m_event = *m_ws->events().insert(e);
    }

    void previewThenReviewThenImport()
    {
        QUndoStack undo;
        ParticipantImportDialog dialog(*m_ws, m_event, &undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.importButton()->isEnabled()); // no file yet
        dialog.setFile(fixture(QStringLiteral("connpass-2nd-meetup.csv")));
        QCOMPARE(dialog.model()->rowCount(), 5);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.nextButton()->isVisible());
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("withdrawn accounts left out: 1")),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("to check in the review step: 1")));
        QCOMPARE(dialog.model()->index(0, ParticipantImportModel::ResultColumn).data().toString(),
                 QStringLiteral("佐藤 花子 (#1)"));
        QCOMPARE(dialog.model()->index(0, ParticipantImportModel::AttendanceColumn).data().toString(),
                 QStringLiteral("Came"));
        // The columns connpass writes that have no place are named, not dropped silently.
        QVERIFY2(dialog.noticeLabel()->text().contains(QStringLiteral("利用開始日")),
                 qPrintable(dialog.noticeLabel()->text()));

        dialog.showReview();
        QVERIFY(dialog.isReviewShown());
        QTableWidget *review = dialog.reviewTable();
        QCOMPARE(review->rowCount(), 1);
        auto *choice = qobject_cast<QComboBox *>(review->cellWidget(0, 3));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 4);        // two candidates, create, skip
        QCOMPARE(choice->currentIndex(), 3); // two namesakes: skipped until the organizer chooses
        QVERIFY(choice->itemText(0).contains(QStringLiteral("たなか いちろう")));
        QVERIFY(choice->itemText(1).contains(QStringLiteral("ichiro@example.org")));
        choice->setCurrentIndex(1);
        auto *remember = qobject_cast<QCheckBox *>(review->cellWidget(0, 4));
        QVERIFY(remember && remember->isEnabled() && remember->isChecked());
        QCOMPARE(dialog.model()->index(1, ParticipantImportModel::ResultColumn).data().toString(),
                 QStringLiteral("田中一郎 (#3)"));

        QVERIFY(dialog.importNow());
        QCOMPARE(dialog.lastCounts().matched, 4 - 2); // 佐藤 花子 and the reviewed 田中一郎
        QCOMPARE(dialog.lastCounts().created, 3);
        QVERIFY(m_ws->participations().get(m_event, m_tanaka2).ok());
        QVERIFY(!m_ws->participations().get(m_event, m_tanaka).ok());
        QCOMPARE(m_ws->members().get(m_tanaka2)->accounts.value(ServiceAccount::Service::Connpass),
                 QStringLiteral("ichiro_t"));
        QCOMPARE(m_ws->participations().forEvent(m_event)->size(), 5);

        // One undoable step: undo takes it all back, redo writes it again.
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QVERIFY(m_ws->participations().forEvent(m_event)->isEmpty());
        QVERIFY(m_ws->members().get(m_tanaka2)->accounts.isEmpty());
        QVERIFY(m_ws->members().namesakes(QStringLiteral("山本 さくら"))->isEmpty());
        undo.redo();
        QCOMPARE(m_ws->participations().forEvent(m_event)->size(), 5);
        QCOMPARE(m_ws->members().namesakes(QStringLiteral("山本 さくら"))->size(), 1);
    }

    void badFileSaysWhyAndCannotImport()
    {
        QUndoStack undo;
        ParticipantImportDialog dialog(*m_ws, m_event, &undo);
        dialog.setFile(test::testData(QStringLiteral("participants/unknown-service.csv")));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.noticeLabel()->text().isEmpty());
        QVERIFY(!dialog.importNow());
        QCOMPARE(undo.count(), 0);
        QVERIFY(m_ws->participations().forEvent(m_event)->isEmpty());
    }

    void cancelWritesNothing()
    {
        QUndoStack undo;
        const QByteArray before = test::contentDump(m_ws->database().connection());
        {
            ParticipantImportDialog dialog(*m_ws, m_event, &undo);
            dialog.setFile(fixture(QStringLiteral("connpass-2nd-meetup.csv")));
            dialog.showReview();
            dialog.reject();
        }
        QCOMPARE(test::contentDump(m_ws->database().connection()), before);
        QCOMPARE(undo.count(), 0);
    }
};

QTEST_MAIN(TestParticipantImportDialog)
#include "tst_participantimportdialog.moc"
