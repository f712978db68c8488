#include "exchange/MemberCsvMapping.h"
#include "storage/Database.h"
#include "stores/ImportPresetStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using Field = MemberCsvMapping::Field;

class TestMemberCsvMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void guessesHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        const auto row = [](const char *header, Field field) {
            QTest::newRow(header) << QString::fromUtf8(header) << int(field);
        };
        row("氏名", Field::DisplayName);
        row("名前", Field::DisplayName);
        row("お名前", Field::DisplayName);
        row("お名前（必須）", Field::DisplayName);
        row("Name", Field::DisplayName);
        row("Full name", Field::DisplayName);
        row("ふりがな", Field::Reading);
        row("フリガナ", Field::Reading);
        row("ﾌﾘｶﾞﾅ", Field::Reading); // half-width katakana
        row("よみがな", Field::Reading);
        row("読み", Field::Reading);
        row("氏名（フリガナ）", Field::Reading);
        row("Reading", Field::Reading);
        row("Furigana", Field::Reading);
        row("姓", Field::FamilyName);
        row("セイ", Field::FamilyReading);
        row("Last name", Field::FamilyName);
        row("First name", Field::GivenName);
        row("メールアドレス", Field::Email);
        row("メール", Field::Email);
        row("E-mail", Field::Email);
        row("Email", Field::Email);
        row("ＥＭＡＩＬ", Field::Email); // full-width
        row("Email 2", Field::Email);
        row("連絡用メールアドレス", Field::Email);
        row("電話", Field::Phone);
        row("電話番号", Field::Phone);
        row("Phone", Field::Phone);
        row("所属", Field::Affiliation);
        row("会社名", Field::Affiliation);
        row("会社", Field::Affiliation);
        row("Company", Field::Affiliation);
        row("Organization", Field::Affiliation);
        row("役職", Field::JobTitle);
        row("Title", Field::JobTitle);
        row("職業", Field::Occupation);
        row("Occupation", Field::Occupation);
        row("業種", Field::Industry);
        row("Industry", Field::Industry);
        row("地域", Field::Region);
        row("都道府県", Field::Region);
        row("Region", Field::Region);
        row("自己紹介", Field::Introduction);
        row("Introduction", Field::Introduction);
        row("タグ", Field::Tags);
        row("Tags", Field::Tags);
        row("メモ", Field::Notes);
        row("備考", Field::Notes);
        row("Notes", Field::Notes);
        row("入会日", Field::JoinedOn);
        row("登録日", Field::JoinedOn);
        row("Joined", Field::JoinedOn);
        row("状態", Field::Status);
        row("ステータス", Field::Status);
        row("Status", Field::Status);
        row("LINE", Field::Line);
        row("LINE ID", Field::Line);
        row("Facebook", Field::Facebook);
        row("X/Twitter", Field::XHandle);
        row("Twitter", Field::XHandle);
        row("X", Field::XHandle);
        row("Slack", Field::Slack);
        row("Attendee name", Field::DisplayName);
        row("ニックネーム", Field::DisplayName);
        row("チケット番号", Field::Ignore);
        row("Ticket", Field::Ignore);
        row("", Field::Ignore);
    }
    void guessesHeaders()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QCOMPARE(int(MemberCsvMapping::guessField(header)), field);
    }

    void guessesAWholeHeaderRow()
    {
        const auto mapping = MemberCsvMapping::guess(
            {QStringLiteral("姓"), QStringLiteral("名"), QStringLiteral("セイ"), QStringLiteral("メイ"),
             QStringLiteral("メールアドレス"), QStringLiteral("申込日時")});
        QCOMPARE(mapping.fieldAt(0), Field::FamilyName);
        QCOMPARE(mapping.fieldAt(1), Field::GivenName);
        QCOMPARE(mapping.fieldAt(2), Field::FamilyReading);
        QCOMPARE(mapping.fieldAt(3), Field::GivenReading);
        QCOMPARE(mapping.fieldAt(4), Field::Email);
        QCOMPARE(mapping.fieldAt(5), Field::Ignore);
        // A lone 名 is a name.
        QCOMPARE(MemberCsvMapping::guess({QStringLiteral("名")}).fieldAt(0), Field::DisplayName);
    }

    void parsesValues()
    {
        QCOMPARE(MemberCsvMapping::splitList(QStringLiteral("営業、マーケ; 写真 | 営業,,デザイン")),
                 (QStringList{QStringLiteral("営業"), QStringLiteral("マーケ"), QStringLiteral("写真"),
                              QStringLiteral("デザイン")}));
        QCOMPARE(MemberCsvMapping::parseStatus(QStringLiteral("申請中")), Member::Status::Applicant);
        QCOMPARE(MemberCsvMapping::parseStatus(QStringLiteral("有効")), Member::Status::Active);
        QCOMPARE(MemberCsvMapping::parseStatus(QStringLiteral("休会")), Member::Status::Inactive);
        QCOMPARE(MemberCsvMapping::parseStatus(QStringLiteral("退会")), Member::Status::Left);
        QCOMPARE(MemberCsvMapping::parseStatus(QStringLiteral(" Active ")), Member::Status::Active);
        QCOMPARE(MemberCsvMapping::parseStatus(QStringLiteral("inactive")), Member::Status::Inactive);
        QVERIFY(!MemberCsvMapping::parseStatus(QStringLiteral("maybe")));
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("2024-04-01")), QDate(2024, 4, 1));
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("2023/10/5 10:00")), QDate(2023, 10, 5));
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("２０２２年１月５日")), QDate(2022, 1, 5));
        QVERIFY(!MemberCsvMapping::parseDate(QStringLiteral("2023-02-30")));
        QVERIFY(!MemberCsvMapping::parseDate(QStringLiteral("yesterday")));
    }

    void parsesPlainIsoDatesAsTheExpressionDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("plain") << QStringLiteral("2024-04-01") << QDate(2024, 4, 1);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QDate();
        QTest::newRow("day 0") << QStringLiteral("2024-04-00") << QDate();
        QTest::newRow("year 0") << QStringLiteral("0000-01-01") << QDate();
        QTest::newRow("year 1") << QStringLiteral("0001-01-01") << QDate(1, 1, 1);
        QTest::newRow("letter") << QStringLiteral("2024-0a-01") << QDate();
        QTest::newRow("sign") << QStringLiteral("2024-+4-01") << QDate();
        QTest::newRow("full-width digit") << QStringLiteral("2024-04-０1") << QDate(2024, 4, 1);
        QTest::newRow("short month") << QStringLiteral("2024-4-01 ") << QDate(2024, 4, 1);
        QTest::newRow("slashes") << QStringLiteral("2024/04/01") << QDate(2024, 4, 1);
    }

    void parsesPlainIsoDatesAsTheExpressionDoes()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto parsed = MemberCsvMapping::parseDate(text);
        QCOMPARE(parsed.has_value(), date.isValid());
        if (parsed)
            QCOMPARE(*parsed, date);
    }

    void jsonRoundTrip()
    {
        MemberCsvMapping mapping = MemberCsvMapping::guess(
            {QStringLiteral("氏名"), QStringLiteral("メール"), QStringLiteral("謎の列")});
        mapping.encoding = QStringLiteral("shift_jis");
        mapping.delimiter = QLatin1Char(';');
        mapping.setField(2, Field::Notes);
        const auto back = MemberCsvMapping::fromJson(mapping.toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, mapping);
        for (const Field field : MemberCsvMapping::allFields()) {
            QCOMPARE(MemberCsvMapping::fieldFromKey(MemberCsvMapping::fieldKey(field)), field);
            QVERIFY(!MemberCsvMapping::fieldLabel(field).isEmpty());
        }
        const auto damaged = MemberCsvMapping::fromJson("{\"version\":1,\"columns\":[{\"field\":\"nope\"}]}");
        QVERIFY(!damaged.ok());
        QVERIFY(!MemberCsvMapping::fromJson("not json").ok());
    }

    void appliesAPresetToReorderedColumns()
    {
        const MemberCsvMapping preset = MemberCsvMapping::guess(
            {QStringLiteral("氏名"), QStringLiteral("メール"), QStringLiteral("所属")});
        const auto applied = preset.appliedTo(
            {QStringLiteral("所属"), QStringLiteral("新しい列"), QStringLiteral("氏名")}, true);
        QCOMPARE(applied.fieldAt(0), Field::Affiliation);
        QCOMPARE(applied.fieldAt(1), Field::Ignore);
        QCOMPARE(applied.fieldAt(2), Field::DisplayName);
        const auto byPosition = preset.appliedTo({QStringLiteral("a"), QStringLiteral("b")}, false);
        QCOMPARE(byPosition.fieldAt(0), Field::DisplayName);
        QCOMPARE(byPosition.fieldAt(1), Field::Email);
    }

    void presetStoreRoundTrip()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        ImportPresetStore store(**db);
        QSignalSpy changed(&store, &ImportPresetStore::presetsChanged);
        QVERIFY(store.names()->isEmpty());

        MemberCsvMapping mapping = MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("Email")});
        mapping.encoding = QStringLiteral("utf-16");
        QVERIFY(store.save(QStringLiteral("Peatix"), mapping).ok());
        QVERIFY(store.save(QStringLiteral("申込フォーム"), mapping).ok());
        QCOMPARE(*store.load(QStringLiteral("Peatix")), mapping);
        mapping.setField(1, Field::Ignore);
        QVERIFY(store.save(QStringLiteral("Peatix"), mapping).ok()); // replaces
        QCOMPARE(store.load(QStringLiteral("Peatix"))->fieldAt(1), Field::Ignore);
        QCOMPARE(store.names()->size(), 2);
        QVERIFY(!store.save(QStringLiteral("  "), mapping).ok());
        QVERIFY(store.remove(QStringLiteral("Peatix")).ok());
        QCOMPARE(*store.names(), QStringList{QStringLiteral("申込フォーム")});
        const auto missing = store.load(QStringLiteral("Peatix"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QCOMPARE(changed.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMemberCsvMapping)
#include "tst_membercsvmapping.moc"
