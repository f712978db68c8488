#include "exchange/CsvReader.h"
#include "exchange/MemberServicePresets.h"
#include "exchange/TextDecoding.h"
#include "storage/Database.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"
#include "workflows/MemberImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using Kind = MemberImporter::RowNote::Kind;

/// Service files imported as members into a real database: what is written, skipped, folded and reported.
class TestServiceMemberImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;
    int m_file = 0;

    static QString fixture(const QString &name)
    {
        return test::testData(QStringLiteral("csv/services/") + name);
    }
    /// The mapping the wizard and the command line start from: the header row's preset.
    static MemberServicePresets::Guess guessed(const QString &name, const QList<JoinQuestion> &questions = {})
    {
        QFile file(fixture(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        CsvReader::Options options;
        options.maxRecords = 1;
        const auto head = CsvReader::read(TextDecoding::decode(file.readAll())->text, options);
        if (!head || head->records.isEmpty())
            qFatal("unreadable fixture");
        return MemberServicePresets::guess(head->records.constFirst().fields, questions);
    }
    Result<MemberImporter::Summary> import(const QString &name, const QList<JoinQuestion> &questions = {},
                                           MemberImporter::Options options = {})
    {
        MemberImporter importer(*m_db, *m_store);
        return importer.importFile(fixture(name), guessed(name, questions).mapping, options);
    }
    Member memberNamed(const QString &name) const
    {
        MemberQuery query;
        query.search = name;
        const auto rows = m_store->list().fetch(query, 0, 10);
        if (!rows || rows->size() != 1) {
            qWarning() << "no single member named" << name;
            return {};
        }
        const auto member = m_store->records().get(rows->constFirst().id);
        return member ? *member : Member();
    }
    int count() const { return *m_store->list().count(); }
    template<typename T> static QString why(const Result<T> &result)
    {
        return result ? QString() : result.error().toString();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_file)), options);
        QVERIFY2(db.ok(), qPrintable(why(db)));
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberTables>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void connpassSkipsWithdrawnRowsAndReportsTheColumnsLeftOut()
    {
        QCOMPARE(guessed(QStringLiteral("connpass-2019-cp932.csv")).preset,
                 MemberServicePresets::Preset::Connpass);
        const auto summary = import(QStringLiteral("connpass-2019-cp932.csv"));
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->skipped, 1);
        QCOMPARE(summary->withdrawn, 1);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(summary->notes.size(), 1);
        QCOMPARE(summary->notes.constFirst().kind, Kind::Skipped);
        QCOMPARE(summary->notes.constFirst().row, 4);
        QCOMPARE(summary->notes.constFirst().reason,
                 QStringLiteral("The account was withdrawn from the service."));
        QCOMPARE(summary->ignoredColumns.size(), 10);
        QVERIFY(summary->ignoredColumns.contains(QStringLiteral("出欠ステータス")));
        const QString report = summary->reportCsv();
        QVERIFY(
            report.contains(QStringLiteral("\r\n4,Skipped,The account was withdrawn from the service.\r\n")));
        QVERIFY(report.contains(QStringLiteral("\r\n1,Column not imported,The column “参加ステータス” has no "
                                               "place in a member; its values were not "
                                               "imported.\r\n")));

        QCOMPARE(count(), 3);
        const Member hanako = memberNamed(QStringLiteral("佐藤"));
        QCOMPARE(hanako.displayName, QStringLiteral("佐藤　花子"));
        QCOMPARE(hanako.affiliation, QStringLiteral("株式会社①,開発部"));
        QCOMPARE(hanako.status, Member::Status::Active);
        QCOMPARE(memberNamed(QStringLiteral("髙橋")).affiliation, QStringLiteral("フリーランス"));
        QCOMPARE(memberNamed(QStringLiteral("鈴木")).status, Member::Status::Active); // 参加キャンセル
        MemberQuery withdrawn;
        withdrawn.search = QStringLiteral("退会");
        QCOMPARE(*m_store->list().count(withdrawn), 0);
    }

    void connpassSince2026()
    {
        const auto summary = import(QStringLiteral("connpass-2026-utf8-bom.csv"));
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QCOMPARE(summary->created, 2);
        QCOMPARE(summary->withdrawn, 2);
        QCOMPARE(summary->skipped, 2);
        QCOMPARE(summary->notes.at(0).row, 3);
        QCOMPARE(summary->notes.at(1).row, 4);
        QVERIFY(summary->ignoredColumns.contains(QStringLiteral("好きな言語")));
        QCOMPARE(memberNamed(QStringLiteral("さくら")).displayName, QStringLiteral("中村　さくら"));
    }

    void aSecondConnpassFileFindsItsPeopleByUserName()
    {
        QVERIFY(import(QStringLiteral("connpass-2026-utf8-bom.csv")).ok());
        const int members = count();
        // No addresses in a connpass file: the stored user names find the same two people again.
        MemberImporter::Options update;
        update.duplicates = MemberImporter::DuplicatePolicy::Update;
        const auto again = import(QStringLiteral("connpass-2026-utf8-bom.csv"), {}, update);
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 2);
        QCOMPARE(count(), members);
        const auto skipped = import(QStringLiteral("connpass-2026-utf8-bom.csv"));
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->created, 0);
        QCOMPARE(count(), members);
        QVERIFY(!memberNamed(QStringLiteral("さくら"))
                     .accounts.value(ServiceAccount::Service::Connpass)
                     .isEmpty());
    }

    void meetupXlsImportsWithoutEmail()
    {
        QCOMPARE(guessed(QStringLiteral("meetup-members.xls")).preset, MemberServicePresets::Preset::Meetup);
        const auto summary = import(QStringLiteral("meetup-members.xls"));
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(summary->notes.size(), 0);
        QVERIFY(summary->ignoredColumns.contains(QStringLiteral("Mailing List")));
        const Member hanako = memberNamed(QStringLiteral("Hanako"));
        QVERIFY(hanako.emails.isEmpty());
        QCOMPARE(hanako.joinedOn, QDate(2019, 4, 1));
        QCOMPARE(hanako.region, QStringLiteral("Tokyo, Japan"));
        QCOMPARE(hanako.introduction, QStringLiteral("I write Go, and Rust on weekends."));
        QCOMPARE(hanako.otherUrl, QStringLiteral("https://www.meetup.com/members/201234567/"));
        QCOMPARE(hanako.notes, QStringLiteral("User ID: user 201234567\nTitle: Co-organizer"));
        QCOMPARE(memberNamed(QStringLiteral("Ken")).joinedOn, QDate(2019, 4, 1));
        QCOMPARE(memberNamed(QStringLiteral("髙橋")).joinedOn, QDate(2020, 12, 31));
    }

    void googleFormsRowsBecomeApplicantsWithAnswersAndConsent()
    {
        JoinQuestionCatalog catalog(*m_db);
        const auto motive = catalog.add(QStringLiteral("参加のきっかけ(複数選択可)"));
        const auto food = catalog.add(QStringLiteral("好きな食べ物"));
        QVERIFY(motive.ok() && food.ok());
        const auto summary = import(QStringLiteral("google-forms-responses.csv"), *catalog.all());
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QCOMPARE(summary->created, 4);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(summary->notes.size(), 1); // the consent "どちらでも" was not understood
        QCOMPARE(summary->notes.constFirst().kind, Kind::Warning);
        QCOMPARE(summary->notes.constFirst().row, 5);
        QVERIFY(summary->ignoredColumns.isEmpty());

        const Member hanako = memberNamed(QStringLiteral("佐藤"));
        QCOMPARE(hanako.status, Member::Status::Applicant);
        QVERIFY(!hanako.approvedAt.isValid());
        QCOMPARE(hanako.createdAt, QDateTime(QDate(2026, 5, 20), QTime(9, 5, 33)).toUTC());
        QCOMPARE(hanako.answers.value(*motive), QStringLiteral("勉強会, 友人の紹介"));
        QCOMPARE(hanako.answers.value(*food), QStringLiteral("寿司"));
        QCOMPARE(hanako.nameConsent, Member::NameConsent::FullName);
        QCOMPARE(memberNamed(QStringLiteral("髙橋")).nameConsent, Member::NameConsent::OccupationInitial);
        QCOMPARE(memberNamed(QStringLiteral("鈴木")).nameConsent, Member::NameConsent::NotNamed);
        MemberQuery applicants;
        applicants.status = Member::Status::Applicant;
        QCOMPARE(*m_store->list().count(applicants), 4);
    }

    void anApplicationOfAMemberFillsAnswersWithoutMakingThemAnApplicant()
    {
        JoinQuestionCatalog catalog(*m_db);
        const auto food = catalog.add(QStringLiteral("好きな食べ物"));
        Member hanako;
        hanako.displayName = QStringLiteral("佐藤 花子");
        hanako.emails = {QStringLiteral("hanako@example.jp")};
        hanako.nameConsent = Member::NameConsent::NotNamed;
        const auto id = m_store->records().insert(hanako);
        QVERIFY(id.ok());
        MemberImporter::Options options;
        options.duplicates = MemberImporter::DuplicatePolicy::Update;
        const auto summary = import(QStringLiteral("google-forms-responses.csv"), *catalog.all(), options);
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QCOMPARE(summary->updated, 1);
        QCOMPARE(summary->created, 3);
        const Member updated = *m_store->records().get(*id);
        QCOMPARE(updated.status, Member::Status::Active);
        QCOMPARE(updated.answers.value(*food), QStringLiteral("寿司"));
        QCOMPARE(updated.nameConsent, Member::NameConsent::FullName);
        QCOMPARE(updated.reading, QStringLiteral("さとう はなこ"));
    }

    void zoomRejoinsBecomeOneMember()
    {
        const auto summary = import(QStringLiteral("zoom-meeting-ja.csv"));
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->skipped, 2);
        QCOMPARE(summary->notes.size(), 2);
        QCOMPARE(summary->notes.at(0).row, 3);
        QCOMPARE(summary->notes.at(0).reason, QStringLiteral("The same person as row 2."));
        QCOMPARE(summary->notes.at(1).row, 5);
        QCOMPARE(summary->notes.at(1).reason, QStringLiteral("The same person as row 4."));
        QCOMPARE(count(), 3);
        QCOMPARE(memberNamed(QStringLiteral("佐藤")).emails,
                 QStringList{QStringLiteral("hanako@example.jp")});
        QVERIFY(memberNamed(QStringLiteral("髙橋")).emails.isEmpty());
        QVERIFY(summary->ignoredColumns.contains(QStringLiteral("所要時間（分）")));

        // Even where a repeated email would be imported again (Create), a rejoin is one person.
        MemberImporter::Options create;
        create.duplicates = MemberImporter::DuplicatePolicy::Create;
        const auto english = import(QStringLiteral("zoom-meeting-en.csv"), {}, create);
        QVERIFY2(english.ok(), qPrintable(why(english)));
        QCOMPARE(english->created, 2);
        QCOMPARE(english->skipped, 1);
        QCOMPARE(memberNamed(QStringLiteral("Hanako Sato")).emails,
                 QStringList{QStringLiteral("hanako@example.com")});
    }

    void peatixAndDoorkeeper()
    {
        const auto peatix = import(QStringLiteral("peatix-attendees.csv"));
        QVERIFY2(peatix.ok(), qPrintable(why(peatix)));
        QCOMPARE(peatix->created, 2);
        const Member hanako = memberNamed(QStringLiteral("サトウ"));
        QCOMPARE(hanako.reading, QStringLiteral("サトウ ハナコ"));
        QCOMPARE(hanako.status, Member::Status::Active);
        QVERIFY(peatix->ignoredColumns.contains(QStringLiteral("支払状況")));

        const auto doorkeeper = import(QStringLiteral("doorkeeper-attendees.csv"));
        QVERIFY2(doorkeeper.ok(), qPrintable(why(doorkeeper)));
        QCOMPARE(doorkeeper->created, 1); // 佐藤 花子's address is Peatix's hanako@example.jp
        QCOMPARE(doorkeeper->skipped, 1);
        QCOMPARE(memberNamed(QStringLiteral("伊藤")).affiliation, QString());
    }

    void anUnknownServiceWritesNothing()
    {
        const QByteArray before = test::contentDump(m_db->connection());
        const auto guess = guessed(QStringLiteral("unknown-service.csv"));
        QVERIFY(!guess.preset);
        QVERIFY(!guess.mapping.mapsName());
        MemberImporter importer(*m_db, *m_store);
        const auto summary =
            importer.importFile(fixture(QStringLiteral("unknown-service.csv")), guess.mapping, {});
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().detail(), QStringLiteral("no name column mapped"));
        QCOMPARE(test::contentDump(m_db->connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestServiceMemberImport)
#include "tst_servicememberimport.moc"
