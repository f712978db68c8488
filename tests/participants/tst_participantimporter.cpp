#include "records/Event.h"
#include "records/Member.h"
#include "records/MemberQuery.h"
#include "records/MemberRow.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"
#include "workflows/ParticipantImporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using Importer = ParticipantImporter;

/// The participant import against a real database: the matching order (account, email, name and
/// reading, review), every mapped field, re-import, a later file, undo and redo, and failures.
class TestParticipantImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_event = 0;
    qint64 m_sato = 0;    // connpass sato_hanako, hanako@example.jp, さとう はなこ
    qint64 m_tanaka = 0;  // 田中 一郎, no account
    qint64 m_tanaka2 = 0; // another 田中 一郎
    qint64 m_kenji = 0;   // connpass kenji_w
    qint64 m_mika = 0;    // connpass mika_s, すずき みか

    qint64 addMember(const QString &name, const QString &reading, const QString &email,
                     const QString &connpass)
    {
        Member m;
        m.displayName = name;
        m.reading = reading;
        if (!email.isEmpty())
            m.emails = {email};
        if (!connpass.isEmpty())
            m.accounts.insert(ServiceAccount::Service::Connpass, connpass);
        auto id = m_ws->members().insert(m);
        return id.ok() ? *id : 0;
    }

    qint64 addEvent(const QDate &day)
    {
        Event e;
        e.title = QStringLiteral("第2回 交流会");
        e.start = QDateTime(day, QTime(19, 0), e.timeZone);
        e.end = QDateTime(day, QTime(21, 0), e.timeZone);
        e.capacity = 14;
        e.fee = 1500;
        auto id = m_ws->events().insert(e);
        return id.ok() ? *id : 0;
    }

    static QString fixture(const QString &name)
    {
        return test::testData(QStringLiteral("participants/import/") + name);
    }

    Importer::Plan plan(const QString &name, qint64 event = 0)
    {
        auto planned = Importer(*m_ws).planFile(event ? event : m_event, fixture(name), std::nullopt);
        if (!planned)
            qWarning() << planned.error().toString();
        return planned ? *planned : Importer::Plan();
    }

    Participation participation(qint64 member)
    {
        auto p = m_ws->participations().get(m_event, member);
        return p ? *p : Participation();
    }

    static const Importer::Row *rowNamed(const Importer::Plan &plan, const QString &name)
    {
        for (const Importer::Row &row : plan.rows) {
            if (row.entry.name == name)
                return &row;
        }
        return nullptr;
    }

    /// The first plan of connpass-2nd-meetup.csv with 田中 一郎 decided as `member`.
    Importer::Plan decidedConnpassPlan(qint64 member)
    {
        Importer::Plan p = plan(QStringLiteral("connpass-2nd-meetup.csv"));
        for (Importer::Row &row : p.rows) {
            if (row.match == Importer::Match::Review) {
                row.reviewed = true;
                row.decision = Importer::Decision::UseMember;
                row.memberId = member;
            }
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void init()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("i.sqlite")));
        m_ws = test::openWorkspace(m_dir.filePath(QStringLiteral("i.sqlite")));
        QVERIFY(m_ws);
        m_sato = addMember(QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"),
                           QStringLiteral("hanako@example.jp"), QStringLiteral("sato_hanako"));
        m_tanaka = addMember(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう"), {}, {});
        m_tanaka2 = addMember(QStringLiteral("田中一郎"), {}, QStringLiteral("ichiro@example.org"), {});
        m_kenji = addMember(QStringLiteral("渡辺 健二"), {}, {}, QStringLiteral("Kenji_W"));
        m_mika = addMember(QStringLiteral("鈴木 美香"), QStringLiteral("すずき みか"),
                           QStringLiteral("mika@example.jp"), QStringLiteral("mika_s"));
        m_event = addEvent(QDate(2026, 5, 20));
        QVERIFY(m_sato && m_tanaka && m_tanaka2 && m_kenji && m_mika && m_event);
    }

    void accountsAreStoredAndSearchable()
    {
        auto m = m_ws->members().get(m_kenji);
        QVERIFY(m.ok());
        QCOMPARE(m->accounts.value(ServiceAccount::Service::Connpass), QStringLiteral("Kenji_W"));
        // Looked up by the normalized key: case, a leading @ and full-width letters do not matter.
        QCOMPARE(
            *m_ws->members().idsWithAccount(ServiceAccount::Service::Connpass, QStringLiteral("@kenji_w")),
            QList<qint64>{m_kenji});
        QCOMPARE(*m_ws->members().idsWithAccount(ServiceAccount::Service::Connpass,
                                                 QStringLiteral("ｋｅｎｊｉ_ｗ")),
                 QList<qint64>{m_kenji});
        QVERIFY(m_ws->members()
                    .idsWithAccount(ServiceAccount::Service::Peatix, QStringLiteral("kenji_w"))
                    ->isEmpty());
        // Found by the member search as well.
        MemberQuery query;
        query.search = QStringLiteral("kenji_w");
        auto found = m_ws->memberList().fetch(query, 0, 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().id, m_kenji);
        // An update replaces the accounts.
        m->accounts.insert(ServiceAccount::Service::Meetup, QStringLiteral("123456"));
        m->accounts.remove(ServiceAccount::Service::Connpass);
        QVERIFY(m_ws->members().update(*m).ok());
        QVERIFY(m_ws->members()
                    .idsWithAccount(ServiceAccount::Service::Connpass, QStringLiteral("kenji_w"))
                    ->isEmpty());
        QCOMPARE(m_ws->members().get(m_kenji)->accounts.value(ServiceAccount::Service::Meetup),
                 QStringLiteral("123456"));
    }

    void connpassRowsMatchInOrder()
    {
        const Importer::Plan p = plan(QStringLiteral("connpass-2nd-meetup.csv"));
        QCOMPARE(p.file.source, ParticipantFile::Source::Connpass);
        QCOMPARE(p.rows.size(), 5);
        QCOMPARE(p.file.withdrawn, 1);
        QCOMPARE(p.needsReview(), 1);
        const Importer::Row *sato = rowNamed(p, QStringLiteral("佐藤 花子"));
        QVERIFY(sato);
        QCOMPARE(sato->match, Importer::Match::Account);
        QCOMPARE(sato->memberId, m_sato);
        QCOMPARE(sato->decision, Importer::Decision::UseMember);
        // Two members are called 田中 一郎 (one without the space): the organizer decides.
        const Importer::Row *tanaka = rowNamed(p, QStringLiteral("田中 一郎"));
        QVERIFY(tanaka);
        QCOMPARE(tanaka->match, Importer::Match::Review);
        QCOMPARE(tanaka->candidates, (QList<qint64>{m_tanaka, m_tanaka2}));
        QCOMPARE(tanaka->memberId, 0);
        QCOMPARE(p.rows.at(2).match, Importer::Match::None);
        QCOMPARE(p.rows.at(2).decision, Importer::Decision::Create);
        QCOMPARE(rowNamed(p, QStringLiteral("渡辺 健二"))->memberId,
                 m_kenji); // "Kenji_W" stored, "kenji_w" in the file
        QCOMPARE(rowNamed(p, QStringLiteral("鈴木 美香"))->memberId, m_mika);
    }

    void connpassImportWritesEveryField()
    {
        const Importer::Plan p = decidedConnpassPlan(m_tanaka);
        auto outcome = Importer(*m_ws).apply(p);
        if (!outcome)
            QFAIL(qPrintable(outcome.error().toString()));
        const Importer::Counts c = outcome->counts;
        QCOMPARE(c.matched, 4);
        QCOMPARE(c.created, 1);
        QCOMPARE(c.added, 5);
        QCOMPARE(c.updated, 0);
        QCOMPARE(c.skipped, 1); // the withdrawn account
        QCOMPARE(c.needsReview, 0);

        const Participation sato = participation(m_sato);
        QCOMPARE(sato.rsvp, Participation::Rsvp::Going);
        QVERIFY(sato.attended);
        QCOMPARE(sato.checkedInAt, QDateTime(QDate(2026, 5, 20), QTime(10, 5), QTimeZone::utc()));
        QCOMPARE(sato.note, QStringLiteral("一般参加\n遅れて行きます, すみません"));
        QCOMPARE(sato.role, Participation::Role::Attendee);
        QCOMPARE(participation(m_tanaka).rsvp, Participation::Rsvp::Going);
        QVERIFY(!participation(m_tanaka).attended);
        const Participation kenji = participation(m_kenji);
        QCOMPARE(kenji.rsvp, Participation::Rsvp::Waitlisted);
        QCOMPARE(kenji.waitlistOrder, 1);
        QCOMPARE(participation(m_mika).rsvp, Participation::Rsvp::Declined);

        // The user name of the reviewed row is remembered as the member's account.
        QCOMPARE(m_ws->members().get(m_tanaka)->accounts.value(ServiceAccount::Service::Connpass),
                 QStringLiteral("ichiro_t"));
        QVERIFY(m_ws->members().get(m_tanaka2)->accounts.isEmpty());
        // The new member: name with the full-width space, the account, the comment's line break kept.
        QCOMPARE(outcome->createdMembers.size(), 1);
        auto created = m_ws->members().get(outcome->createdMembers.constFirst().id);
        QVERIFY(created.ok());
        QCOMPARE(created->displayName.simplified(), QStringLiteral("山本 さくら"));
        QCOMPARE(created->accounts.value(ServiceAccount::Service::Connpass), QStringLiteral("newface"));
        QCOMPARE(created->status, Member::Status::Active);
        QCOMPARE(participation(created->id).note,
                 QStringLiteral("一般参加\n初参加です\nよろしくお願いします"));
    }

    void sameFileTwiceChangesNothing()
    {
        QVERIFY(Importer(*m_ws).apply(decidedConnpassPlan(m_tanaka)).ok());
        const QByteArray before = test::contentDump(m_ws->database().connection());
        // The second time every row matches by account, the remembered one too.
        const Importer::Plan again = plan(QStringLiteral("connpass-2nd-meetup.csv"));
        QCOMPARE(again.needsReview(), 0);
        for (const Importer::Row &row : again.rows)
            QCOMPARE(row.match, Importer::Match::Account);
        auto outcome = Importer(*m_ws).apply(again);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->counts.matched, 5);
        QCOMPARE(outcome->counts.created, 0);
        QCOMPARE(outcome->counts.added, 0);
        QCOMPARE(outcome->counts.updated, 0);
        QCOMPARE(outcome->counts.unchanged, 5);
        QCOMPARE(test::contentDump(m_ws->database().connection()), before);
    }

    void laterFileUpdates()
    {
        QVERIFY(Importer(*m_ws).apply(decidedConnpassPlan(m_tanaka)).ok());
        auto outcome = Importer(*m_ws).apply(plan(QStringLiteral("connpass-2nd-meetup-later.csv")));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->counts.updated, 2);
        QCOMPARE(outcome->counts.unchanged, 3);
        QVERIFY(participation(m_tanaka).attended);
        QCOMPARE(participation(m_tanaka).checkedInAt,
                 QDateTime(QDate(2026, 5, 20), QTime(10, 20), QTimeZone::utc()));
        const Participation kenji = participation(m_kenji);
        QCOMPARE(kenji.rsvp, Participation::Rsvp::Going);
        QVERIFY(kenji.attended);
        QVERIFY(!kenji.waitlistOrder);
    }

    void peatixMatchesByEmailThenNameAndReading()
    {
        const Importer::Plan p = plan(QStringLiteral("peatix-online.csv"));
        QCOMPARE(p.file.source, ParticipantFile::Source::Peatix);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows.at(0).match, Importer::Match::Email);
        QCOMPARE(p.rows.at(0).memberId, m_sato);
        // Another address, but the same name and the same reading (katakana in the file, hiragana stored).
        QCOMPARE(p.rows.at(1).match, Importer::Match::NameAndReading);
        QCOMPARE(p.rows.at(1).memberId, m_mika);
        QCOMPARE(p.rows.at(2).match, Importer::Match::None);
        auto outcome = Importer(*m_ws).apply(p);
        QVERIFY(outcome.ok());
        const Participation sato = participation(m_sato);
        QCOMPARE(sato.feePaid, 1500);
        QVERIFY(sato.paidAt.isValid());
        QCOMPARE(sato.registeredAt, QDateTime(QDate(2026, 5, 1), QTime(3, 34), QTimeZone::utc()));
        QCOMPARE(sato.note, QStringLiteral("一般チケット"));
        const qint64 takahashi = outcome->createdMembers.constFirst().id;
        QVERIFY(!participation(takahashi).feePaid); // 未払い: nothing paid
        auto created = m_ws->members().get(takahashi);
        QCOMPARE(created->emails, QStringList{QStringLiteral("makoto@example.net")});
        QCOMPARE(created->reading, QStringLiteral("タカハシ マコト"));
        QCOMPARE(created->joinedOn, QDate(2026, 5, 3)); // the day of the application, in the event's zone
    }

    void zoomSumsRejoinsAndWarnsOfAnotherDay()
    {
        const Importer::Plan p = plan(QStringLiteral("zoom-online.csv"));
        QCOMPARE(p.file.source, ParticipantFile::Source::ZoomMeeting);
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows.at(0).match, Importer::Match::Email);
        // "iPhone (鈴木 美香)": the person's name, and a name alone is for the organizer to confirm.
        QCOMPARE(p.rows.at(1).entry.name, QStringLiteral("鈴木 美香"));
        QCOMPARE(p.rows.at(1).match, Importer::Match::Review);
        QCOMPARE(p.rows.at(1).candidates, QList<qint64>{m_mika});
        auto outcome = Importer(*m_ws).apply(p);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->counts.needsReview, 1);
        QCOMPARE(outcome->counts.added, 1);
        const Participation sato = participation(m_sato);
        QVERIFY(sato.attended);
        QCOMPARE(sato.minutesAttended, 93);
        QCOMPARE(sato.checkedInAt, QDateTime(QDate(2026, 5, 20), QTime(9, 50, 2), QTimeZone::utc()));
        QVERIFY(!m_ws->participations().get(m_event, m_mika).ok()); // undecided: left out

        const qint64 june = addEvent(QDate(2026, 6, 17));
        const Importer::Plan other = plan(QStringLiteral("zoom-online.csv"), june);
        QCOMPARE(other.warnings.size(), 1);
        QVERIFY2(other.warnings.constFirst().contains(QStringLiteral("第2回 交流会")),
                 qPrintable(other.warnings.constFirst()));
    }

    void undoAndRedo()
    {
        const auto before = m_ws->participations().forEvent(m_event);
        const qint64 membersBefore =
            m_ws->members().idsWithEmail(QStringLiteral("makoto@example.net"))->size();
        Importer importer(*m_ws);
        auto outcome = importer.apply(decidedConnpassPlan(m_tanaka));
        QVERIFY(outcome.ok());
        const qint64 created = outcome->createdMembers.constFirst().id;
        QVERIFY(importer.revert(*outcome).ok());
        QCOMPARE(*m_ws->participations().forEvent(m_event), *before);
        QVERIFY(!m_ws->members().get(created).ok());
        QVERIFY(m_ws->members().get(m_tanaka)->accounts.isEmpty());
        QCOMPARE(m_ws->members().idsWithEmail(QStringLiteral("makoto@example.net"))->size(), membersBefore);
        QVERIFY(importer.reapply(*outcome).ok());
        QCOMPARE(*m_ws->participations().forEvent(m_event), outcome->after);
        QCOMPARE(m_ws->members().get(created)->accounts.value(ServiceAccount::Service::Connpass),
                 QStringLiteral("newface"));
        QCOMPARE(m_ws->members().get(m_tanaka)->accounts.value(ServiceAccount::Service::Connpass),
                 QStringLiteral("ichiro_t"));
    }

    void aFailedWriteLeavesTheDatabaseAsItWas()
    {
        const QByteArray before = test::contentDump(m_ws->database().connection());
        // The last participation fails: members were already created and an account remembered.
        QVERIFY(test::failWrites(m_ws->database().connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("participations"), QStringLiteral("NEW.rsvp = 'declined'")));
        auto outcome = Importer(*m_ws).apply(decidedConnpassPlan(m_tanaka));
        QVERIFY(!outcome.ok());
        QCOMPARE(test::contentDump(m_ws->database().connection()), before);
    }

    void demoFilesMatchTheDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("demo"));
        auto created = DemoDatabase::create(folder, QDate(2026, 5, 1));
        QVERIFY(created.ok());
        auto demo = test::openWorkspace(*created);
        QVERIFY(demo);
        const QStringList files = DemoDatabase::participantFiles(folder);
        QCOMPARE(files.size(), 2);
        const auto eventNamed = [&](const QString &title) {
            QSqlQuery q(demo->database().connection());
            q.prepare(QStringLiteral("SELECT id FROM events WHERE title = ?"));
            q.addBindValue(title);
            return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        };
        struct Case
        {
            QString file;
            QString event;
            ParticipantFile::Source source;
        };
        for (const Case &c :
             {Case{files.at(0), QStringLiteral("第2回オフ会"), ParticipantFile::Source::Connpass},
              Case{files.at(1), QStringLiteral("9月のオン会"), ParticipantFile::Source::ZoomMeeting}}) {
            const qint64 event = eventNamed(c.event);
            QVERIFY2(event > 0, qPrintable(c.event));
            auto planned = Importer(*demo).planFile(event, c.file, std::nullopt);
            if (!planned)
                QFAIL(qPrintable(planned.error().toString()));
            QCOMPARE(planned->file.source, c.source);
            QVERIFY(planned->warnings.isEmpty());
            // The demo's people: each row is someone of the directory, or the one newcomer the file adds.
            int unknown = 0;
            for (const Importer::Row &row : planned->rows)
                unknown += row.match == Importer::Match::None;
            qInfo() << c.event << planned->rows.size() << "rows," << unknown << "new,"
                    << planned->needsReview() << "to review";
            QVERIFY(planned->rows.size() >= 6);
            QVERIFY2(unknown <= 2, qPrintable(QString::number(unknown)));
            auto counts = Importer(*demo).preview(*planned);
            QVERIFY(counts.ok());
        }
    }

    void unknownFileListsTheExpectedHeaders()
    {
        auto planned = Importer(*m_ws).planFile(
            m_event, test::testData(QStringLiteral("participants/unknown-service.csv")), std::nullopt);
        QVERIFY(!planned.ok());
        QVERIFY2(planned.error().message().contains(QStringLiteral("表示名")),
                 qPrintable(planned.error().message()));
        QVERIFY(planned.error().message().contains(QStringLiteral("Name (Original Name)")));
        auto missing =
            Importer(*m_ws).planFile(m_event, fixture(QStringLiteral("no-such-file.csv")), std::nullopt);
        QVERIFY(!missing.ok());
    }
};

QTEST_GUILESS_MAIN(TestParticipantImporter)
#include "tst_participantimporter.moc"
