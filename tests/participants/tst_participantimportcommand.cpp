#include "records/Event.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai events import-participants` through the real binary: what scripts see.
class TestParticipantImportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_event = 0;
    qint64 m_sato = 0;

    QStringList command(const QString &fixture, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("events"),
                           QStringLiteral("import-participants"),
                           QString::number(m_event),
                           test::testData(QStringLiteral("participants/import/") + fixture)} +
               extra;
    }

    QByteArray dump() const
    {
        QByteArray result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            db.setDatabaseName(m_db);
            if (db.open())
                result = test::contentDump(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        return result;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("c.sqlite"));
        QFile::remove(m_db);
        auto ws = test::openWorkspace(m_db);
        QVERIFY(ws);
        Member sato;
        sato.displayName = QStringLiteral("佐藤 花子");
        sato.accounts.insert(ServiceAccount::Service::Connpass, QStringLiteral("sato_hanako"));
        m_sato = *ws->members().insert(sato);
        for (const QString &name : {QStringLiteral("田中 一郎"), QStringLiteral("田中一郎")}) {
            Member m;
            m.displayName = name;
            QVERIFY(ws->members().insert(m).ok());
        }
        Event e;
        e.title = QStringLiteral("第2回 交流会");
        e.start = QDateTime(QDate(2026, 5, 20), QTime(19, 0), e.timeZone);
        m_event = *ws->events().insert(e);
    }

    void dryRunListsTheReviewAndWritesNothing()
    {
        const QByteArray before = dump();
        const auto run = test::runOffkai(
            command(QStringLiteral("connpass-all-review.csv"),
                    {QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QStringLiteral("Warning")),
                 qPrintable(run.err)); // the test log may add debug lines
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QVERIFY(row.contains(QStringLiteral("id")));
            QVERIFY(row.value(QStringLiteral("id")).isNull());
            QCOMPARE(row.value(QStringLiteral("result")).toString(), QStringLiteral("needs-review"));
            QCOMPARE(row.value(QStringLiteral("match")).toString(), QStringLiteral("review"));
        }
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("account")).toString(),
                 QStringLiteral("someone_a"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("candidates")).toArray().size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("candidates")).toArray().at(0).toInteger(),
                 m_sato);
        QCOMPARE(dump(), before);

        const auto text = test::runOffkai(
            command(QStringLiteral("connpass-all-review.csv"), {QStringLiteral("--dry-run")}));
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("Needs review: 2")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("line 2: 田中 一郎 could be member")));
        QCOMPARE(dump(), before);
    }

    void importPrintsCountsAndIds()
    {
        const auto run = test::runOffkai(command(QStringLiteral("connpass-2nd-meetup.csv"),
                                                 {QStringLiteral("--source"), QStringLiteral("connpass")}));
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("Matched: 1\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Created: 3\n")));
        QVERIFY(out.contains(QStringLiteral("Skipped: 1\n")));
        QVERIFY(out.contains(QStringLiteral("  of which withdrawn accounts: 1\n")));
        QVERIFY(out.contains(QStringLiteral("Needs review: 1\n")));

        // Again, as JSON: the created members now match by their connpass user names.
        const auto again = test::runOffkai(command(QStringLiteral("connpass-2nd-meetup.csv"),
                                                   {QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(again.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(again.out).array();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_sato);
        int matched = 0;
        for (const QJsonValue &value : rows)
            matched +=
                value.toObject().value(QStringLiteral("result")).toString() == QLatin1String("matched");
        QCOMPARE(matched, 4);
    }

    void errorsGoToStandardError()
    {
        const QByteArray before = dump();
        const auto unknown =
            test::runOffkai(command(QStringLiteral("connpass-2nd-meetup.csv"),
                                    {QStringLiteral("--source"), QStringLiteral("eventbrite")}));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains(QStringLiteral("eventbrite")));

        // Told it is a Zoom report, a connpass file is refused with the headers Zoom writes.
        const auto wrong = test::runOffkai(command(QStringLiteral("connpass-2nd-meetup.csv"),
                                                   {QStringLiteral("--source"), QStringLiteral("zoom")}));
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(wrong.out.isEmpty());
        QVERIFY2(wrong.err.contains(QStringLiteral("User Email")) ||
                     wrong.err.contains(QStringLiteral("ユーザーメール")),
                 qPrintable(wrong.err));

        const auto noEvent = test::runOffkai(
            {QStringLiteral("--db"), m_db, QStringLiteral("events"), QStringLiteral("import-participants"),
             QStringLiteral("999"), test::testData(QStringLiteral("participants/import/zoom-online.csv"))});
        QVERIFY(noEvent.exitCode != 0);
        QVERIFY(noEvent.out.isEmpty());
        QVERIFY(!noEvent.err.isEmpty());

        const auto missing =
            test::runOffkai({QStringLiteral("--db"), m_db, QStringLiteral("events"),
                             QStringLiteral("import-participants"), QString::number(m_event)});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(dump(), before);
    }

    void zoomFromAnotherDayWarnsOnStandardError()
    {
        {
            auto ws = test::openWorkspace(m_db);
            QVERIFY(ws);
            auto e = ws->events().get(m_event);
            e->start = QDateTime(QDate(2026, 6, 17), QTime(19, 0), e->timeZone);
            QVERIFY(ws->events().update(*e).ok());
        }
        const auto run =
            test::runOffkai(command(QStringLiteral("zoom-online.csv"), {QStringLiteral("--dry-run")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Warning: The Zoom report is from")), qPrintable(run.err));
        QVERIFY(!run.out.contains("Warning"));
    }
};

QTEST_GUILESS_MAIN(TestParticipantImportCommand)
#include "tst_participantimportcommand.moc"
