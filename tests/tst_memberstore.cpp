#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"
#include "stores/MemberStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestMemberStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberStore> m_store;

    static Member person(const QString &name, const QString &reading, const QString &email = {})
    {
        Member m;
        m.displayName = name;
        m.reading = reading;
        if (!email.isEmpty())
            m.emails = {email};
        m.joinedOn = QDate(2024, 4, 1);
        return m;
    }

    static Member sato()
    {
        Member m = person(QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"),
                          QStringLiteral("Hanako.Sato@Example.jp"));
        m.emails.append(QStringLiteral("hanako@example.com"));
        m.phone = QStringLiteral("090-0000-0000");
        m.line = QStringLiteral("hanako_line");
        m.facebook = QStringLiteral("https://facebook.com/hanako");
        m.xHandle = QStringLiteral("@hanako");
        m.slack = QStringLiteral("hanako.s");
        m.otherUrl = QStringLiteral("https://hanako.example.jp");
        m.affiliation = QStringLiteral("東京デザイン株式会社");
        m.jobTitle = QStringLiteral("デザイナー");
        m.occupation = QStringLiteral("creator");
        m.industry = QStringLiteral("デザイン");
        m.region = QStringLiteral("東京都");
        m.introduction = QStringLiteral("よろしくお願いします。");
        m.skills = QStringLiteral("Figma, 写真");
        m.status = Member::Status::Active;
        m.approvedAt = QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC);
        m.tags = {QStringLiteral("常連"), QStringLiteral("Designer")};
        m.nameConsent = Member::NameConsent::FullName;
        m.notes = QStringLiteral("第1回から参加");
        return m;
    }

    qint64 add(const Member &m)
    {
        auto id = m_store->insert(m);
        if (!id.ok())
            qWarning() << id.error().toString();
        return id.ok() ? *id : 0;
    }

    QList<qint64> search(const QString &text)
    {
        MemberQuery q;
        q.search = text;
        auto rows = m_store->fetch(q, 0, 1000);
        if (!rows.ok()) {
            qWarning() << rows.error().toString();
            return {};
        }
        auto n = m_store->count(q);
        if (!n.ok() || *n != rows->size())
            qWarning() << "count disagrees with fetch for" << text;
        QList<qint64> ids;
        for (const MemberRow &r : std::as_const(*rows))
            ids.append(r.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    qint64 addEvent(const QString &title)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO events (title, starts_at) VALUES (?, '2024-05-01T10:00:00Z')"));
        q.addBindValue(title);
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }

    void attend(qint64 event, qint64 member, const QString &role, bool attended)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO participations (event_id, member_id, role, attended) VALUES (?, ?, ?, ?)"));
        q.addBindValue(event);
        q.addBindValue(member);
        q.addBindValue(role);
        q.addBindValue(attended ? 1 : 0);
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")) + suffix);
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("m.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberStore>(*m_db);
        QVERIFY(m_store->hasFullTextSearch());
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    // --- CRUD --------------------------------------------------------------------------------------------

    void insertAndReadBackEveryField()
    {
        QSignalSpy inserted(m_store.get(), &MemberStore::memberInserted);
        auto q = m_store->addJoinQuestion(QStringLiteral("参加のきっかけは？"));
        QVERIFY(q.ok());
        const qint64 referrer = add(person(QStringLiteral("井上 隆"), QStringLiteral("いのうえ たかし")));
        Member m = sato();
        m.referredBy = referrer;
        m.answers.insert(*q, QStringLiteral("ブログを見て"));
        const qint64 id = add(m);
        QVERIFY(id > 0);
        QCOMPARE(inserted.count(), 2);
        auto back = m_store->get(id);
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
        auto before = m_store->get(id);
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(m_store->get(id).error().code(), Error::Code::NotFound);
        auto again = m_store->insert(*before);
        QVERIFY(again.ok());
        QCOMPARE(*again, id);
        QCOMPARE(m_store->get(id)->emails, before->emails);
        QCOMPARE(search(QStringLiteral("佐藤")), QList<qint64>({id}));
    }

    void updateReplacesEverything()
    {
        QSignalSpy updated(m_store.get(), &MemberStore::memberUpdated);
        const qint64 id = add(sato());
        Member m = *m_store->get(id);
        m.displayName = QStringLiteral("佐藤 花");
        m.emails = {QStringLiteral("new@example.com")};
        m.tags = {QStringLiteral("幹事")};
        m.status = Member::Status::Left;
        m.leftOn = QDate(2025, 1, 1);
        QVERIFY(m_store->update(m).ok());
        QCOMPARE(updated.count(), 1);
        auto back = m_store->get(id);
        QCOMPARE(back->displayName, QStringLiteral("佐藤 花"));
        QCOMPARE(back->emails, QStringList({QStringLiteral("new@example.com")}));
        QCOMPARE(back->tags, QStringList({QStringLiteral("幹事")}));
        QCOMPARE(back->leftOn, QDate(2025, 1, 1));
        QVERIFY(m_store->idsWithEmail(QStringLiteral("hanako@example.com"))->isEmpty());
        QCOMPARE(search(QStringLiteral("常連")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("幹事")), QList<qint64>({id}));
        m.id = 999;
        QCOMPARE(m_store->update(m).error().code(), Error::Code::NotFound);
    }

    void removeEmitsAndForgetsFromSearch()
    {
        QSignalSpy removed(m_store.get(), &MemberStore::memberRemoved);
        const qint64 id = add(sato());
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(search(QStringLiteral("佐藤")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_emails")), 0);
        QCOMPARE(m_store->remove(id).error().code(), Error::Code::NotFound);
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
            QVERIFY(!m_store->insert(m).ok());
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
        QCOMPARE(*m_store->idsWithEmail(QStringLiteral("hanako@EXAMPLE.com")), QList<qint64>({a, b}));
        QCOMPARE(*m_store->idsWithEmail(QStringLiteral(" hanako.sato@example.jp ")), QList<qint64>({a}));
        QVERIFY(m_store->idsWithEmail(QStringLiteral("nobody@example.com"))->isEmpty());
    }

    void emailsOfGivesABccList()
    {
        const qint64 a = add(sato());
        const qint64 b = add(person(QStringLiteral("B"), {}, QStringLiteral("b@example.com")));
        const qint64 c = add(person(QStringLiteral("C"), {}));
        const qint64 d = add(person(QStringLiteral("D"), {}, QStringLiteral("B@EXAMPLE.COM")));
        QCOMPARE(*m_store->emailsOf({a, b, c, d}),
                 QStringList({QStringLiteral("Hanako.Sato@Example.jp"), QStringLiteral("b@example.com")}));
    }

    // --- Search ------------------------------------------------------------------------------------------

    void searchFindsShortAndLongJapanese()
    {
        const qint64 sato1 = add(sato());
        Member tokyo = person(QStringLiteral("東 太郎"), QStringLiteral("あずま たろう"));
        tokyo.affiliation = QStringLiteral("京都大学");
        const qint64 azuma = add(tokyo);
        const qint64 kyoto = add(person(QStringLiteral("佐藤 東京"), QStringLiteral("さとう とうきょう")));
        Member other = person(QStringLiteral("鈴木 一郎"), QStringLiteral("すずき いちろう"));
        other.notes = QStringLiteral("東京タワーの近くに住んでいます");
        const qint64 suzuki = add(other);

        QCOMPARE(search(QStringLiteral("東")), QList<qint64>({sato1, azuma, kyoto, suzuki}));
        // "東" at the end of a name and "京" at the start of the affiliation are not "東京".
        QCOMPARE(search(QStringLiteral("東京")), QList<qint64>({sato1, kyoto, suzuki}));
        QCOMPARE(search(QStringLiteral("佐藤")), QList<qint64>({sato1, kyoto}));
        QCOMPARE(search(QStringLiteral("東京タワー")), QList<qint64>({suzuki}));
        QCOMPARE(search(QStringLiteral("東京デザイン株式会社")), QList<qint64>({sato1}));
        QCOMPARE(search(QStringLiteral("京都")), QList<qint64>({azuma}));
        QCOMPARE(search(QStringLiteral("佐藤 東京")), QList<qint64>({sato1, kyoto}));
        QVERIFY(search(QStringLiteral("大阪")).isEmpty());
        QCOMPARE(search(QStringLiteral("   ")), QList<qint64>({sato1, azuma, kyoto, suzuki}));
    }

    void searchFoldsKanaAndWidth()
    {
        const qint64 hira = add(person(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう")));
        const qint64 kata = add(person(QStringLiteral("ジョン スミス"), QStringLiteral("ジョン スミス")));
        QCOMPARE(search(QStringLiteral("タナカ")), QList<qint64>({hira}));
        QCOMPARE(search(QStringLiteral("ﾀﾅｶ")), QList<qint64>({hira}));
        QCOMPARE(search(QStringLiteral("たな")), QList<qint64>({hira}));
        QCOMPARE(search(QStringLiteral("すみす")), QList<qint64>({kata}));
        QCOMPARE(search(QStringLiteral("ｽﾐｽ")), QList<qint64>({kata}));
        QCOMPARE(search(QStringLiteral("じょん")), QList<qint64>({kata}));
        // Voicing is not folded away: ず is not す.
        QVERIFY(search(QStringLiteral("ずみす")).isEmpty());
    }

    void searchLatinIgnoresCaseAndWidth()
    {
        Member m = person(QStringLiteral("Tanaka Ichiro"), QStringLiteral("たなか いちろう"));
        m.affiliation = QStringLiteral("ACME Corporation");
        m.notes = QStringLiteral("Café owner");
        const qint64 id = add(m);
        const qint64 other = add(person(QStringLiteral("John Smith"), {}));
        for (const char *text : {"tanaka", "TANAKA", "Tan", "acme", "corp", "cafe", "CAFÉ"})
            QCOMPARE(search(QString::fromUtf8(text)), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("ＴＡＮＡＫＡ")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("ｔａｎａｋａ ａｃｍｅ")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("smith")), QList<qint64>({other}));
        QVERIFY(search(QStringLiteral("tanaka smith")).isEmpty());
        QVERIFY(search(QStringLiteral("anaka")).isEmpty()); // words match from their start
    }

    void searchCoversTagsAndNotes()
    {
        Member m = person(QStringLiteral("山田"), QStringLiteral("やまだ"));
        m.tags = {QStringLiteral("Zoomホスト")};
        m.notes = QStringLiteral("ワインが好き");
        const qint64 id = add(m);
        QCOMPARE(search(QStringLiteral("zoom")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("ほすと")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("ワイン")), QList<qint64>({id}));
        QVERIFY(m_store->addTag({id}, QStringLiteral("経営者")).ok());
        QCOMPARE(search(QStringLiteral("経営")), QList<qint64>({id}));
        QVERIFY(m_store->removeTag({id}, QStringLiteral("Zoomホスト")).ok());
        QVERIFY(search(QStringLiteral("zoom")).isEmpty());
    }

    void hostileTextIsStoredVerbatimAndSearchable()
    {
        const QString sql = QStringLiteral("Robert'); DROP TABLE members;--");
        const QString html = QStringLiteral("<script>alert('x')</script> & <b>bold</b>");
        const QString markdown =
            QStringLiteral("# Title\n**bold** [link](https://example.com) `code` | a | b |");
        Member m = person(sql, QStringLiteral("\"AND OR NEAR("));
        m.affiliation = html;
        m.notes = markdown;
        const qint64 id = add(m);
        QVERIFY(id > 0);
        auto back = m_store->get(id);
        QCOMPARE(back->displayName, sql);
        QCOMPARE(back->reading, QStringLiteral("\"AND OR NEAR("));
        QCOMPARE(back->affiliation, html);
        QCOMPARE(back->notes, markdown);
        for (const QString &text :
             {QStringLiteral("\"AND OR NEAR("), QStringLiteral("NEAR(a b)"), QStringLiteral("\"unbalanced"),
              QStringLiteral("a OR b"), QStringLiteral("NOT"), QStringLiteral("*"), QStringLiteral("^robert"),
              QStringLiteral("search_name:robert"), QStringLiteral("'; DROP TABLE members;--"),
              QStringLiteral("100%"), QStringLiteral("a_b"), QStringLiteral("\\"), QStringLiteral("(((("),
              QStringLiteral("<script>"), QStringLiteral("**bold**"), QStringLiteral("{}[]")}) {
            MemberQuery q;
            q.search = text;
            auto rows = m_store->fetch(q, 0, 10);
            QVERIFY2(rows.ok(), qPrintable(text + QStringLiteral(": ") +
                                           (rows.ok() ? QString() : rows.error().toString())));
            QVERIFY2(m_store->count(q).ok(), qPrintable(text));
        }
        QCOMPARE(search(QStringLiteral("\"AND OR NEAR(")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("robert")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("<script>")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("**bold**")), QList<qint64>({id}));
        QVERIFY(search(QStringLiteral("%%%")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 1);
    }

    void bulkWriteGivesTheSameResults()
    {
        QSignalSpy inserted(m_store.get(), &MemberStore::memberInserted);
        QSignalSpy reset(m_store.get(), &MemberStore::membersReset);
        const QStringList names = {QStringLiteral("東京 太郎"), QStringLiteral("佐藤 花子"),
                                   QStringLiteral("John Smith"), QStringLiteral("タナカ イチロウ"),
                                   QStringLiteral("ＡＢＣ商事 山田")};
        const QStringList readings = {QStringLiteral("とうきょう たろう"), QStringLiteral("さとう はなこ"),
                                      QString(), QStringLiteral("たなか いちろう"), QStringLiteral("やまだ")};
        const QStringList queries = {
            QStringLiteral("東"),     QStringLiteral("東京"), QStringLiteral("佐藤"), QStringLiteral("smith"),
            QStringLiteral("たなか"), QStringLiteral("abc"),  QStringLiteral("常連"), QStringLiteral("やま")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            Member m = person(names.at(i), readings.at(i));
            if (i % 2 == 0)
                m.tags = {QStringLiteral("常連")};
            add(m);
        }
        QList<QList<qint64>> perRow;
        for (const QString &q : queries)
            perRow.append(search(q));
        QCOMPARE(inserted.count(), names.size());

        // The same members again, in bulk mode, in a fresh database.
        init();
        QSignalSpy bulkInserted(m_store.get(), &MemberStore::memberInserted);
        QSignalSpy bulkReset(m_store.get(), &MemberStore::membersReset);
        {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->beginBulkWrite().ok());
            QVERIFY(m_store->isBulkWriting());
            for (qsizetype i = 0; i < names.size(); ++i) {
                Member m = person(names.at(i), readings.at(i));
                if (i % 2 == 0)
                    m.tags = {QStringLiteral("常連")};
                add(m);
            }
            // Nothing indexed yet.
            QVERIFY(search(QStringLiteral("佐藤")).isEmpty());
            QVERIFY(m_store->endBulkWrite().ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(bulkInserted.count(), 0);
        QCOMPARE(bulkReset.count(), 1);
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(search(queries.at(i)), perRow.at(i));
        // Per-row maintenance after a bulk rebuild keeps the index consistent.
        const qint64 later = add(person(QStringLiteral("佐藤 次郎"), QStringLiteral("さとう じろう")));
        QCOMPARE(search(QStringLiteral("佐藤")).size(), 2);
        QVERIFY(m_store->remove(later).ok());
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(
            QStringLiteral("INSERT INTO member_search (member_search, rank) VALUES ('integrity-check', 1)")));
    }

    void cancelledBulkWriteLeavesNothing()
    {
        add(person(QStringLiteral("既存"), QStringLiteral("きそん")));
        {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->beginBulkWrite().ok());
            add(person(QStringLiteral("取消"), QStringLiteral("とりけし")));
            tx.rollback();
            m_store->cancelBulkWrite();
        }
        QVERIFY(!m_store->isBulkWriting());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 1);
        QCOMPARE(search(QStringLiteral("既存")).size(), 1);
        QVERIFY(search(QStringLiteral("取消")).isEmpty());
    }

    /// The schema as SQLite keeps it: every table, index and trigger with its definition.
    QStringList schema()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
        QStringList objects;
        while (q.next()) {
            objects.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() +
                           QLatin1Char(' ') + q.value(2).toString() + QLatin1Char(' ') +
                           q.value(3).toString());
        }
        return objects;
    }

    /// A slim bulk write (indexes dropped after the first rows) gives what per-row writes give, and leaves
    /// the schema as it found it.
    void slimBulkWriteRestoresTheSchema()
    {
        const qint64 known = add(person(QStringLiteral("既存 一郎"), QStringLiteral("きそん いちろう"),
                                        QStringLiteral("Known@Example.jp")));
        const QStringList before = schema();
        QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("member_emails_key")));
        m_store->setSlimThreshold(2);
        {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->beginBulkWrite().ok());
            for (int i = 0; i < 6; ++i) {
                Member m = person(QStringLiteral("東京 太郎%1").arg(i), QStringLiteral("とうきょう たろう"),
                                  QStringLiteral("taro%1@example.jp").arg(i));
                m.tags = {QStringLiteral("常連")};
                add(m);
            }
            // Slim by now: indexes and the profile trigger are gone, duplicate lookups still work.
            QVERIFY(schema() != before);
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'member_emails_key'")),
                0);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'members_profile_row'")),
                     0);
            QCOMPARE(*m_store->idsWithEmail(QStringLiteral("known@example.jp")), QList<qint64>({known}));
            const qint64 fifth = m_store->idsWithEmail(QStringLiteral("TARO4@example.jp"))->value(0);
            QVERIFY(fifth > 0);
            // An update in the session moves the member's addresses in the lookup too.
            Member changed = *m_store->get(fifth);
            changed.emails = {QStringLiteral("moved@example.jp")};
            QVERIFY(m_store->update(changed).ok());
            QVERIFY(m_store->idsWithEmail(QStringLiteral("taro4@example.jp"))->isEmpty());
            QCOMPARE(*m_store->idsWithEmail(QStringLiteral("moved@example.jp")), QList<qint64>({fifth}));
            QVERIFY(m_store->endBulkWrite().ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(schema(), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_profiles WHERE sort_key IS NOT NULL")),
                 7);
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(check.exec(
            QStringLiteral("INSERT INTO member_search (member_search, rank) VALUES ('integrity-check', 1)")));
        QCOMPARE(search(QStringLiteral("東京")).size(), 6);
        QCOMPARE(search(QStringLiteral("きそん")), QList<qint64>({known}));
        QCOMPARE(search(QStringLiteral("常連")).size(), 6);
        QCOMPARE(m_store->idsWithEmail(QStringLiteral("moved@example.jp"))->size(), 1);
        // The trigger is back: a member inserted by plain SQL gets a profile row.
        QSqlQuery plain(m_db->connection());
        QVERIFY(plain.exec(QStringLiteral("INSERT INTO members (display_name) VALUES ('素 SQL')")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_profiles")), 8);
    }

    void cancelledSlimBulkWriteRestoresTheSchema()
    {
        add(person(QStringLiteral("既存"), QStringLiteral("きそん"), QStringLiteral("kison@example.jp")));
        const QStringList before = schema();
        m_store->setSlimThreshold(1);
        for (const bool rollBack : {true, false}) {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->beginBulkWrite().ok());
            for (int i = 0; i < 4; ++i)
                add(person(QStringLiteral("取消%1").arg(i), QStringLiteral("とりけし")));
            QVERIFY(schema() != before);
            if (rollBack) {
                tx.rollback();
                m_store->cancelBulkWrite();
            } else {
                // A caller that cancels before it rolls back: the store puts its indexes back itself.
                m_store->cancelBulkWrite();
                QCOMPARE(schema().size(), before.size());
                tx.rollback();
            }
            QVERIFY(!m_store->isBulkWriting());
            QCOMPARE(schema(), before);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 1);
            QCOMPARE(search(QStringLiteral("既存")).size(), 1);
            QVERIFY(search(QStringLiteral("取消")).isEmpty());
            QCOMPARE(m_store->idsWithEmail(QStringLiteral("kison@example.jp"))->size(), 1);
        }
    }

    void rowsWrittenByPlainSqlAreNormalizedOnOpen()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, reading, email) VALUES "
                                      "('ﾔﾏﾀﾞ 太郎', 'ヤマダ タロウ', 'Yamada@Example.com')")));
        m_store = std::make_unique<MemberStore>(*m_db);
        QCOMPARE(search(QStringLiteral("やまだ")).size(), 1);
        QCOMPARE(search(QStringLiteral("山田")).size(), 0);
        QCOMPARE(m_store->idsWithEmail(QStringLiteral("yamada@example.com"))->size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_profiles WHERE sort_key IS NULL")), 0);
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
        m_store = std::make_unique<MemberStore>(*m_db);
        auto m = m_store->get(1);
        QVERIFY(m.ok());
        QCOMPARE(m->displayName, QStringLiteral("佐藤 花子"));
        QCOMPARE(m->emails, QStringList({QStringLiteral("Hanako@Example.jp")}));
        QCOMPARE(m->tags, QStringList({QStringLiteral("常連")}));
        QCOMPARE(m->joinedOn, QDate(2013, 6, 1));
        QCOMPARE(search(QStringLiteral("佐藤")), QList<qint64>({1}));
        QCOMPARE(search(QStringLiteral("はなこ")), QList<qint64>({1}));
        QCOMPARE(search(QStringLiteral("常連")), QList<qint64>({1}));
        QCOMPARE(*m_store->idsWithEmail(QStringLiteral("hanako@example.jp")), QList<qint64>({1}));
        m_store.reset();
        m_db.reset();
        init();
    }

    // --- Filters and order -------------------------------------------------------------------------------

    void filtersAndSortInSql()
    {
        Member a = person(QStringLiteral("Z"), QStringLiteral("さとう"));
        a.occupation = QStringLiteral("student");
        a.tags = {QStringLiteral("幹事")};
        Member b = person(QStringLiteral("Y"), QStringLiteral("あべ"));
        b.status = Member::Status::Applicant;
        b.joinedOn = {};
        Member c = person(QStringLiteral("X"), QStringLiteral("カトウ"));
        c.occupation = QStringLiteral("student");
        c.joinedOn = QDate(2020, 1, 1);
        const qint64 ia = add(a), ib = add(b), ic = add(c);
        MemberQuery q;
        auto ids = [&](const MemberQuery &query) {
            QList<qint64> out;
            const auto rows = m_store->fetch(query, 0, 100);
            if (rows.ok()) {
                for (const MemberRow &r : *rows)
                    out.append(r.id);
            }
            return out;
        };
        QCOMPARE(ids(q), QList<qint64>({ib, ic, ia})); // あ, か, さ
        q.order = Qt::DescendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ia, ic, ib}));
        q.order = Qt::AscendingOrder;
        q.sort = MemberQuery::Sort::Name;
        QCOMPARE(ids(q), QList<qint64>({ic, ib, ia}));
        q.sort = MemberQuery::Sort::JoinedOn;
        QCOMPARE(ids(q), QList<qint64>({ic, ia, ib}));
        q.order = Qt::DescendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ia, ic, ib}));
        q.order = Qt::AscendingOrder;
        q.sort = MemberQuery::Sort::Status;
        QCOMPARE(ids(q).constFirst(), ib);
        q = {};
        q.status = Member::Status::Applicant;
        QCOMPARE(ids(q), QList<qint64>({ib}));
        QCOMPARE(*m_store->count(q), 1);
        q = {};
        q.occupation = QStringLiteral("student");
        QCOMPARE(ids(q), QList<qint64>({ic, ia}));
        q.tag = QStringLiteral("幹事");
        QCOMPARE(ids(q), QList<qint64>({ia}));
        QCOMPARE(*m_store->count(q), 1);
        auto rows = m_store->fetch(q, 0, 10);
        QCOMPARE(rows->constFirst().tags, QStringLiteral("幹事"));
        QCOMPARE(m_store->fetch({}, 1, 1)->constFirst().id, m_store->fetch({}, 0, 3)->at(1).id);
    }

    // --- Bulk actions ------------------------------------------------------------------------------------

    void bulkActionsChangeAllOrNothing()
    {
        QSignalSpy reset(m_store.get(), &MemberStore::membersReset);
        const qint64 a = add(person(QStringLiteral("A"), QStringLiteral("あ")));
        const qint64 b = add(person(QStringLiteral("B"), QStringLiteral("い")));
        QVERIFY(m_store->addTag({a, b}, QStringLiteral("幹事")).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags")), 2);
        // An unknown id in the middle rolls the whole action back.
        QCOMPARE(m_store->addTag({a, 999, b}, QStringLiteral("常連")).error().code(), Error::Code::NotFound);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags")), 2);
        QCOMPARE(m_store->removeTag({a, 999}, QStringLiteral("幹事")).error().code(), Error::Code::NotFound);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags")), 2);
        QVERIFY(m_store->removeTag({a}, QStringLiteral("幹事")).ok());
        QCOMPARE(m_store->get(a)->tags, QStringList());
        QCOMPARE(m_store->get(b)->tags, QStringList({QStringLiteral("幹事")}));
        QVERIFY(m_store->tags()->contains(QStringLiteral("幹事")));

        QCOMPARE(m_store->setStatus({a, 999}, Member::Status::Left, QDate(2025, 3, 1)).error().code(),
                 Error::Code::NotFound);
        QCOMPARE(m_store->get(a)->status, Member::Status::Active);
        QVERIFY(m_store->setStatus({a, b}, Member::Status::Left, QDate(2025, 3, 1)).ok());
        QCOMPARE(m_store->get(a)->status, Member::Status::Left);
        QCOMPARE(m_store->get(a)->leftOn, QDate(2025, 3, 1));
        QVERIFY(m_store->setStatus({a}, Member::Status::Left, QDate(2026, 1, 1)).ok());
        QCOMPARE(m_store->get(a)->leftOn, QDate(2025, 3, 1)); // kept: it was not empty
    }

    void approveTurnsApplicantsIntoMembers()
    {
        Member applicant = person(QStringLiteral("申請者"), QStringLiteral("しんせいしゃ"));
        applicant.status = Member::Status::Applicant;
        applicant.joinedOn = {};
        const qint64 a = add(applicant);
        Member dated = applicant;
        dated.joinedOn = QDate(2024, 1, 1);
        const qint64 d = add(dated);
        const qint64 active = add(person(QStringLiteral("既存"), QStringLiteral("きそん")));
        const QDateTime when(QDate(2025, 6, 30), QTime(16, 0), Qt::UTC); // 7/1 01:00 in Tokyo
        QVERIFY(!m_store->approve({a, 999}, when).ok());
        QCOMPARE(m_store->get(a)->status, Member::Status::Applicant);
        QVERIFY(m_store->approve({a, d, active}, when).ok());
        auto back = m_store->get(a);
        QCOMPARE(back->status, Member::Status::Active);
        QCOMPARE(back->approvedAt, when);
        QCOMPARE(back->joinedOn, QDate(2025, 7, 1));
        QCOMPARE(m_store->get(d)->joinedOn, QDate(2024, 1, 1));
        QVERIFY(!m_store->get(active)->approvedAt.isValid());
    }

    // --- Catalogues --------------------------------------------------------------------------------------

    void occupationCatalogue()
    {
        auto list = m_store->occupations();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 8);
        QCOMPARE(list->constFirst().key, QStringLiteral("freelancer"));
        QCOMPARE(list->constFirst().displayLabel(), QStringLiteral("Freelancer"));
        QSignalSpy changed(m_store.get(), &MemberStore::occupationsChanged);
        auto key = m_store->addOccupation(QStringLiteral("医療・福祉"));
        QVERIFY(key.ok());
        QCOMPARE(m_store->occupationLabel(*key), QStringLiteral("医療・福祉"));
        QVERIFY(!m_store->addOccupation(QStringLiteral("freelancer")).ok());
        QVERIFY(!m_store->addOccupation(QStringLiteral(" ")).ok());
        QVERIFY(m_store->renameOccupation(*key, QStringLiteral("医療")).ok());
        QCOMPARE(m_store->occupationLabel(*key), QStringLiteral("医療"));
        QVERIFY(m_store->renameOccupation(QStringLiteral("student"), QStringLiteral("学生")).ok());
        QCOMPARE(m_store->occupationLabel(QStringLiteral("student")), QStringLiteral("学生"));
        QVERIFY(m_store->renameOccupation(QStringLiteral("student"), QString()).ok());
        QCOMPARE(m_store->occupationLabel(QStringLiteral("student")), QStringLiteral("Student"));
        Member m = person(QStringLiteral("A"), {});
        m.occupation = *key;
        const qint64 id = add(m);
        QCOMPARE(m_store->removeOccupation(*key).error().code(), Error::Code::InUse);
        QVERIFY(m_store->remove(id).ok());
        QVERIFY(m_store->removeOccupation(*key).ok());
        QCOMPARE(m_store->occupations()->size(), 8);
        QCOMPARE(changed.count(), 5);
    }

    void joinQuestions()
    {
        auto q1 = m_store->addJoinQuestion(QStringLiteral("参加のきっかけは？"));
        auto q2 = m_store->addJoinQuestion(QStringLiteral("お仕事は？"));
        QVERIFY(q1.ok() && q2.ok());
        QVERIFY(!m_store->addJoinQuestion(QStringLiteral("  ")).ok());
        auto list = m_store->joinQuestions();
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).text, QStringLiteral("お仕事は？"));
        JoinQuestion edited = list->at(0);
        edited.text = QStringLiteral("きっかけ");
        edited.position = 5;
        QVERIFY(m_store->updateJoinQuestion(edited).ok());
        QCOMPARE(m_store->joinQuestions()->at(1).text, QStringLiteral("きっかけ"));
        Member m = person(QStringLiteral("A"), {});
        m.answers = {{*q1, QStringLiteral("ブログ")}, {*q2, QStringLiteral("会社員")}};
        const qint64 id = add(m);
        QVERIFY(m_store->removeJoinQuestion(*q1).ok());
        QCOMPARE(m_store->get(id)->answers.size(), 1);
        QCOMPARE(m_store->removeJoinQuestion(*q1).error().code(), Error::Code::NotFound);
        m.answers = {{9999, QStringLiteral("?")}};
        QVERIFY(!m_store->insert(m).ok());
    }

    // --- Duplicates and merging --------------------------------------------------------------------------

    void findsDuplicates()
    {
        const qint64 a = add(person(QStringLiteral("田中 太郎"), QStringLiteral("たなか たろう"),
                                    QStringLiteral("Taro@Example.com")));
        const qint64 b =
            add(person(QStringLiteral("田中太郎"), QString(), QStringLiteral("other@example.com")));
        const qint64 c = add(person(QStringLiteral("T. Tanaka"), QStringLiteral("タナカ タロウ"),
                                    QStringLiteral("taro@example.com")));
        const qint64 d = add(person(QStringLiteral("ＴＡＲＯ"), QString()));
        const qint64 e = add(person(QStringLiteral("taro"), QString()));
        add(person(QStringLiteral("別人"), QStringLiteral("べつじん")));
        auto pairs = m_store->findDuplicates();
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), 3);
        using R = DuplicatePair::Reason;
        QVERIFY(pairs->contains(DuplicatePair{a, b, R::SameName}));
        QVERIFY(pairs->contains(DuplicatePair{a, c, DuplicatePair::Reasons(R::SameEmail) | R::SameReading}));
        QVERIFY(pairs->contains(DuplicatePair{d, e, R::SameName}));
    }

    void mergeKeepsHistoryAndUnmergeRestoresIt()
    {
        auto question = m_store->addJoinQuestion(QStringLiteral("きっかけ"));
        auto question2 = m_store->addJoinQuestion(QStringLiteral("お仕事"));
        Member keep = person(QStringLiteral("田中 太郎"), QString(), QStringLiteral("taro@example.com"));
        keep.tags = {QStringLiteral("常連")};
        keep.answers = {{*question, QStringLiteral("ブログ")}};
        const qint64 keepId = add(keep);
        Member dup = person(QStringLiteral("田中太郎"), QStringLiteral("たなか たろう"),
                            QStringLiteral("TARO@example.com"));
        dup.emails.append(QStringLiteral("tanaka@work.example.jp"));
        dup.tags = {QStringLiteral("幹事")};
        dup.answers = {{*question, QStringLiteral("友人の紹介")}, {*question2, QStringLiteral("会社員")}};
        dup.affiliation = QStringLiteral("サンプル商事");
        dup.phone = QStringLiteral("090-1111-2222");
        const qint64 mergeId = add(dup);
        Member referred = person(QStringLiteral("紹介された人"), QStringLiteral("しょうかい"));
        referred.referredBy = mergeId;
        const qint64 referredId = add(referred);
        const qint64 e1 = addEvent(QStringLiteral("第1回"));
        const qint64 e2 = addEvent(QStringLiteral("第2回"));
        const qint64 e3 = addEvent(QStringLiteral("第3回"));
        attend(e1, keepId, QStringLiteral("attendee"), false);
        attend(e1, mergeId, QStringLiteral("staff"), true); // both: combined
        attend(e2, mergeId, QStringLiteral("attendee"), true);
        attend(e3, keepId, QStringLiteral("attendee"), true);
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO reports (event_id, author_id, title) VALUES (?, ?, 'レポート')"));
        q.addBindValue(e1);
        q.addBindValue(mergeId);
        QVERIFY(q.exec());
        // Fees and the waitlist (schema 3) survive merge and unmerge too.
        QVERIFY(q.exec(QStringLiteral("UPDATE participations SET fee_paid = 4000, fee_due = 3500, "
                                      "paid_at = '2013-08-29T11:00:00Z', note = 'メモ' WHERE event_id = %1")
                           .arg(e1)));
        QVERIFY(q.exec(QStringLiteral("UPDATE participations SET rsvp = 'waitlisted', waitlist_order = 2 "
                                      "WHERE event_id = %1")
                           .arg(e2)));
        const auto participationDump = [this] {
            QStringList rows;
            QSqlQuery p(m_db->connection());
            p.exec(QStringLiteral(
                "SELECT event_id, member_id, role, rsvp, attended, walk_in, "
                "coalesce(checked_in_at, '-'), coalesce(waitlist_order, '-'), "
                "coalesce(fee_due, '-'), coalesce(fee_paid, '-'), coalesce(paid_at, '-'), note "
                "FROM participations ORDER BY 1, 2"));
            while (p.next()) {
                QStringList cells;
                for (int i = 0; i < 12; ++i)
                    cells.append(p.value(i).toString());
                rows.append(cells.join(QLatin1Char('|')));
            }
            return rows;
        };
        const QStringList before = participationDump();
        const Member keepBefore = *m_store->get(keepId);
        const Member mergeBefore = *m_store->get(mergeId);

        QSignalSpy reset(m_store.get(), &MemberStore::membersReset);
        auto snapshot = m_store->merge(keepId, mergeId);
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().toString()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_store->get(mergeId).error().code(), Error::Code::NotFound);
        auto merged = m_store->get(keepId);
        QCOMPARE(merged->displayName, QStringLiteral("田中 太郎"));
        QCOMPARE(merged->reading, QStringLiteral("たなか たろう"));    // filled
        QCOMPARE(merged->affiliation, QStringLiteral("サンプル商事")); // filled
        QCOMPARE(merged->phone, QStringLiteral("090-1111-2222"));
        QCOMPARE(merged->emails,
                 QStringList({QStringLiteral("taro@example.com"), QStringLiteral("tanaka@work.example.jp")}));
        QCOMPARE(merged->tags, QStringList({QStringLiteral("常連"), QStringLiteral("幹事")}));
        QCOMPARE(merged->answers.value(*question), QStringLiteral("ブログ")); // the kept answer wins
        QCOMPARE(merged->answers.value(*question2), QStringLiteral("会社員"));
        QCOMPARE(m_store->get(referredId)->referredBy, keepId);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participations WHERE member_id = %1").arg(keepId)),
            3);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT attended FROM participations WHERE member_id = %1 AND event_id = %2")
                            .arg(keepId)
                            .arg(e1)),
                 1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM participations WHERE role = 'staff' AND member_id = %1")
                            .arg(keepId)),
                 1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT fee_paid FROM participations WHERE member_id = %1 AND event_id = %2")
                            .arg(keepId)
                            .arg(e1)),
                 8000); // both payments
        QCOMPARE(scalar(QStringLiteral("SELECT waitlist_order FROM participations WHERE member_id = %1 "
                                       "AND event_id = %2")
                            .arg(keepId)
                            .arg(e2)),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT author_id FROM reports")), int(keepId));
        QCOMPARE(search(QStringLiteral("サンプル")), QList<qint64>({keepId}));
        QCOMPARE(*m_store->idsWithEmail(QStringLiteral("tanaka@work.example.jp")), QList<qint64>({keepId}));

        QVERIFY(m_store->unmerge(*snapshot).ok());
        QCOMPARE(reset.count(), 2);
        QCOMPARE(participationDump(), before);
        auto k = m_store->get(keepId);
        auto m = m_store->get(mergeId);
        QVERIFY(k.ok() && m.ok());
        QCOMPARE(k->emails, keepBefore.emails);
        QCOMPARE(k->tags, keepBefore.tags);
        QCOMPARE(k->answers, keepBefore.answers);
        QCOMPARE(k->affiliation, QString());
        QCOMPARE(m->emails, mergeBefore.emails);
        QCOMPARE(m->tags, mergeBefore.tags);
        QCOMPARE(m->answers, mergeBefore.answers);
        QCOMPARE(m->createdAt, mergeBefore.createdAt);
        QCOMPARE(m_store->get(referredId)->referredBy, mergeId);
        QCOMPARE(scalar(QStringLiteral("SELECT author_id FROM reports")), int(mergeId));
        QCOMPARE(search(QStringLiteral("サンプル")), QList<qint64>({mergeId}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QVERIFY(!m_store->merge(keepId, keepId).ok());
        QVERIFY(!m_store->merge(keepId, 999).ok());
    }
};

QTEST_GUILESS_MAIN(TestMemberStore)
#include "tst_memberstore.moc"
