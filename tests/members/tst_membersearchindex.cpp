#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

/// The member search index: short and long Japanese terms, kana and width folding, tags and notes.
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
        QVERIFY(m_store->actions().addTag({id}, QStringLiteral("経営者")).ok());
        QCOMPARE(search(QStringLiteral("経営")), QList<qint64>({id}));
        QVERIFY(m_store->actions().removeTag({id}, QStringLiteral("Zoomホスト")).ok());
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
};

QTEST_GUILESS_MAIN(TestMemberSearchIndex)
#include "tst_membersearchindex.moc"
