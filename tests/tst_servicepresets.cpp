#include "exchange/CsvReader.h"
#include "exchange/MemberServicePresets.h"
#include "exchange/TextDecoding.h"
#include "TestSupport.h"
#include "workflows/MemberImporter.h"

#include <QFile>
#include <QtTest>

using namespace offkai;
using Field = MemberCsvMapping::Field;
using Preset = MemberServicePresets::Preset;
using Consent = Member::NameConsent;

/// The built-in presets of the member import: which service a header row is, where each column goes, and
/// the members the fixtures' rows become (the importer's own reading, without a database).
class TestServicePresets : public QObject
{
    Q_OBJECT

    /// The message of a failed result, for QVERIFY2 (which reads it whatever the outcome).
    template<typename T> static QString why(const Result<T> &result)
    {
        return result ? QString() : result.error().message();
    }

    static CsvReader::Table table(const QString &name)
    {
        QFile file(test::testData(QStringLiteral("csv/services/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        auto decoded = TextDecoding::decode(file.readAll());
        if (!decoded)
            qFatal("undecodable fixture");
        auto read = CsvReader::read(decoded->text);
        if (!read)
            qFatal("unreadable fixture");
        return *read;
    }
    static QStringList headers(const CsvReader::Table &t) { return t.records.constFirst().fields; }
    /// The member of the fixture's record `record` (0 is the header row), read with the detected preset.
    static Result<Member> member(const QString &fixture, int record,
                                 const QList<JoinQuestion> &questions = {}, QStringList *warnings = nullptr)
    {
        const auto t = table(fixture);
        const auto guessed = MemberServicePresets::guess(headers(t), questions);
        return MemberImporter::memberFromRow(t.records.at(record).fields, guessed.mapping,
                                             MemberImporter::InvalidEmailPolicy::RejectRow, warnings);
    }
    static Field fieldOf(const MemberCsvMapping &mapping, const QString &header)
    {
        for (const auto &column : mapping.columns) {
            if (column.header.trimmed().remove(QChar(0xFEFF)) == header)
                return column.field;
        }
        qWarning() << "no column" << header;
        return Field::Ignore;
    }
    static MemberCsvMapping mappingOf(const QString &fixture, const QList<JoinQuestion> &questions = {})
    {
        return MemberServicePresets::guess(headers(table(fixture)), questions).mapping;
    }
    static QList<JoinQuestion> formQuestions()
    {
        // Written as an organiser would type them: half-width brackets, an extra space.
        return {{7, 0, QStringLiteral("参加のきっかけ (複数選択可)")},
                {9, 1, QStringLiteral("好きな 食べ物")},
                {11, 2, QStringLiteral("活動報告へのお名前の掲載について")}};
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void detectsTheServiceFromTheHeaderRow_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("preset");
        const auto row = [](const char *fixture, const char *preset) {
            QTest::newRow(fixture) << QString::fromLatin1(fixture) << QString::fromLatin1(preset);
        };
        row("services/connpass-2019-cp932.csv", "connpass");
        row("services/connpass-2026-utf8-bom.csv", "connpass");
        row("services/zoom-meeting-ja.csv", "zoom");
        row("services/zoom-meeting-en.csv", "zoom");
        row("services/meetup-members.xls", "meetup");
        row("services/google-forms-responses.csv", "google-forms");
        row("services/peatix-attendees.csv", "peatix");
        row("services/doorkeeper-attendees.csv", "doorkeeper");
        row("services/unknown-service.csv", "");
        // Plain member lists stay plain: no preset takes them over.
        row("members-ja-utf8.csv", "");
        row("members-en.csv", "");
        row("members-excel-sjis.csv", "");
    }
    void detectsTheServiceFromTheHeaderRow()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, preset);
        QFile file(test::testData(QStringLiteral("csv/") + fixture));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto t = CsvReader::read(TextDecoding::decode(file.readAll())->text);
        QVERIFY(t.ok());
        const auto detected = MemberServicePresets::detect(t->records.constFirst().fields);
        QCOMPARE(detected ? MemberServicePresets::key(*detected) : QString(), preset);
        // The order of the columns does not matter.
        QStringList reversed = t->records.constFirst().fields;
        std::reverse(reversed.begin(), reversed.end());
        if (preset != QLatin1String("google-forms")) {
            const auto again = MemberServicePresets::detect(reversed);
            QCOMPARE(again ? MemberServicePresets::key(*again) : QString(), preset);
        }
    }

    void keysAndLabels()
    {
        for (const Preset preset : MemberServicePresets::all()) {
            QCOMPARE(MemberServicePresets::fromKey(MemberServicePresets::key(preset)), preset);
            QVERIFY(!MemberServicePresets::label(preset).isEmpty());
        }
        QCOMPARE(MemberServicePresets::fromKey(QStringLiteral("Google-Forms")), Preset::GoogleForms);
        QVERIFY(!MemberServicePresets::fromKey(QStringLiteral("eventbrite")));
    }

    void connpassMapsNamesAndTheUserNameButNotAttendance()
    {
        const auto mapping = mappingOf(QStringLiteral("connpass-2019-cp932.csv"));
        QCOMPARE(fieldOf(mapping, QStringLiteral("ユーザー名")), Field::ConnpassAccount);
        QCOMPARE(fieldOf(mapping, QStringLiteral("表示名")), Field::DisplayName);
        QCOMPARE(fieldOf(mapping, QStringLiteral("所属")), Field::Affiliation); // a questionnaire column
        for (const char *attendance : {"参加ステータス", "出欠ステータス", "出席日時", "参加枠名", "コメント",
                                       "利用開始日", "PayPal取引ID", "請求書ID", "更新日時", "受付番号"})
            QCOMPARE(fieldOf(mapping, QString::fromUtf8(attendance)), Field::Ignore);
        QVERIFY(!mapping.maps(Field::Status));
        QCOMPARE(mapping.ignoredHeaders().size(), 10);
        QVERIFY(mapping.ignoredHeaders().contains(QStringLiteral("参加ステータス")));

        // CP932: 髙 and ① survive; the full-width space of a name is kept as written.
        const auto hanako = member(QStringLiteral("connpass-2019-cp932.csv"), 1);
        QVERIFY2(hanako.ok(), qPrintable(why(hanako)));
        QCOMPARE(hanako->displayName, QStringLiteral("佐藤　花子"));
        QCOMPARE(hanako->accounts.value(ServiceAccount::Service::Connpass), QStringLiteral("hanako_s"));
        QCOMPARE(hanako->accounts.size(), 1);
        QCOMPARE(hanako->affiliation, QStringLiteral("株式会社①,開発部"));
        QCOMPARE(hanako->status, Member::Status::Active); // 参加 is attendance, not a status
        QVERIFY(hanako->notes.isEmpty());                 // the comment is the event's
        const auto ichiro = member(QStringLiteral("connpass-2019-cp932.csv"), 2);
        QVERIFY(ichiro.ok());
        QCOMPARE(ichiro->displayName, QStringLiteral("髙橋 一郎"));
        QCOMPARE(ichiro->accounts.value(ServiceAccount::Service::Connpass), QStringLiteral("takahashi_i"));
        const auto cancelled = member(QStringLiteral("connpass-2019-cp932.csv"), 4);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->status, Member::Status::Active); // 参加キャンセル neither
        QVERIFY(cancelled->affiliation.isEmpty());

        const auto withdrawn = member(QStringLiteral("connpass-2019-cp932.csv"), 3);
        QVERIFY(!withdrawn.ok());
        QCOMPARE(withdrawn.error().detail(), QStringLiteral("withdrawn"));
    }

    void connpassSince2026WithABomAndOtherColumnOrder()
    {
        const auto mapping = mappingOf(QStringLiteral("connpass-2026-utf8-bom.csv"));
        QCOMPARE(fieldOf(mapping, QStringLiteral("表示名")), Field::DisplayName);
        QCOMPARE(mapping.columns.at(0).field, Field::DisplayName); // the BOM does not hide the first column
        QCOMPARE(fieldOf(mapping, QStringLiteral("好きな言語")), Field::Ignore);
        const auto sakura = member(QStringLiteral("connpass-2026-utf8-bom.csv"), 4);
        QVERIFY(sakura.ok());
        QCOMPARE(sakura->displayName, QStringLiteral("中村　さくら"));
        QCOMPARE(sakura->accounts.value(ServiceAccount::Service::Connpass), QStringLiteral("sakura_n"));
        QVERIFY(!member(QStringLiteral("connpass-2026-utf8-bom.csv"), 2).ok());
        QVERIFY(!member(QStringLiteral("connpass-2026-utf8-bom.csv"), 3).ok());
    }

    void zoomNamesLoseDeviceLabelsAndRenames()
    {
        const auto mapping = mappingOf(QStringLiteral("zoom-meeting-ja.csv"));
        QCOMPARE(fieldOf(mapping, QStringLiteral("名前 (元の名前)")), Field::MeetingName);
        QCOMPARE(fieldOf(mapping, QStringLiteral("ユーザーメール")), Field::Email);
        for (const char *time : {"参加時刻", "退出時刻", "所要時間（分）"})
            QCOMPARE(fieldOf(mapping, QString::fromUtf8(time)), Field::Ignore);
        const auto first = member(QStringLiteral("zoom-meeting-ja.csv"), 1);
        QVERIFY(first.ok());
        QCOMPARE(first->displayName, QStringLiteral("佐藤 花子"));
        QCOMPARE(first->emails, QStringList{QStringLiteral("hanako@example.jp")});
        QCOMPARE(member(QStringLiteral("zoom-meeting-ja.csv"), 2)->displayName, QStringLiteral("はなこ"));
        const auto noEmail = member(QStringLiteral("zoom-meeting-ja.csv"), 3);
        QVERIFY(noEmail.ok());
        QCOMPARE(noEmail->displayName, QStringLiteral("髙橋 一郎"));
        QVERIFY(noEmail->emails.isEmpty());
        QCOMPARE(member(QStringLiteral("zoom-meeting-ja.csv"), 5)->displayName,
                 QStringLiteral("中村　さくら"));

        const auto en = mappingOf(QStringLiteral("zoom-meeting-en.csv"));
        QCOMPARE(fieldOf(en, QStringLiteral("Name (Original Name)")), Field::MeetingName);
        QCOMPARE(fieldOf(en, QStringLiteral("User Email")), Field::Email);
        QCOMPARE(fieldOf(en, QStringLiteral("Guest")), Field::Ignore);
        QCOMPARE(member(QStringLiteral("zoom-meeting-en.csv"), 1)->displayName,
                 QStringLiteral("Hanako Sato"));
    }

    void meetingNames_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("name");
        const auto row = [](const char *shown, const char *name) {
            QTest::newRow(shown) << QString::fromUtf8(shown) << QString::fromUtf8(name);
        };
        row("iPhone (佐藤 花子)", "佐藤 花子");
        row("佐藤のiPhone (佐藤 花子)", "佐藤 花子");
        row("Galaxy S23 (Ken Ito)", "Ken Ito");
        row("Zoom user (Ken Ito)", "Ken Ito");
        row("はなこ (佐藤 花子)", "はなこ");
        row("佐藤 花子（Hanako）", "佐藤 花子");
        row("  Ken   Ito  ", "Ken Ito");
        row("iPhone", "iPhone");
        row("(佐藤 花子)", "佐藤 花子");
        row("Mac Miller (Malcolm)", "Mac Miller");
    }
    void meetingNames()
    {
        QFETCH(QString, shown);
        QFETCH(QString, name);
        QCOMPARE(MemberServicePresets::meetingName(shown), name);
    }

    void meetupReadsTabsWithoutEmail()
    {
        const auto t = table(QStringLiteral("meetup-members.xls"));
        QCOMPARE(t.delimiter, QLatin1Char('\t'));
        const auto mapping = mappingOf(QStringLiteral("meetup-members.xls"));
        QCOMPARE(fieldOf(mapping, QStringLiteral("Name")), Field::DisplayName);
        QCOMPARE(fieldOf(mapping, QStringLiteral("Member ID")), Field::MeetupAccount);
        QCOMPARE(fieldOf(mapping, QStringLiteral("User ID")), Field::LabelledNote);
        QCOMPARE(fieldOf(mapping, QStringLiteral("Title")), Field::LabelledNote);
        QCOMPARE(fieldOf(mapping, QStringLiteral("Location")), Field::Region);
        QCOMPARE(fieldOf(mapping, QStringLiteral("Joined Group on")), Field::JoinedOn);
        QCOMPARE(fieldOf(mapping, QStringLiteral("Intro")), Field::Introduction);
        QCOMPARE(fieldOf(mapping, QStringLiteral("URL of Member Profile")), Field::OtherUrl);
        QVERIFY(!mapping.maps(Field::Email));
        for (const char *other : {"Mailing List", "Assistant Organizer", "RSVPed Yes", "Photo", "No shows"})
            QCOMPARE(fieldOf(mapping, QString::fromLatin1(other)), Field::Ignore);
        // The plain guess no longer takes a yes/no column for an address either.
        QCOMPARE(MemberCsvMapping::guessField(QStringLiteral("Mailing List")), Field::Ignore);
        QCOMPARE(MemberCsvMapping::guessField(QStringLiteral("メルマガ配信")), Field::Ignore);
        QCOMPARE(MemberCsvMapping::guessField(QStringLiteral("Assistant Organizer")), Field::Ignore);
        QCOMPARE(MemberCsvMapping::guessField(QStringLiteral("連絡用メールアドレス")), Field::Email);

        QStringList warnings;
        const auto hanako = member(QStringLiteral("meetup-members.xls"), 1, {}, &warnings);
        QVERIFY2(hanako.ok(), qPrintable(why(hanako)));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(hanako->displayName, QStringLiteral("Hanako Sato"));
        QVERIFY(hanako->emails.isEmpty());
        QCOMPARE(hanako->accounts.value(ServiceAccount::Service::Meetup), QStringLiteral("201234567"));
        QCOMPARE(hanako->region, QStringLiteral("Tokyo, Japan"));
        QCOMPARE(hanako->joinedOn, QDate(2019, 4, 1));
        QCOMPARE(hanako->introduction, QStringLiteral("I write Go, and Rust on weekends."));
        QCOMPARE(hanako->otherUrl, QStringLiteral("https://www.meetup.com/members/201234567/"));
        QCOMPARE(hanako->notes, QStringLiteral("User ID: user 201234567\nTitle: Co-organizer"));
        QCOMPARE(hanako->status, Member::Status::Active);
        const auto ken = member(QStringLiteral("meetup-members.xls"), 2);
        QVERIFY(ken.ok());
        QCOMPARE(ken->joinedOn, QDate(2019, 4, 1)); // "April 01, 2019"
        QCOMPARE(ken->notes, QStringLiteral("User ID: user 309876543"));
        QCOMPARE(member(QStringLiteral("meetup-members.xls"), 3)->joinedOn, QDate(2020, 12, 31));
    }

    void peatixKanaIsTheReadingAndPaymentIsNoStatus()
    {
        const auto mapping = mappingOf(QStringLiteral("peatix-attendees.csv"));
        QCOMPARE(fieldOf(mapping, QStringLiteral("参加者名(カナ)")), Field::KanaName);
        for (const char *column : {"チケット", "支払金額", "支払状況", "申込日"})
            QCOMPARE(fieldOf(mapping, QString::fromUtf8(column)), Field::Ignore);
        QCOMPARE(fieldOf(mapping, QStringLiteral("メールアドレス")), Field::Email);
        QCOMPARE(fieldOf(mapping, QStringLiteral("会社名")), Field::Affiliation);
        const auto hanako = member(QStringLiteral("peatix-attendees.csv"), 1);
        QVERIFY(hanako.ok());
        QCOMPARE(hanako->displayName, QStringLiteral("サトウ ハナコ")); // all Peatix discloses of the name
        QCOMPARE(hanako->reading, QStringLiteral("サトウ ハナコ"));
        QCOMPARE(hanako->emails, QStringList{QStringLiteral("hanako@example.jp")});
        QCOMPARE(hanako->affiliation, QStringLiteral("株式会社サンプル, 東京"));
        QCOMPARE(hanako->status, Member::Status::Active); // 支払済み
        QCOMPARE(member(QStringLiteral("peatix-attendees.csv"), 2)->status, Member::Status::Active); // 未払い

        // With a name question in the form, the kana is only the reading.
        MemberCsvMapping named = MemberServicePresets::mapping(
            Preset::Peatix, {QStringLiteral("参加者名(カナ)"), QStringLiteral("お名前")});
        const auto both =
            MemberImporter::memberFromRow({QStringLiteral("サトウ ハナコ"), QStringLiteral("佐藤 花子")},
                                          named, MemberImporter::InvalidEmailPolicy::RejectRow);
        QVERIFY(both.ok());
        QCOMPARE(both->displayName, QStringLiteral("佐藤 花子"));
        QCOMPARE(both->reading, QStringLiteral("サトウ ハナコ"));
    }

    void doorkeeperNameAndEmail()
    {
        const auto mapping = mappingOf(QStringLiteral("doorkeeper-attendees.csv"));
        QCOMPARE(fieldOf(mapping, QStringLiteral("名前")), Field::DisplayName);
        QCOMPARE(fieldOf(mapping, QStringLiteral("メールアドレス")), Field::Email);
        QCOMPARE(fieldOf(mapping, QStringLiteral("参加状況")), Field::Ignore);
        QCOMPARE(fieldOf(mapping, QStringLiteral("会社名")), Field::Affiliation);
        const auto ken = member(QStringLiteral("doorkeeper-attendees.csv"), 2);
        QVERIFY(ken.ok());
        QCOMPARE(ken->displayName, QStringLiteral("伊藤 健"));
        QCOMPARE(ken->status, Member::Status::Active); // キャンセル is attendance
    }

    void googleFormsRowsAreApplicantsWithAnswers()
    {
        const auto mapping = mappingOf(QStringLiteral("google-forms-responses.csv"), formQuestions());
        QCOMPARE(fieldOf(mapping, QStringLiteral("タイムスタンプ")), Field::AppliedAt);
        QCOMPARE(fieldOf(mapping, QStringLiteral("メールアドレス")), Field::Email);
        QCOMPARE(fieldOf(mapping, QStringLiteral("お名前")), Field::DisplayName);
        QCOMPARE(fieldOf(mapping, QStringLiteral("ふりがな")), Field::Reading);
        QCOMPARE(fieldOf(mapping, QStringLiteral("参加のきっかけ（複数選択可）")), Field::Answer);
        QCOMPARE(mapping.questionAt(4), qint64(7));
        QCOMPARE(fieldOf(mapping, QStringLiteral("自己紹介")), Field::Introduction);
        QCOMPARE(fieldOf(mapping, QStringLiteral("活動報告へのお名前の掲載について")), Field::NameConsent);
        QCOMPARE(mapping.columns.at(6).questionId, qint64(11)); // asked as a join question too
        QCOMPARE(fieldOf(mapping, QStringLiteral("好きな食べ物")), Field::Answer);
        QCOMPARE(mapping.questionAt(7), qint64(9));
        // Without join questions, a question nobody asked is left for the mapping step.
        QCOMPARE(
            fieldOf(mappingOf(QStringLiteral("google-forms-responses.csv")), QStringLiteral("好きな食べ物")),
            Field::Ignore);

        const auto hanako = member(QStringLiteral("google-forms-responses.csv"), 1, formQuestions());
        QVERIFY2(hanako.ok(), qPrintable(why(hanako)));
        QCOMPARE(hanako->status, Member::Status::Applicant);
        QVERIFY(!hanako->approvedAt.isValid());
        QCOMPARE(hanako->createdAt, QDateTime(QDate(2026, 5, 20), QTime(9, 5, 33)).toUTC());
        QCOMPARE(hanako->displayName, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako->reading, QStringLiteral("さとう はなこ"));
        QCOMPARE(hanako->emails, QStringList{QStringLiteral("hanako@example.jp")});
        QCOMPARE(hanako->answers.value(7), QStringLiteral("勉強会, 友人の紹介"));
        QCOMPARE(hanako->answers.value(9), QStringLiteral("寿司"));
        QCOMPARE(hanako->introduction, QStringLiteral("Go を書いています。\r\nよろしくお願いします。"));
        QCOMPARE(hanako->nameConsent, Consent::FullName);
        QCOMPARE(hanako->answers.value(11), QStringLiteral("フルネームで可"));
        QCOMPARE(hanako->answers.size(), 3);
        QVERIFY(!hanako->joinedOn.isValid()); // the application time is no joining date

        const auto ichiro = member(QStringLiteral("google-forms-responses.csv"), 2, formQuestions());
        QCOMPARE(ichiro->nameConsent, Consent::OccupationInitial);
        QCOMPARE(ichiro->createdAt, QDateTime(QDate(2026, 5, 21), QTime(21, 40, 2)).toUTC());
        QVERIFY(!ichiro->answers.contains(9)); // an empty answer is no answer
        const auto jiro = member(QStringLiteral("google-forms-responses.csv"), 3, formQuestions());
        QCOMPARE(jiro->nameConsent, Consent::NotNamed);
        QCOMPARE(jiro->displayName, QStringLiteral("鈴木　次郎"));
        QStringList warnings;
        const auto saburo =
            member(QStringLiteral("google-forms-responses.csv"), 4, formQuestions(), &warnings);
        QVERIFY(saburo.ok());
        QCOMPARE(saburo->nameConsent, Member().nameConsent);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.constFirst().contains(QStringLiteral("どちらでも")));
    }

    void consentAnswers_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("consent"); // -1: not understood
        const auto row = [](const char *answer, int consent) {
            QTest::newRow(answer) << QString::fromUtf8(answer) << consent;
        };
        const int full = int(Consent::FullName), initial = int(Consent::OccupationInitial),
                  none = int(Consent::NotNamed);
        row("フルネームで可", full);
        row("フルネームで掲載してください", full);
        row("はい", full);
        row("可", full);
        row("Yes, my full name", full);
        row("実名で構いません", full);
        row("職業とイニシャル", initial);
        row("職業とイニシャルのみ可", initial);
        row("イニシャルならOK", initial);
        row("Occupation and initials only", initial);
        row("掲載しない", none);
        row("掲載しないでください", none);
        row("不可", none);
        row("フルネームは不可", none); // a refusal wins over the name it mentions
        row("いいえ", none);
        row("No", none);
        row("no, thanks", none);
        row("Please don’t publish my name", none);
        row("匿名希望", none);
        row("どちらでも", -1);
        row("", -1);
        row("Nothing to say", -1);
    }
    void consentAnswers()
    {
        QFETCH(QString, answer);
        QFETCH(int, consent);
        const auto parsed = MemberServicePresets::parseConsent(answer);
        QCOMPARE(parsed ? int(*parsed) : -1, consent);
    }

    void consentQuestions()
    {
        QVERIFY(MemberServicePresets::isConsentQuestion(QStringLiteral("活動報告へのお名前の掲載について")));
        QVERIFY(MemberServicePresets::isConsentQuestion(
            QStringLiteral("レポートにお名前を公開してもよいですか？")));
        QVERIFY(MemberServicePresets::isConsentQuestion(QStringLiteral("Name consent for our reports")));
        QVERIFY(MemberServicePresets::isConsentQuestion(QStringLiteral("May we publish your name?")));
        QVERIFY(!MemberServicePresets::isConsentQuestion(QStringLiteral("お名前")));
        QVERIFY(!MemberServicePresets::isConsentQuestion(QStringLiteral("写真の公開について")));
        QVERIFY(!MemberServicePresets::isConsentQuestion(QStringLiteral("自己紹介")));
    }

    void datesAndTimesOfTheServices()
    {
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("2019年7月13日 13時02分")), QDate(2019, 7, 13));
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("04/01/2019")), QDate(2019, 4, 1));
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("April 01, 2019")), QDate(2019, 4, 1));
        QCOMPARE(MemberCsvMapping::parseDate(QStringLiteral("Sep 9 2021")), QDate(2021, 9, 9));
        QVERIFY(!MemberCsvMapping::parseDate(QStringLiteral("13/01/2019")));
        QVERIFY(!MemberCsvMapping::parseDate(QStringLiteral("Smarch 01, 2019")));
        const auto at = [](const char *text) {
            return MemberCsvMapping::parseDateTime(QString::fromUtf8(text));
        };
        QCOMPARE(at("2026/05/20 9:05:33"), QDateTime(QDate(2026, 5, 20), QTime(9, 5, 33)));
        QCOMPARE(at("2019年7月13日 13時02分"), QDateTime(QDate(2019, 7, 13), QTime(13, 2)));
        QCOMPARE(at("2026/05/20 06:50:02 PM"), QDateTime(QDate(2026, 5, 20), QTime(18, 50, 2)));
        QCOMPARE(at("05/20/2026 12:10:00 AM"), QDateTime(QDate(2026, 5, 20), QTime(0, 10)));
        QCOMPARE(at("2026/05/20 午後6:05"), QDateTime(QDate(2026, 5, 20), QTime(18, 5)));
        QCOMPARE(at("2026-05-20"), QDateTime(QDate(2026, 5, 20), QTime(0, 0)));
        QVERIFY(!at("2026/05/20 25:00:00"));
        QVERIFY(!at("yesterday"));
    }

    void anUnknownServiceListsTheExpectedHeaders()
    {
        const QStringList headers = this->headers(table(QStringLiteral("unknown-service.csv")));
        QVERIFY(!MemberServicePresets::detect(headers));
        QVERIFY(!MemberServicePresets::guess(headers).mapping.mapsName());
        const Error error = MemberServicePresets::missingNameError(headers, QStringLiteral("scores.csv"));
        const QString message = error.message();
        QVERIFY(message.startsWith(QStringLiteral("scores.csv: ")));
        for (const char *expected : {"ユーザー名", "表示名", "Name (Original Name)", "Member ID",
                                     "参加者名(カナ)", "タイムスタンプ", "メールアドレス", "Score, Team"})
            QVERIFY2(message.contains(QString::fromUtf8(expected)), expected);
    }

    void presetMappingsSurviveSavingAsJson()
    {
        const auto mapping = mappingOf(QStringLiteral("google-forms-responses.csv"), formQuestions());
        const auto again = MemberCsvMapping::fromJson(mapping.toJson());
        QVERIFY(again.ok());
        QCOMPARE(*again, mapping);
        QCOMPARE(again->questionAt(7), qint64(9));
        for (const Field field :
             {Field::ConnpassAccount, Field::MeetupAccount, Field::MeetingName, Field::KanaName,
              Field::LabelledNote, Field::NameConsent, Field::AppliedAt}) {
            QCOMPARE(MemberCsvMapping::fieldFromKey(MemberCsvMapping::fieldKey(field)), field);
            QVERIFY(MemberCsvMapping::allFields().contains(field));
        }
        QVERIFY(!MemberCsvMapping::allFields().contains(Field::Answer));
        // An answer column must name its question.
        QVERIFY(!MemberCsvMapping::fromJson(
                     R"({"version":1,"columns":[{"index":0,"header":"Q","field":"answer"}]})")
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestServicePresets)
#include "tst_servicepresets.moc"
