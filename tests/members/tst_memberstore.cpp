#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

/// Member records: every field, emails, validation, and members kept across a schema upgrade.
class TestMemberStore : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    // --- CRUD --------------------------------------------------------------------------------------------
    void insertAndReadBackEveryField()
    {
        QSignalSpy inserted(&m_store->records(), &MemberStore::memberInserted);
        auto q = m_store->joinQuestions().add(QStringLiteral("参加のきっかけは？"));
        QVERIFY(q.ok());
        const qint64 referrer = add(person(QStringLiteral("井上 隆"), QStringLiteral("いのうえ たかし")));
        Member m = sato();
        m.referredBy = referrer;
        m.answers.insert(*q, QStringLiteral("ブログを見て"));
        const qint64 id = add(m);
        QVERIFY(id > 0);
        QCOMPARE(inserted.count(), 2);
        auto back = m_store->records().get(id);
        QVERIFY(back.ok());
        QCOMPARE(back->displayName, m.displayName);
        QCOMPARE(back->reading, m.reading);
        QCOMPARE(back->emails, m.emails);
        QCOMPARE(back->primaryEmail(), QStringLiteral("Hanako.Sato@Example.jp"));
        QCOMPARE(back->phone, m.phone);
        QCOMPARE(back->line, m.line);
        QCOMPARE(back->facebook, m.facebook);
        QCOMPARE(back->xHandle, m.xHandle);
        QCOMPARE(back->slack, m.slack);
        QCOMPARE(back->otherUrl, m.otherUrl);
        QCOMPARE(back->affiliation, m.affiliation);
        QCOMPARE(back->jobTitle, m.jobTitle);
        QCOMPARE(back->occupation, m.occupation);
        QCOMPARE(back->industry, m.industry);
        QCOMPARE(back->region, m.region);
        QCOMPARE(back->introduction, m.introduction);
        QCOMPARE(back->skills, m.skills);
        QCOMPARE(back->status, m.status);
        QCOMPARE(back->joinedOn, m.joinedOn);
        QCOMPARE(back->leftOn, QDate());
        QCOMPARE(back->approvedAt, m.approvedAt);
        QCOMPARE(back->referredBy, referrer);
        QCOMPARE(back->tags, QStringList({QStringLiteral("Designer"), QStringLiteral("常連")}));
        QCOMPARE(back->answers.value(*q), QStringLiteral("ブログを見て"));
        QCOMPARE(back->nameConsent, Member::NameConsent::FullName);
        QCOMPARE(back->notes, m.notes);
        QVERIFY(back->createdAt.isValid());
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM members WHERE email = 'Hanako.Sato@Example.jp'")), 1);
    }

    void insertWithIdRecreatesIt()
    {
        const qint64 id = add(sato());
        auto before = m_store->records().get(id);
        QVERIFY(m_store->records().remove(id).ok());
        QCOMPARE(m_store->records().get(id).error().code(), Error::Code::NotFound);
        auto again = m_store->records().insert(*before);
        QVERIFY(again.ok());
        QCOMPARE(*again, id);
        QCOMPARE(m_store->records().get(id)->emails, before->emails);
        QCOMPARE(search(QStringLiteral("佐藤")), QList<qint64>({id}));
    }

    void updateReplacesEverything()
    {
        QSignalSpy updated(&m_store->records(), &MemberStore::memberUpdated);
        const qint64 id = add(sato());
        Member m = *m_store->records().get(id);
        m.displayName = QStringLiteral("佐藤 花");
        m.emails = {QStringLiteral("new@example.com")};
        m.tags = {QStringLiteral("幹事")};
        m.status = Member::Status::Left;
        m.leftOn = QDate(2025, 1, 1);
        QVERIFY(m_store->records().update(m).ok());
        QCOMPARE(updated.count(), 1);
        auto back = m_store->records().get(id);
        QCOMPARE(back->displayName, QStringLiteral("佐藤 花"));
        QCOMPARE(back->emails, QStringList({QStringLiteral("new@example.com")}));
        QCOMPARE(back->tags, QStringList({QStringLiteral("幹事")}));
        QCOMPARE(back->leftOn, QDate(2025, 1, 1));
        QVERIFY(m_store->records().idsWithEmail(QStringLiteral("hanako@example.com"))->isEmpty());
        QCOMPARE(search(QStringLiteral("常連")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("幹事")), QList<qint64>({id}));
        m.id = 999;
        QCOMPARE(m_store->records().update(m).error().code(), Error::Code::NotFound);
    }

    void removeEmitsAndForgetsFromSearch()
    {
        QSignalSpy removed(&m_store->records(), &MemberStore::memberRemoved);
        const qint64 id = add(sato());
        QVERIFY(m_store->records().remove(id).ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(search(QStringLiteral("佐藤")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_emails")), 0);
        QCOMPARE(m_store->records().remove(id).error().code(), Error::Code::NotFound);
        // The FTS index is consistent with its content table.
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(
            QStringLiteral("INSERT INTO member_search (member_search, rank) VALUES ('integrity-check', 1)")));
    }

    void validationNamesTheProblem_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("no name") << 0;
        QTest::newRow("bad email") << 1;
        QTest::newRow("email twice ignoring case") << 2;
        QTest::newRow("left before joined") << 3;
        QTest::newRow("bad url") << 4;
        QTest::newRow("self referral") << 5;
        QTest::newRow("approved applicant") << 6;
    }

    void validationNamesTheProblem()
    {
        QFETCH(int, which);
        Member m = sato();
        switch (which) {
        case 0:
            m.displayName = QStringLiteral("  ");
            break;
        case 1:
            m.emails = {QStringLiteral("hanako@@example")};
            break;
        case 2:
            m.emails = {QStringLiteral("a@example.com"), QStringLiteral("A@Example.com")};
            break;
        case 3:
            m.status = Member::Status::Left;
            m.leftOn = m.joinedOn.addDays(-1);
            break;
        case 4:
            m.otherUrl = QStringLiteral("javascript:alert(1)");
            break;
        case 5:
            m.id = 5;
            m.referredBy = 5;
            break;
        case 6:
            m.status = Member::Status::Applicant;
            break;
        }
        auto valid = MemberStore::validate(m);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code(), Error::Code::Invalid);
        QVERIFY(!valid.error().message().isEmpty());
        if (which != 5)
            QVERIFY(!m_store->records().insert(m).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 0);
    }

    void validEmailsPass()
    {
        for (const char *email : {"a@example.com", "first.last+tag@sub.example.co.jp", "x_y@example.jp"}) {
            Member m = person(QStringLiteral("A"), {}, QString::fromLatin1(email));
            QVERIFY2(MemberStore::validate(m).ok(), email);
        }
    }

    void idsWithEmailIgnoresCaseAndPosition()
    {
        const qint64 a = add(sato());
        const qint64 b = add(
            person(QStringLiteral("別人"), QStringLiteral("べつじん"), QStringLiteral("HANAKO@example.com")));
        QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral("hanako@EXAMPLE.com")),
                 QList<qint64>({a, b}));
        QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral(" hanako.sato@example.jp ")),
                 QList<qint64>({a}));
        QVERIFY(m_store->records().idsWithEmail(QStringLiteral("nobody@example.com"))->isEmpty());
    }

    void emailsOfGivesABccList()
    {
        const qint64 a = add(sato());
        const qint64 b = add(person(QStringLiteral("B"), {}, QStringLiteral("b@example.com")));
        const qint64 c = add(person(QStringLiteral("C"), {}));
        const qint64 d = add(person(QStringLiteral("D"), {}, QStringLiteral("B@EXAMPLE.COM")));
        QCOMPARE(*m_store->records().emailsOf({a, b, c, d}),
                 QStringList({QStringLiteral("Hanako.Sato@Example.jp"), QStringLiteral("b@example.com")}));
    }

    void upgradeFromVersion1KeepsMembers()
    {
        m_store.reset();
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations().migrate(raw, 1).ok());
            QSqlQuery q(raw);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO members (display_name, reading, email, status, joined_on) "
                                      "VALUES ('佐藤 花子', 'サトウ ハナコ', 'Hanako@Example.jp', 'active', "
                                      "'2013-06-01')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('常連')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO member_tags VALUES (1, 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QCOMPARE(m_db->schemaVersion(), Migrations().latestVersion());
        m_store = std::make_unique<MemberTables>(*m_db);
        auto m = m_store->records().get(1);
        QVERIFY(m.ok());
        QCOMPARE(m->displayName, QStringLiteral("佐藤 花子"));
        QCOMPARE(m->emails, QStringList({QStringLiteral("Hanako@Example.jp")}));
        QCOMPARE(m->tags, QStringList({QStringLiteral("常連")}));
        QCOMPARE(m->joinedOn, QDate(2013, 6, 1));
        QCOMPARE(search(QStringLiteral("佐藤")), QList<qint64>({1}));
        QCOMPARE(search(QStringLiteral("はなこ")), QList<qint64>({1}));
        QCOMPARE(search(QStringLiteral("常連")), QList<qint64>({1}));
        QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral("hanako@example.jp")), QList<qint64>({1}));
        m_store.reset();
        m_db.reset();
        init();
    }
};

QTEST_GUILESS_MAIN(TestMemberStore)
#include "tst_memberstore.moc"
