#include "exchange/ParticipantFile.h"
#include "exchange/ServiceDateTime.h"
#include "exchange/TextDecoding.h"
#include "exchange/ZoomReport.h"
#include "TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace offkai;

using Source = ParticipantFile::Source;
using Rsvp = Participation::Rsvp;

class TestParticipantFile : public QObject
{
    Q_OBJECT

    const QTimeZone tokyo = QTimeZone("Asia/Tokyo");

    static QByteArray fixture(const QString &name)
    {
        QFile file(test::testData(QStringLiteral("participants/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

    ParticipantFile readFixture(const QString &name, std::optional<Source> source = std::nullopt)
    {
        auto file = ParticipantFile::read(fixture(name), source, tokyo, name);
        if (!file)
            qFatal("%s", qPrintable(file.error().toString()));
        return std::move(file).value();
    }

    static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    }

    static const ParticipantEntry *byName(const ParticipantFile &file, const QString &name)
    {
        for (const ParticipantEntry &entry : file.entries) {
            if (entry.name == name)
                return &entry;
        }
        return nullptr;
    }

    static QString errorOf(const QByteArray &bytes, std::optional<Source> source, const QString &fileName)
    {
        const auto file = ParticipantFile::read(bytes, source, QTimeZone("Asia/Tokyo"), fileName);
        return file ? QString() : file.error().message();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void keysRoundTrip()
    {
        QCOMPARE(ParticipantFile::allSources().size(), 5);
        for (const Source source : ParticipantFile::allSources()) {
            QCOMPARE(ParticipantFile::fromKey(ParticipantFile::key(source)), source);
            QVERIFY(!ParticipantFile::label(source).isEmpty());
            QVERIFY(!ParticipantFile::expectedHeaders(source).isEmpty());
        }
        QCOMPARE(ParticipantFile::key(Source::ZoomMeeting), QStringLiteral("zoom"));
        QCOMPARE(ParticipantFile::key(Source::ZoomWebinar), QStringLiteral("zoom-webinar"));
        QCOMPARE(ParticipantFile::fromKey(QStringLiteral(" Zoom ")), Source::ZoomMeeting);
        QCOMPARE(ParticipantFile::fromKey(QStringLiteral("connpass")), Source::Connpass);
        QVERIFY(!ParticipantFile::fromKey(QStringLiteral("meetup")));
        QVERIFY(!ParticipantFile::fromKey(QString()));
    }

    void serviceTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("connpass") << QStringLiteral("2019年7月13日 13時02分") << utc(2019, 7, 13, 4, 2);
        QTest::newRow("connpass no space")
            << QStringLiteral("2019年7月13日13時02分") << utc(2019, 7, 13, 4, 2);
        QTest::newRow("zoom ja") << QStringLiteral("2026/05/20 06:50:02 PM") << utc(2026, 5, 20, 9, 50, 2);
        QTest::newRow("zoom en") << QStringLiteral("05/20/2026 06:50:02 PM") << utc(2026, 5, 20, 9, 50, 2);
        QTest::newRow("12 am") << QStringLiteral("2026/05/21 12:10:00 AM") << utc(2026, 5, 20, 15, 10);
        QTest::newRow("12 pm") << QStringLiteral("2026/05/21 12:10:00 PM") << utc(2026, 5, 21, 3, 10);
        QTest::newRow("午後") << QStringLiteral("2026/05/20 午後6:50") << utc(2026, 5, 20, 9, 50);
        QTest::newRow("webinar") << QStringLiteral("May 20, 2026 06:50 PM") << utc(2026, 5, 20, 9, 50);
        QTest::newRow("24 hour") << QStringLiteral("2026-05-20 18:50:02") << utc(2026, 5, 20, 9, 50, 2);
        QTest::newRow("forms hour") << QStringLiteral("2026/05/20 9:05:02") << utc(2026, 5, 20, 0, 5, 2);
        QTest::newRow("iso local") << QStringLiteral("2026-05-20T18:50:02") << utc(2026, 5, 20, 9, 50, 2);
        QTest::newRow("iso utc") << QStringLiteral("2026-05-20T09:50:02.250Z") << utc(2026, 5, 20, 9, 50, 2);
        QTest::newRow("iso offset") << QStringLiteral("2026-05-20T18:50:02+09:00")
                                    << utc(2026, 5, 20, 9, 50, 2);
        QTest::newRow("offset west") << QStringLiteral("2026-05-20 04:50 -05:00") << utc(2026, 5, 20, 9, 50);
        QTest::newRow("full-width") << QStringLiteral("２０２６／０５／２０ １８：５０")
                                    << utc(2026, 5, 20, 9, 50);
        QTest::newRow("date only") << QStringLiteral("2026/05/20") << utc(2026, 5, 19, 15, 0);
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("text") << QStringLiteral("--") << QDateTime();
        QTest::newRow("no month 13") << QStringLiteral("2026/13/01 10:00") << QDateTime();
        QTest::newRow("13 pm") << QStringLiteral("2026/05/20 13:00 PM") << QDateTime();
        QTest::newRow("25 hours") << QStringLiteral("2026/05/20 25:00") << QDateTime();
    }
    void serviceTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ServiceDateTime::parse(text, tokyo);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void zoomNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("original");
        QTest::newRow("renamed") << QStringLiteral("佐藤 花子 (Hanako Sato)") << QStringLiteral("佐藤 花子")
                                 << QStringLiteral("Hanako Sato");
        QTest::newRow("plain") << QStringLiteral("田中 太郎") << QStringLiteral("田中 太郎") << QString();
        QTest::newRow("same") << QStringLiteral("Taro (Taro)") << QStringLiteral("Taro") << QString();
        QTest::newRow("iphone") << QStringLiteral("iPhone (佐藤 花子)") << QStringLiteral("佐藤 花子")
                                << QString();
        QTest::newRow("ipad") << QStringLiteral("iPad") << QStringLiteral("iPad") << QString();
        QTest::newRow("galaxy") << QStringLiteral("Galaxy S21 (鈴木)") << QStringLiteral("鈴木") << QString();
        QTest::newRow("desktop") << QStringLiteral("DESKTOP-ABC123 (田中)") << QStringLiteral("田中")
                                 << QString();
        QTest::newRow("owned") << QStringLiteral("佐藤のiPhone") << QStringLiteral("佐藤") << QString();
        QTest::newRow("full-width parens")
            << QStringLiteral("山本　由紀（Yuki）") << QStringLiteral("山本 由紀") << QStringLiteral("Yuki");
        QTest::newRow("mac is not a device")
            << QStringLiteral("Mackenzie (Mac)") << QStringLiteral("Mackenzie") << QStringLiteral("Mac");
    }
    void zoomNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, original);
        const ZoomReport::Name split = ZoomReport::splitName(text);
        QCOMPARE(split.name, name);
        QCOMPARE(split.original, original);
    }

    void detectsEachFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("source");
        QTest::newRow("connpass bom") << "connpass-paid-bom.csv" << int(Source::Connpass);
        QTest::newRow("connpass cp932") << "connpass-cp932.csv" << int(Source::Connpass);
        QTest::newRow("connpass utf-8") << "connpass-utf8.csv" << int(Source::Connpass);
        QTest::newRow("zoom ja") << "zoom-meeting-ja.csv" << int(Source::ZoomMeeting);
        QTest::newRow("zoom en") << "zoom-meeting-en.csv" << int(Source::ZoomMeeting);
        QTest::newRow("zoom webinar") << "zoom-webinar.csv" << int(Source::ZoomWebinar);
        QTest::newRow("peatix") << "peatix.csv" << int(Source::Peatix);
        QTest::newRow("doorkeeper") << "doorkeeper.csv" << int(Source::Doorkeeper);
    }
    void detectsEachFixture()
    {
        QFETCH(QString, fixture);
        QFETCH(int, source);
        QCOMPARE(int(readFixture(fixture).source), source);
        // The explicit source reads it the same way.
        QCOMPARE(int(readFixture(fixture, Source(source)).source), source);
    }

    void detectsHeaderRows_data()
    {
        QTest::addColumn<QString>("headers");
        QTest::addColumn<int>("source"); // -1: none
        QTest::newRow("connpass")
            << "参加枠名,ユーザー名,表示名,利用開始日,コメント,参加ステータス,出欠ステータス,"
               "出席日時,更新日時,受付番号"
            << int(Source::Connpass);
        QTest::newRow("connpass shuffled") << "受付番号,参加ステータス,表示名" << int(Source::Connpass);
        QTest::newRow("zoom ja") << "名前 (元の名前),ユーザーメール,参加時刻,退出時刻,所要時間（分）"
                                 << int(Source::ZoomMeeting);
        QTest::newRow("zoom ja half-width")
            << "名前(元の名前),ユーザーメール,参加時刻,退出時刻,所要時間(分)" << int(Source::ZoomMeeting);
        QTest::newRow("zoom en")
            << "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest"
            << int(Source::ZoomMeeting);
        QTest::newRow("zoom webinar")
            << "Attended,User Name (Original Name),First Name,Last Name,Email,Phone,Registration Time,"
               "Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name"
            << int(Source::ZoomWebinar);
        QTest::newRow("peatix") << "参加者名,参加者名(カナ),メールアドレス,チケット,支払金額,支払状況,申込日"
                                << int(Source::Peatix);
        QTest::newRow("peatix en") << "Order Date,Name,Email,Ticket,Amount,Payment Status"
                                   << int(Source::Peatix);
        QTest::newRow("doorkeeper") << "名前,メールアドレス,ご質問" << int(Source::Doorkeeper);
        QTest::newRow("doorkeeper en") << "Name,Email" << int(Source::Doorkeeper);
        QTest::newRow("zoom summary") << "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),"
                                         "Participants"
                                      << -1;
        QTest::newRow("member list") << "氏名,ふりがな,電話番号" << -1;
        QTest::newRow("google forms") << "タイムスタンプ,メールアドレス,お名前" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void detectsHeaderRows()
    {
        QFETCH(QString, headers);
        QFETCH(int, source);
        const auto found = ParticipantFile::detect(headers.split(QLatin1Char(',')));
        QCOMPARE(found ? int(*found) : -1, source);
    }

    void connpassPaidWithBom()
    {
        const ParticipantFile file = readFixture(QStringLiteral("connpass-paid-bom.csv"));
        QCOMPARE(file.source, Source::Connpass);
        QCOMPARE(file.withdrawn, 1);
        QCOMPARE(file.entries.size(), 6);
        QCOMPARE(file.unknownColumns,
                 QStringList({QStringLiteral("利用開始日"), QStringLiteral("PayPal取引ID"),
                              QStringLiteral("請求書ID"), QStringLiteral("更新日時")}));
        QVERIFY(file.warnings.isEmpty());
        QVERIFY(!file.firstDay.isValid());

        const ParticipantEntry &hanako = file.entries.at(0);
        QCOMPARE(hanako.line, 2);
        QCOMPARE(hanako.name, QStringLiteral("佐藤 花子")); // the full-width space made readable
        QCOMPARE(hanako.account, QStringLiteral("hanako_s"));
        QCOMPARE(hanako.ticket, QStringLiteral("一般（懇親会あり）"));
        QCOMPARE(hanako.comment, QStringLiteral("楽しみにしています"));
        QCOMPARE(hanako.rsvp, Rsvp::Going);
        QVERIFY(hanako.attended);
        QCOMPARE(hanako.checkedInAt, utc(2026, 5, 20, 9, 52));
        QCOMPARE(hanako.receipt, QStringLiteral("0000001"));
        QVERIFY(hanako.emails.isEmpty());
        QVERIFY(!hanako.minutes);
        QVERIFY(!hanako.paidYen);
        QVERIFY(!hanako.registeredAt.isValid());
        QCOMPARE(hanako.answers,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("懇親会に参加しますか？"), QStringLiteral("参加する")},
                     {QStringLiteral("食物アレルギーがあれば教えてください"), QStringLiteral("えび")}}));

        const ParticipantEntry &taro = file.entries.at(1);
        QCOMPARE(taro.comment, QStringLiteral("遅れて参加します, 19時頃"));
        QCOMPARE(taro.rsvp, Rsvp::Going);
        QVERIFY(!taro.attended);
        QVERIFY(!taro.checkedInAt.isValid());
        QCOMPARE(taro.answers.size(), 1); // the empty allergy answer is left out

        const ParticipantEntry &jiro = file.entries.at(2);
        QCOMPARE(jiro.account, QStringLiteral("jiro_k"));
        QCOMPARE(jiro.ticket, QStringLiteral("学生"));
        QCOMPARE(jiro.comment, QStringLiteral("一行目\r\n二行目です"));
        QCOMPARE(jiro.rsvp, Rsvp::Waitlisted);
        QCOMPARE(jiro.line, 4);

        QCOMPARE(file.entries.at(3).name, QStringLiteral("山本 由紀"));
        QCOMPARE(file.entries.at(3).rsvp, Rsvp::Declined);
        QVERIFY(file.entries.at(3).answers.isEmpty());

        // No display name: the user name stands in; the withdrawn row before it is not an entry.
        const ParticipantEntry &kenta = file.entries.at(4);
        QCOMPARE(kenta.name, QStringLiteral("kenta_n"));
        QCOMPARE(kenta.account, QStringLiteral("kenta_n"));
        QCOMPARE(kenta.line, 7);
        QCOMPARE(kenta.checkedInAt, utc(2026, 5, 20, 10, 5));

        // A ragged row (its last cells missing) is read with what it has.
        const ParticipantEntry &mika = file.entries.at(5);
        QCOMPARE(mika.name, QStringLiteral("渡辺 美香"));
        QCOMPARE(mika.rsvp, Rsvp::Going);
        QVERIFY(mika.receipt.isEmpty());
    }

    void connpassShiftJis()
    {
        QVERIFY(TextDecoding::isShiftJisAvailable());
        const ParticipantFile file = readFixture(QStringLiteral("connpass-cp932.csv"));
        QCOMPARE(file.source, Source::Connpass);
        QCOMPARE(file.withdrawn, 2);
        QCOMPARE(file.entries.size(), 3);
        QCOMPARE(file.unknownColumns,
                 QStringList({QStringLiteral("利用開始日"), QStringLiteral("更新日時")}));
        const ParticipantEntry &kenichi = file.entries.at(0);
        QCOMPARE(kenichi.name, QStringLiteral("髙橋 健一"));
        QCOMPARE(kenichi.comment, QStringLiteral("①番目に着きます～"));
        QCOMPARE(kenichi.checkedInAt, utc(2019, 7, 13, 4, 2));
        QCOMPARE(kenichi.receipt, QStringLiteral("0000011"));
        const ParticipantEntry &mayumi = file.entries.at(1);
        QCOMPARE(mayumi.name, QStringLiteral("山﨑 真由美"));
        QCOMPARE(mayumi.ticket, QStringLiteral("LT枠"));
        QCOMPARE(mayumi.comment, QStringLiteral("LT: 「Qt ～ 入門」, 5分"));
        QVERIFY(mayumi.attended);
        QCOMPARE(file.entries.at(2).rsvp, Rsvp::Waitlisted);
        QVERIFY(file.entries.at(0).answers.isEmpty());
    }

    void connpassUtf8OtherOrder()
    {
        const ParticipantFile file = readFixture(QStringLiteral("connpass-utf8.csv"));
        QCOMPARE(file.entries.size(), 3);
        QCOMPARE(file.withdrawn, 0);
        QCOMPARE(file.unknownColumns,
                 QStringList({QStringLiteral("利用開始日"), QStringLiteral("更新日時")}));
        const ParticipantEntry &makoto = file.entries.at(0);
        QCOMPARE(makoto.account, QStringLiteral("makoto_k"));
        QCOMPARE(makoto.name, QStringLiteral("小林 誠"));
        QCOMPARE(makoto.ticket, QStringLiteral("オンライン"));
        QCOMPARE(makoto.comment, QStringLiteral("よろしく, お願いします"));
        QCOMPARE(makoto.checkedInAt, utc(2025, 3, 8, 5, 0));
        QCOMPARE(makoto.receipt, QStringLiteral("0000021"));
        QCOMPARE(makoto.answers, (QList<QPair<QString, QString>>{
                                     {QStringLiteral("オンライン参加の方はお住まいの地域を教えてください"),
                                      QStringLiteral("東京都")}}));
        QCOMPARE(file.entries.at(1).rsvp, Rsvp::Declined); // "キャンセル", as older files write it
        QCOMPARE(file.entries.at(2).rsvp, Rsvp::Waitlisted);
    }

    void zoomMeetingJapaneseFoldsRejoins()
    {
        const ParticipantFile file = readFixture(QStringLiteral("zoom-meeting-ja.csv"));
        QCOMPARE(file.source, Source::ZoomMeeting);
        QCOMPARE(file.entries.size(), 6);
        QVERIFY(file.unknownColumns.isEmpty());
        QVERIFY(file.warnings.isEmpty());
        QCOMPARE(file.firstDay, QDate(2026, 5, 20));
        QCOMPARE(file.lastDay, QDate(2026, 5, 21)); // 00:10 in Tokyo, still the 20th in UTC

        const ParticipantEntry &hanako = file.entries.at(0);
        QCOMPARE(hanako.name, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako.originalName, QStringLiteral("Hanako Sato"));
        QCOMPARE(hanako.emails, QStringList({QStringLiteral("hanako@example.jp")}));
        QVERIFY(hanako.attended);
        QVERIFY(!hanako.rsvp);
        QCOMPARE(hanako.minutes, 50 + 46); // the iPhone row folded in by name
        QCOMPARE(hanako.checkedInAt, utc(2026, 5, 20, 9, 50, 2));
        QCOMPARE(hanako.line, 2);

        const ParticipantEntry &jiro = file.entries.at(1);
        QCOMPARE(jiro.name, QStringLiteral("鈴木 次郎"));
        QCOMPARE(jiro.emails, QStringList({QStringLiteral("jiro@example.jp")})); // case differs, one address
        QCOMPARE(jiro.minutes, 12 + 28 + 45);
        QCOMPARE(jiro.checkedInAt, utc(2026, 5, 20, 9, 58));
        QCOMPARE(jiro.line, 3);

        QCOMPARE(file.entries.at(2).name, QStringLiteral("田中 太郎"));
        QCOMPARE(file.entries.at(2).minutes, 90);
        QCOMPARE(file.entries.at(3).name, QStringLiteral("山本 由紀"));
        QVERIFY(file.entries.at(3).emails.isEmpty());
        QCOMPARE(file.entries.at(4).name, QStringLiteral("渡辺 美香")); // DESKTOP-ABC123 (渡辺 美香)
        QCOMPARE(file.entries.at(4).minutes, 31);
        const ParticipantEntry &kazu = file.entries.at(5);
        QCOMPARE(kazu.name, QStringLiteral("小川 一"));
        QCOMPARE(kazu.checkedInAt, utc(2026, 5, 20, 15, 10));
        for (const ParticipantEntry &entry : file.entries) {
            QVERIFY(entry.attended);
            QVERIFY(entry.account.isEmpty());
            QVERIFY(entry.answers.isEmpty());
        }
    }

    void zoomMeetingEnglishWithSummary()
    {
        const ParticipantFile file = readFixture(QStringLiteral("zoom-meeting-en.csv"));
        QCOMPARE(file.source, Source::ZoomMeeting);
        QCOMPARE(file.entries.size(), 3); // the summary block's host line is no participant
        QCOMPARE(file.unknownColumns,
                 QStringList({QStringLiteral("Guest"), QStringLiteral("Recording Consent")}));
        const ParticipantEntry &makoto = file.entries.at(0);
        QCOMPARE(makoto.name, QStringLiteral("小林 誠"));
        QCOMPARE(makoto.originalName, QStringLiteral("Makoto Kobayashi"));
        QCOMPARE(makoto.line, 5);
        QCOMPARE(makoto.minutes, 111);
        QCOMPARE(makoto.checkedInAt, utc(2026, 5, 20, 9, 45, 10));
        const ParticipantEntry &hanako = file.entries.at(1);
        QCOMPARE(hanako.name, QStringLiteral("Hanako Sato"));
        QCOMPARE(hanako.originalName, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako.minutes, 35 + 64);
        QCOMPARE(hanako.checkedInAt, utc(2026, 5, 20, 9, 55));
        QCOMPARE(file.entries.at(2).name, QStringLiteral("鈴木"));
        QCOMPARE(file.firstDay, QDate(2026, 5, 20));
        QCOMPARE(file.lastDay, QDate(2026, 5, 20));
    }

    void zoomPlainFormWithoutSummary()
    {
        const QByteArray bytes =
            "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n"
            "Alice,alice@example.com,05/20/2026 06:50:02 PM,05/20/2026 07:50:02 PM,,No\r\n";
        const auto file = ParticipantFile::read(bytes, Source::ZoomMeeting, tokyo);
        QVERIFY(file);
        QCOMPARE(file->entries.size(), 1);
        QCOMPARE(file->entries.constFirst().minutes, 60); // from the join and leave times
    }

    void zoomJapaneseSummaryBlock()
    {
        const QByteArray bytes =
            "ミーティングID,トピック,開始時刻,終了時刻,ユーザーメール,所要時間（分）,参加者\r\n"
            "812 3456 7890,オンライン交流会,2026/05/20 06:45:10 PM,2026/05/20 08:35:44 "
            "PM,host@example.jp,111,2\r\n"
            "\r\n"
            "名前 (元の名前),ユーザーメール,参加時刻,退出時刻,所要時間（分）\r\n"
            "佐藤 花子,hanako@example.jp,2026/05/20 06:50:02 PM,2026/05/20 07:20:02 PM,30\r\n";
        const auto file = ParticipantFile::read(bytes, Source::ZoomMeeting, tokyo);
        QVERIFY(file);
        QCOMPARE(file->entries.size(), 1);
        QCOMPARE(file->entries.constFirst().line, 4 + 1);
        QCOMPARE(file->entries.constFirst().minutes, 30);
    }

    void explicitSourceOverridesTheBetterFit()
    {
        // "Name, Email, Ticket" fits Peatix best, but has what a Doorkeeper list has: asked for, it is one.
        const QByteArray bytes = "Name,Email,Ticket\nHanako Sato,hanako@example.jp,General\n";
        QCOMPARE(ParticipantFile::read(bytes, std::nullopt, tokyo)->source, Source::Peatix);
        const auto doorkeeper = ParticipantFile::read(bytes, Source::Doorkeeper, tokyo);
        QVERIFY(doorkeeper);
        QCOMPARE(doorkeeper->source, Source::Doorkeeper);
        QCOMPARE(doorkeeper->entries.constFirst().answers.constFirst(),
                 (QPair<QString, QString>(QStringLiteral("Ticket"), QStringLiteral("General"))));
    }

    void zoomWebinarAttendeesOnly()
    {
        const ParticipantFile file = readFixture(QStringLiteral("zoom-webinar.csv"));
        QCOMPARE(file.source, Source::ZoomWebinar);
        QCOMPARE(file.entries.size(), 4); // host and panelist sections are not participants
        QCOMPARE(file.unknownColumns, QStringList({QStringLiteral("Phone"), QStringLiteral("Is Guest"),
                                                   QStringLiteral("Country/Region Name")}));
        QVERIFY2(file.warnings.isEmpty(), qPrintable(file.warnings.join(QLatin1Char('\n'))));
        const ParticipantEntry &hanako = file.entries.at(0);
        QCOMPARE(hanako.name, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako.line, 13);
        QVERIFY(hanako.attended);
        QCOMPARE(hanako.rsvp, Rsvp::Going);
        QCOMPARE(hanako.minutes, 32 + 57);
        QCOMPARE(hanako.checkedInAt, utc(2026, 5, 20, 9, 58));
        QCOMPARE(hanako.registeredAt, utc(2026, 5, 10, 12, 12));
        QCOMPARE(hanako.emails, QStringList({QStringLiteral("hanako@example.jp")}));
        const ParticipantEntry &taro = file.entries.at(1);
        QCOMPARE(taro.name, QStringLiteral("Taro Tanaka"));
        QCOMPARE(taro.originalName, QStringLiteral("田中 太郎"));
        const ParticipantEntry &jiro = file.entries.at(2);
        QCOMPARE(jiro.name, QStringLiteral("鈴木 次郎")); // "--": from the last and first names
        QVERIFY(!jiro.attended);
        QCOMPARE(jiro.rsvp, Rsvp::Going);
        QVERIFY(!jiro.minutes);
        QVERIFY(!jiro.checkedInAt.isValid());
        QCOMPARE(jiro.registeredAt, utc(2026, 5, 11, 22, 0));
        QCOMPARE(file.entries.at(3).name, QStringLiteral("渡辺 美香"));
        QCOMPARE(file.entries.at(3).rsvp, Rsvp::Declined); // denied
        QCOMPARE(file.firstDay, QDate(2026, 5, 20));
        QCOMPARE(file.lastDay, QDate(2026, 5, 20));
        // Asked for a Zoom meeting, the webinar form is read as well.
        QCOMPARE(readFixture(QStringLiteral("zoom-webinar.csv"), Source::ZoomMeeting).source,
                 Source::ZoomWebinar);
    }

    void peatix()
    {
        const ParticipantFile file = readFixture(QStringLiteral("peatix.csv"));
        QCOMPARE(file.source, Source::Peatix);
        QCOMPARE(file.entries.size(), 6);
        QCOMPARE(file.unknownColumns, QStringList({QStringLiteral("注文ID"), QStringLiteral("支払方法")}));
        QVERIFY(file.warnings.isEmpty());
        const ParticipantEntry &hanako = file.entries.at(0);
        QCOMPARE(hanako.name, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako.reading, QStringLiteral("サトウ ハナコ"));
        QCOMPARE(hanako.emails, QStringList({QStringLiteral("hanako@example.jp")}));
        QCOMPARE(hanako.ticket, QStringLiteral("一般チケット"));
        QCOMPARE(hanako.paidYen, 1500);
        QCOMPARE(hanako.rsvp, Rsvp::Going);
        QVERIFY(!hanako.attended);
        QCOMPARE(hanako.registeredAt, utc(2026, 5, 1, 3, 34));
        QCOMPARE(hanako.answers, (QList<QPair<QString, QString>>{
                                     {QStringLiteral("当日の連絡先"), QStringLiteral("090-1111-2222")},
                                     {QStringLiteral("ご所属"), QStringLiteral("株式会社サンプル")}}));
        const ParticipantEntry &taro = file.entries.at(1); // not paid yet: going, nothing paid
        QCOMPARE(taro.rsvp, Rsvp::Going);
        QVERIFY(!taro.paidYen);
        QCOMPARE(taro.registeredAt, utc(2026, 5, 1, 23, 5));
        QCOMPARE(file.entries.at(2).rsvp, Rsvp::Declined); // キャンセル
        QVERIFY(!file.entries.at(2).paidYen);
        QCOMPARE(file.entries.at(3).rsvp, Rsvp::Going); // free
        QVERIFY(!file.entries.at(3).paidYen);
        QCOMPARE(file.entries.at(3).answers.constFirst().second, QStringLiteral("フリー, 個人"));
        QCOMPARE(file.entries.at(4).rsvp, Rsvp::Declined); // 払い戻し済み
        QVERIFY(!file.entries.at(4).paidYen);
        QCOMPARE(file.entries.at(5).paidYen, 3000); // "￥3,000", 決済済み
    }

    void peatixEnglishLabels()
    {
        const QByteArray bytes =
            "Order Date,Name,Email,Ticket,Amount,Payment Status,Company\n"
            "2026-05-01 12:34:00,Hanako Sato,hanako@example.jp,General,\"JPY 2,000\",Paid,ACME\n";
        const auto file = ParticipantFile::read(bytes, std::nullopt, tokyo);
        QVERIFY(file);
        QCOMPARE(file->source, Source::Peatix);
        const ParticipantEntry &hanako = file->entries.constFirst();
        QCOMPARE(hanako.paidYen, 2000);
        QCOMPARE(hanako.ticket, QStringLiteral("General"));
        QCOMPARE(hanako.registeredAt, utc(2026, 5, 1, 3, 34));
        QCOMPARE(hanako.answers.constFirst().first, QStringLiteral("Company"));
    }

    void doorkeeper()
    {
        const ParticipantFile file = readFixture(QStringLiteral("doorkeeper.csv"));
        QCOMPARE(file.source, Source::Doorkeeper);
        QCOMPARE(file.entries.size(), 3);
        QVERIFY(file.unknownColumns.isEmpty());
        const ParticipantEntry &hanako = file.entries.at(0);
        QCOMPARE(hanako.name, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako.emails, QStringList({QStringLiteral("hanako@example.jp")}));
        QCOMPARE(hanako.rsvp, Rsvp::Going);
        QCOMPARE(hanako.answers,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("懇親会に参加しますか？"), QStringLiteral("はい")},
                     {QStringLiteral("ひとこと"), QStringLiteral("よろしくお願いします。\r\n初参加です")}}));
        QCOMPARE(file.entries.at(1).answers.size(), 1);
        QVERIFY(file.entries.at(2).emails.isEmpty());
        QCOMPARE(file.entries.at(2).answers.constLast().second, QStringLiteral("A, B"));
    }

    void unknownServiceListsExpectedHeaders()
    {
        const QString message = errorOf(fixture(QStringLiteral("unknown-service.csv")), std::nullopt,
                                        QStringLiteral("unknown-service.csv"));
        QVERIFY(message.startsWith(QStringLiteral("unknown-service.csv: ")));
        QVERIFY2(message.contains(QStringLiteral("no name column")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("受付ID, メール, 金額"))); // what the file has
        for (const Source source : ParticipantFile::allSources()) {
            QVERIFY(message.contains(ParticipantFile::label(source)));
            for (const QString &header : ParticipantFile::expectedHeaders(source))
                QVERIFY2(message.contains(header), qPrintable(header));
        }
        QVERIFY(message.contains(QStringLiteral("参加ステータス")));
        QVERIFY(message.contains(QStringLiteral("名前 (元の名前) / Name (Original Name)")));
        QVERIFY(message.contains(QStringLiteral("Attended")));
        QVERIFY(message.contains(QStringLiteral("参加者名(カナ)")));
    }

    void wrongSourceNamesWhatIsMissing()
    {
        const QString message = errorOf(fixture(QStringLiteral("zoom-meeting-ja.csv")), Source::Connpass,
                                        QStringLiteral("zoom-meeting-ja.csv"));
        QVERIFY(message.startsWith(QStringLiteral("zoom-meeting-ja.csv: ")));
        QVERIFY2(message.contains(QStringLiteral("connpass")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("lacks 参加ステータス")));
        QVERIFY(message.contains(QStringLiteral("参加枠名, ")));
        QVERIFY(message.contains(QStringLiteral("所要時間（分）"))); // the file's own header row

        const QString zoom = errorOf(fixture(QStringLiteral("peatix.csv")), Source::ZoomMeeting, {});
        QVERIFY2(zoom.contains(QStringLiteral("参加時刻 / Join Time")), qPrintable(zoom));
        QVERIFY(!zoom.startsWith(QStringLiteral(": ")));
    }

    void emptyAndHeaderOnlyFiles()
    {
        const QString empty =
            errorOf(fixture(QStringLiteral("empty.csv")), std::nullopt, QStringLiteral("empty.csv"));
        QVERIFY2(empty.startsWith(QStringLiteral("empty.csv: ")) && empty.contains(QStringLiteral("empty")),
                 qPrintable(empty));
        QVERIFY(!errorOf("\xEF\xBB\xBF\r\n\r\n", std::nullopt, {}).isEmpty());
        const auto headerOnly = ParticipantFile::read("名前,メールアドレス\r\n", std::nullopt, tokyo);
        QVERIFY(headerOnly);
        QCOMPARE(headerOnly->source, Source::Doorkeeper);
        QVERIFY(headerOnly->entries.isEmpty());
    }

    void unreadableCellsBecomeWarnings()
    {
        const QByteArray bytes = "表示名,ユーザー名,参加ステータス,出欠ステータス,出席日時\n"
                                 "佐藤 花子,hanako_s,参加,出席,昨日の夜\n"
                                 "田中 太郎,taro_t,検討中,,,,余分\n"
                                 ",,参加,,\n";
        const auto file = ParticipantFile::read(bytes, Source::Connpass, tokyo, QStringLiteral("x.csv"));
        QVERIFY(file);
        QCOMPARE(file->entries.size(), 2);
        QVERIFY(file->entries.at(0).attended);
        QVERIFY(!file->entries.at(0).checkedInAt.isValid());
        QVERIFY(!file->entries.at(1).rsvp);
        QCOMPARE(file->warnings.size(), 4);
        QVERIFY(file->warnings.at(0).startsWith(QStringLiteral("Row 2: ")));
        QVERIFY(file->warnings.at(0).contains(QStringLiteral("昨日の夜")));
        QVERIFY(file->warnings.at(1).startsWith(QStringLiteral("Row 3: ")));
        QVERIFY(file->warnings.at(2).contains(QStringLiteral("検討中")));
        QVERIFY(file->warnings.at(3).startsWith(QStringLiteral("Row 4: ")));
    }

    void zoneDecidesTheUtcTime()
    {
        const QByteArray bytes =
            "名前 (元の名前),ユーザーメール,参加時刻,退出時刻,所要時間（分）\n"
            "佐藤 花子,hanako@example.jp,2026/05/20 11:30:00 PM,2026/05/21 12:30:00 AM,60\n";
        const auto tokyoFile = ParticipantFile::read(bytes, std::nullopt, tokyo);
        const auto utcFile = ParticipantFile::read(bytes, std::nullopt, QTimeZone::utc());
        QVERIFY(tokyoFile && utcFile);
        QCOMPARE(tokyoFile->entries.constFirst().checkedInAt, utc(2026, 5, 20, 14, 30));
        QCOMPARE(utcFile->entries.constFirst().checkedInAt, utc(2026, 5, 20, 23, 30));
        QCOMPARE(tokyoFile->firstDay, QDate(2026, 5, 20));
    }

    void demoFilesRead()
    {
        const QString root = qEnvironmentVariable("OFFKAI_SOURCE_DIR") + QStringLiteral("/resources/demo/");
        for (const auto &[name, source] :
             {std::pair(QStringLiteral("online-meetup-zoom.csv"), Source::ZoomMeeting),
              std::pair(QStringLiteral("meetup-2-connpass.csv"), Source::Connpass)}) {
            QFile file(root + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const auto read = ParticipantFile::read(bytes, std::nullopt, tokyo, name);
            QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
            QCOMPARE(read->source, source);
            QVERIFY(read->entries.size() >= 8);
            QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestParticipantFile)
#include "tst_participantfile.moc"
