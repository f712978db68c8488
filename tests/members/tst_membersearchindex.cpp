#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/OccupationCatalog.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

/// The member search index: short and long Japanese terms, kana and width folding, every field a person
/// would type (tags, notes, emails, work, region, skills, self-introduction, service user names), occupations
/// by their shown name.
class TestMemberSearchIndex : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

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
        // 京都大学, and 佐藤 花子's region 東京都 (京都 is in it: search finds text inside words).
        QCOMPARE(search(QStringLiteral("京都")), QList<qint64>({sato1, azuma}));
        QCOMPARE(search(QStringLiteral("京都大")), QList<qint64>({azuma}));
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
        QVERIFY(m_store->actions().addTag({id}, QStringLiteral("経営者")).ok());
        QCOMPARE(search(QStringLiteral("経営")), QList<qint64>({id}));
        QVERIFY(m_store->actions().removeTag({id}, QStringLiteral("Zoomホスト")).ok());
        QVERIFY(search(QStringLiteral("zoom")).isEmpty());
    }

    void searchCoversEverythingAPersonWouldType()
    {
        Member m = person(QStringLiteral("森 花子"), QStringLiteral("もり はなこ"),
                          QStringLiteral("hanako@example.com"));
        m.emails.append(QStringLiteral("Mori.Private@Mail.example.jp"));
        m.jobTitle = QStringLiteral("営業部長");
        m.industry = QStringLiteral("不動産");
        m.region = QStringLiteral("大阪府");
        m.introduction = QStringLiteral("週末は登山をしています");
        m.skills = QStringLiteral("TypeScript, 写真");
        m.accounts.insert(ServiceAccount::Service::Connpass, QStringLiteral("hanako_mori"));
        m.accounts.insert(ServiceAccount::Service::Peatix, QStringLiteral("はなっち"));
        m.accounts.insert(ServiceAccount::Service::Doorkeeper, QStringLiteral("dk-4711"));
        m.accounts.insert(ServiceAccount::Service::Meetup, QStringLiteral("HanakoM"));
        const qint64 id = add(m);
        const qint64 other = add(person(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう")));
        for (const QString &text :
             {QStringLiteral("部長"), QStringLiteral("営業"), QStringLiteral("営"), QStringLiteral("不動産"),
              QStringLiteral("大阪"), QStringLiteral("阪"), QStringLiteral("登山"), QStringLiteral("写真"),
              QStringLiteral("typescript"), QStringLiteral("hanako@example.com"), QStringLiteral("hanako@"),
              QStringLiteral("mori.private"), QStringLiteral("MAIL.EXAMPLE"), QStringLiteral("hanako_mori"),
              QStringLiteral("ハナッチ"), QStringLiteral("dk-4711"), QStringLiteral("hanakom"),
              QStringLiteral("大阪 部長")})
            QVERIFY2(search(text) == QList<qint64>({id}), qPrintable(text));
        QCOMPARE(search(QStringLiteral("一郎")), QList<qint64>({other}));
        QVERIFY(search(QStringLiteral("京都")).isEmpty());

        // An edit takes the old text out of the index.
        m.id = id;
        m.region = QStringLiteral("京都府");
        m.accounts.remove(ServiceAccount::Service::Connpass);
        m.emails.removeLast();
        QVERIFY(m_store->records().update(m).ok());
        QVERIFY(search(QStringLiteral("大阪")).isEmpty());
        QVERIFY(search(QStringLiteral("hanako_mori")).isEmpty());
        QVERIFY(search(QStringLiteral("mori.private")).isEmpty());
        QCOMPARE(search(QStringLiteral("京都")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("はなっち")), QList<qint64>({id}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH "
                                       "'\"大 阪\"'")),
                 0);
    }

    void searchFindsOccupationsByTheirShownName()
    {
        OccupationCatalog catalog(*m_db);
        auto engineer = catalog.add(QStringLiteral("ITエンジニア"));
        QVERIFY(engineer.ok());
        Member m = person(QStringLiteral("森 花子"), QStringLiteral("もり はなこ"));
        m.occupation = *engineer;
        const qint64 id = add(m);
        Member f = person(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう"));
        f.occupation = QStringLiteral("freelancer");
        f.affiliation = QStringLiteral("エンジン研究所");
        const qint64 freelancer = add(f);
        QCOMPARE(search(QStringLiteral("エンジニア")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("エン")), QList<qint64>({id, freelancer}));
        QCOMPARE(search(QStringLiteral("freelan")), QList<qint64>({freelancer}));
        QCOMPARE(search(QStringLiteral("エンジニア 森")), QList<qint64>({id}));
        QVERIFY(search(QStringLiteral("エンジニア 田中")).isEmpty());
        MemberQuery q;
        q.search = QStringLiteral("エンジニア");
        QCOMPARE(*m_store->list().count(q), 1);
        // The organizer renames it: search follows the name shown.
        QVERIFY(catalog.rename(*engineer, QStringLiteral("開発者")).ok());
        QVERIFY(search(QStringLiteral("エンジニア")).isEmpty());
        QCOMPARE(search(QStringLiteral("開発")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("発")), QList<qint64>({id}));
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
        auto back = m_store->records().get(id);
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
            auto rows = m_store->list().fetch(q, 0, 10);
            QVERIFY2(rows.ok(), qPrintable(text + QStringLiteral(": ") +
                                           (rows.ok() ? QString() : rows.error().toString())));
            QVERIFY2(m_store->list().count(q).ok(), qPrintable(text));
        }
        QCOMPARE(search(QStringLiteral("\"AND OR NEAR(")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("robert")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("<script>")), QList<qint64>({id}));
        QCOMPARE(search(QStringLiteral("**bold**")), QList<qint64>({id}));
        QVERIFY(search(QStringLiteral("%%%")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 1);
    }

    void rowsWrittenByPlainSqlAreNormalizedOnOpen()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, reading, email) VALUES "
                                      "('ﾔﾏﾀﾞ 太郎', 'ヤマダ タロウ', 'Yamada@Example.com')")));
        m_store = std::make_unique<MemberTables>(*m_db);
        QCOMPARE(search(QStringLiteral("やまだ")).size(), 1);
        QCOMPARE(search(QStringLiteral("山田")).size(), 0);
        QCOMPARE(m_store->records().idsWithEmail(QStringLiteral("yamada@example.com"))->size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_profiles WHERE sort_key IS NULL")), 0);
    }

    void rowsMarkedUnnormalizedAreIndexedWithEveryField()
    {
        Member m =
            person(QStringLiteral("森 花子"), QStringLiteral("もり はなこ"), QStringLiteral("a@example.com"));
        m.emails.append(QStringLiteral("second@example.jp"));
        m.jobTitle = QStringLiteral("部長");
        m.region = QStringLiteral("大阪府");
        m.skills = QStringLiteral("写真");
        m.tags = {QStringLiteral("幹事")};
        m.accounts.insert(ServiceAccount::Service::Peatix, QStringLiteral("hanako_p"));
        const qint64 id = add(m);
        const QString before = scalarText(id);
        // What the search index does for rows it finds without their derived text (written by plain SQL,
        // or marked stale by a migration when what is indexed changes).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE member_profiles SET sort_key = NULL, search_affiliation = "
                                      "NULL, search_notes = NULL")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO member_search (member_search) VALUES ('rebuild')")));
        QVERIFY(search(QStringLiteral("部長")).isEmpty());
        m_store = std::make_unique<MemberTables>(*m_db);
        QCOMPARE(scalarText(id), before);
        for (const QString &text :
             {QStringLiteral("部長"), QStringLiteral("大阪"), QStringLiteral("写真"), QStringLiteral("幹事"),
              QStringLiteral("second@example"), QStringLiteral("hanako_p")})
            QVERIFY2(search(text) == QList<qint64>({id}), qPrintable(text));
    }

private:
    /// The derived text of member `id`'s profile, as one string.
    QString scalarText(qint64 id)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT sort_key || '|' || search_name || '|' || search_reading || '|' || "
                                 "search_affiliation || '|' || search_tags || '|' || search_notes FROM "
                                 "member_profiles WHERE member_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
};

QTEST_GUILESS_MAIN(TestMemberSearchIndex)
#include "tst_membersearchindex.moc"
