#include "exchange/AnnouncementWriter.h"
#include "exchange/MarkdownEscape.h"
#include "exchange/MarkdownHtml.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/AnnouncementLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

using namespace offkai;

/// Announcements compared with the expected files under tests/data/announce, in English and Japanese.
///
/// Set OFFKAI_UPDATE_EXPECTED=1 to rewrite the expected files from the current output (then review the
/// diff). The Japanese files are compared only when the compiled catalogue translates this class.
class TestAnnouncementWriter : public QObject
{
    Q_OBJECT

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }
    static QDateTime at(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), tokyo());
    }

    static Venue ginza()
    {
        Venue v;
        v.id = 1;
        v.name = QStringLiteral("ワインバー ヴィーニョ銀座");
        v.kind = Venue::Kind::Bar;
        v.address = QStringLiteral("東京都中央区銀座二丁目14-5 銀座セントラルビル3階");
        v.stations = {{QStringLiteral("銀座駅"), QStringLiteral("東京メトロ銀座線・丸ノ内線・日比谷線"),
                       QStringLiteral("A4出口"), 3},
                      {QStringLiteral("銀座一丁目駅"), QStringLiteral("東京メトロ有楽町線"),
                       QStringLiteral("8番出口"), 5}};
        v.parking = QStringLiteral("なし（近隣にコインパーキングあり）");
        v.nearby = QStringLiteral("松屋通り沿い。1階にコンビニ、向かいにドラッグストア。");
        v.capacity = 14;
        v.phone = QStringLiteral("03-0000-2101");
        v.notes = QStringLiteral("VENUE-NOTE 予約は田村の名前で。");
        return v;
    }
    static Venue baba()
    {
        Venue v;
        v.id = 2;
        v.name = QStringLiteral("スペインバル エル・バモス 高田馬場");
        v.kind = Venue::Kind::Bar;
        v.address = QStringLiteral("東京都新宿区高田馬場二丁目8-3 馬場ビル1階");
        v.stations = {{QStringLiteral("高田馬場駅"), QStringLiteral("JR山手線・西武新宿線・東京メトロ東西線"),
                       QStringLiteral("早稲田口"), 2}};
        v.parking = QStringLiteral("なし");
        v.nearby = QStringLiteral("早稲田通り沿い。周辺に居酒屋・カフェ多数。");
        return v;
    }
    static Venue minato()
    {
        Venue v;
        v.id = 3;
        v.name = QStringLiteral("レンタルスペース ミナトベース 田町");
        v.kind = Venue::Kind::RentalSpace;
        v.address = QStringLiteral("東京都港区芝五丁目27-9 ミナトベースビル4階");
        v.stations = {{QStringLiteral("田町駅"), QStringLiteral("JR山手線・京浜東北線"),
                       QStringLiteral("三田口（西口）"), 4},
                      {QStringLiteral("三田駅"), QStringLiteral("都営浅草線・都営三田線"),
                       QStringLiteral("A3出口"), 2}};
        v.bus = QStringLiteral("都営バス 田87系統「田町駅前」下車 徒歩4分");
        v.parking = QStringLiteral("専用駐車場なし。隣のビルにコインパーキング（20分220円）。");
        v.nearby = QStringLiteral("1階にコンビニ、向かいにカフェ（20時閉店）。");
        v.notes = QStringLiteral("VENUE-NOTE 鍵はキーボックス（暗証番号 0000）");
        return v;
    }
    static Venue zoom()
    {
        Venue v;
        v.id = 4;
        v.name = QStringLiteral("Zoom（有料アカウント）");
        v.kind = Venue::Kind::Online;
        v.meetingUrl = QStringLiteral("https://zoom.us/j/00000000000?pwd=venue-secret");
        return v;
    }

    static AnnouncementWriter::Input secondMeetup()
    {
        AnnouncementWriter::Input in;
        Event &e = in.event;
        e.id = 2;
        e.title = QStringLiteral("第2回オフ会");
        e.status = Event::Status::Scheduled;
        e.start = at(2013, 8, 29, 19, 30);
        e.end = at(2013, 8, 29, 22, 30);
        e.venueId = 1;
        e.capacity = 14;
        e.fee = 4000;
        e.whatToBring = QStringLiteral("名刺（なくても大丈夫です）");
        e.description = QStringLiteral(
            "月末の平日・木曜日、前回と同じ銀座のワインバーで第2回オフ会を開催します。\n"
            "フリーランス、クリエイター、経営者、起業準備中の方など、異業種の方とビジネスをテーマに"
            "ワイワイ話しましょう。\n\n名刺交換会ではありません。");
        e.notes = QStringLiteral("ORGANIZER-NOTE 写真は撮り忘れ");
        in.venue = ginza();
        in.placesTaken = 9;
        return in;
    }
    static AnnouncementWriter::Input onlineMeetup()
    {
        AnnouncementWriter::Input in;
        Event &e = in.event;
        e.id = 5;
        e.title = QStringLiteral("オン会「近況と今月のチャレンジ」");
        e.type = QStringLiteral("online_meetup");
        e.format = Event::Format::Online;
        e.start = at(2013, 9, 17, 20, 0);
        e.end = at(2013, 9, 17, 21, 30);
        e.venueId = 4;
        e.onlineUrl = QStringLiteral("https://zoom.us/j/00000000000?pwd=offkai-demo");
        e.linkPolicy = QStringLiteral("前日までにグループのメッセージでお送りします");
        e.capacity = 30;
        e.fee = 0;
        e.description = QStringLiteral("Zoomでのオン会です。一人3分で近況と今月チャレンジしたいことを話し、"
                                       "後半はフリートーク。途中参加・途中退出OK、顔出しは自由です。");
        e.notes = QStringLiteral("ORGANIZER-NOTE 開始10分前に入室");
        in.venue = zoom();
        in.hostName = QStringLiteral("松本 理恵");
        in.placesTaken = 12;
        return in;
    }
    static AnnouncementWriter::Input tentativeMeetup()
    {
        AnnouncementWriter::Input in;
        Event &e = in.event;
        e.id = 4;
        e.title = QStringLiteral("第3回オフ会");
        e.status = Event::Status::Tentative;
        e.tentativeFrom = QDate(2013, 9, 23);
        e.tentativeTo = QDate(2013, 9, 30);
        e.tentativeNote = QStringLiteral("月末の平日");
        e.venueId = 2;
        e.capacity = 20;
        e.description =
            QStringLiteral("次回は高田馬場のスペインバルで開催予定です。パエリアを囲んで語りましょう。");
        e.notes = QStringLiteral("ORGANIZER-NOTE 会費は人数が決まってから");
        in.venue = baba();
        return in;
    }
    static AnnouncementWriter::Input hybridIdeathon()
    {
        AnnouncementWriter::Input in;
        Event &e = in.event;
        e.id = 7;
        e.title = QStringLiteral("アイデアソン「副業・小さな起業のタネ」（会場＋オンライン）");
        e.type = QStringLiteral("ideathon");
        e.format = Event::Format::Hybrid;
        e.start = at(2013, 10, 19, 13, 0);
        e.end = at(2013, 10, 19, 17, 0);
        e.venueId = 3;
        e.onlineUrl = QStringLiteral("https://zoom.us/j/00000000000?pwd=offkai-demo");
        e.capacity = 24;
        e.fee = 1000;
        e.whatToBring = QStringLiteral("ノートPC、付箋があれば");
        e.description =
            QStringLiteral("会場とZoomをつないだハイブリッド開催のアイデアソンです。\n"
                           "3〜4人のチームで副業や小さな起業のアイデアを出し合い、最後に発表します。\n"
                           "オンライン参加は無料（会費は会場参加のみ）。");
        e.notes = QStringLiteral("ORGANIZER-NOTE プロジェクターとマイクを事前に確認");
        in.venue = minato();
        in.hostName = QStringLiteral("松本 理恵");
        in.placesTaken = 24;
        return in;
    }

    static QList<std::pair<QString, AnnouncementWriter::Input>> cases()
    {
        return {{QStringLiteral("ginza"), secondMeetup()},
                {QStringLiteral("online"), onlineMeetup()},
                {QStringLiteral("tentative"), tentativeMeetup()},
                {QStringLiteral("hybrid"), hybridIdeathon()}};
    }

    /// Compares `actual` with the expected file, or writes it when OFFKAI_UPDATE_EXPECTED is set.
    static void compareWithFile(const QString &actual, const QString &name)
    {
        const QString path = test::testData(QStringLiteral("announce/") + name);
        if (qEnvironmentVariableIsSet("OFFKAI_UPDATE_EXPECTED")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            return;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString expected = QString::fromUtf8(file.readAll());
        if (actual != expected) {
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i)) {
                    qWarning().noquote() << name << "line" << i + 1 << "\n  actual:  " << a.value(i)
                                         << "\n  expected:" << e.value(i);
                    break;
                }
            }
        }
        QCOMPARE(actual, expected);
    }

    static void checkPrivate(const QString &text)
    {
        QVERIFY2(!text.contains(QLatin1String("ORGANIZER-NOTE")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("VENUE-NOTE")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("03-0000")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("pwd=")), qPrintable(text));
    }

    /// Markdown rendered by Qt's own Markdown reader, as plain text: what a reader sees.
    static QString rendered(const QString &markdown)
    {
        QTextDocument document;
        document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        return document.toPlainText();
    }

    void compareAll(const QLocale &locale, const QString &language)
    {
        for (const auto &[name, input] : cases()) {
            const QString md = AnnouncementWriter::markdown(input, locale);
            const QString txt = AnnouncementWriter::plainText(input, locale);
            checkPrivate(md);
            checkPrivate(txt);
            compareWithFile(md, name + QLatin1Char('-') + language + QStringLiteral(".md"));
            compareWithFile(txt, name + QLatin1Char('-') + language + QStringLiteral(".txt"));
        }
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void english() { compareAll(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("en")); }

    void japanese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/offkai_ja")));
        // OFFKAI_EXTRA_QM: a catalogue installed over the app's, to try translations not yet in the .ts.
        QTranslator extra;
        const QString extraPath = qEnvironmentVariable("OFFKAI_EXTRA_QM");
        if (!extraPath.isEmpty())
            QVERIFY2(extra.load(extraPath), qPrintable(extraPath));
        if (translator.translate("offkai::AnnouncementWriter", "Meeting link").isEmpty() &&
            extra.translate("offkai::AnnouncementWriter", "Meeting link").isEmpty())
            QSKIP("The Japanese catalogue does not translate the announcement yet");
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::installTranslator(&extra);
        compareAll(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("ja"));
        QCoreApplication::removeTranslator(&extra);
        QCoreApplication::removeTranslator(&translator);
    }

    void hostileTextRendersLiterally()
    {
        const QString hostile =
            QStringLiteral("# *Free* _beer_ [click](javascript:alert(1)) <script>x</script> "
                           "| a | b | `code` ~~gone~~ &amp; \\*");
        AnnouncementWriter::Input in = secondMeetup();
        in.event.title = hostile;
        in.event.whatToBring = QStringLiteral("1. a list? - no <b>bold</b>");
        in.event.description = QStringLiteral("- not a list\n+ nor this\n1) nor this\n> no quote\n"
                                              "    no code block\n===\n---\n```\nno fence");
        in.venue->name = QStringLiteral("**Bar** [x]");
        const QString md = AnnouncementWriter::markdown(in, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(md.startsWith(QLatin1String("# \\# \\*Free\\* \\_beer\\_ \\[click\\](javascript:alert(1)) "
                                            "\\<script\\>x\\</script\\> \\| a \\| b \\| \\`code\\` "
                                            "\\~\\~gone\\~\\~ \\&amp; \\\\\\*\n")));
        const QString text = rendered(md);
        QVERIFY2(text.contains(hostile), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1. a list? - no <b>bold</b>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("**Bar** [x]")), qPrintable(text));
        for (const char *line : {"- not a list", "+ nor this", "1) nor this", "> no quote", "no code block",
                                 "===", "---", "```", "no fence"})
            QVERIFY2(text.contains(QLatin1String(line)), line);

        // The plain text keeps the text as it is and adds no Markdown of its own.
        const QString plain =
            AnnouncementWriter::plainText(in, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(plain.startsWith(hostile + QLatin1Char('\n')));
        QVERIFY(!plain.contains(QLatin1String("**Date**")));
    }

    void autolinksStayText()
    {
        // Neither a URL, "www." nor an email address in a text from the database becomes a link.
        for (const QString &text :
             {QStringLiteral("see http://example.com/a, WWW.example.com or ask@example.com"),
              QStringLiteral("ftp://x.y")}) {
            const QString escaped = MarkdownEscape::lines(text);
            const QString html = MarkdownHtml::toHtml(escaped);
            QVERIFY2(!html.contains(QLatin1String("<a")), qPrintable(html));
            QCOMPARE(MarkdownHtml::toPlainText(escaped), text);
        }
        // Times, parentheses and full stops stay as they are.
        QCOMPARE(MarkdownEscape::lines(QStringLiteral("12:30 (x). a.b")), QStringLiteral("12:30 (x). a.b"));
    }

    void expectedMarkdownRendersCleanly()
    {
        // Nothing of the database is lost or mangled on the way through a Markdown reader.
        const QString text = rendered(
            AnnouncementWriter::markdown(hybridIdeathon(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY2(text.contains(QStringLiteral("三田駅 (都営浅草線・都営三田線) A3出口 2 min walk")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Capacity: 24 (full, waitlist open)")));
        QVERIFY(!text.contains(QLatin1Char('*')));
    }

    void meetingLinkOnlyWhenAsked()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        AnnouncementWriter::Options options;
        QVERIFY(!AnnouncementWriter::plainText(onlineMeetup(), en).contains(QLatin1String("zoom.us")));
        options.includeMeetingLink = true;
        const QString with = AnnouncementWriter::plainText(onlineMeetup(), en, options);
        QVERIFY(with.contains(QLatin1String("Link: https://zoom.us/j/00000000000?pwd=offkai-demo")));
        QVERIFY(!with.contains(QLatin1String("venue-secret")));
    }

    void shortMapLinkAndNoLongSearchInPlainText()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        AnnouncementWriter::Input in = secondMeetup();
        // Without a link of its own: Markdown links the map search, plain text leaves it out.
        QVERIFY(AnnouncementWriter::markdown(in, en).contains(QStringLiteral("google.com/maps/search")));
        QVERIFY(!AnnouncementWriter::plainText(in, en).contains(QStringLiteral("Map:")));
        // An explicit map link is the organizer's own: both carry it.
        in.venue->mapUrl = QStringLiteral("https://maps.example.com/ginza");
        QVERIFY(AnnouncementWriter::plainText(in, en).contains(
            QStringLiteral("Map: https://maps.example.com/ginza\n")));
        // The short link wins in both.
        in.venue->shortMapUrl = QStringLiteral(" https://maps.app.goo.gl/AbC123 ");
        const QString plain = AnnouncementWriter::plainText(in, en);
        QVERIFY(plain.contains(QStringLiteral("Map: https://maps.app.goo.gl/AbC123\n")));
        QVERIFY(!plain.contains(QStringLiteral("maps.example.com")));
        QVERIFY(AnnouncementWriter::markdown(in, en).contains(
            QStringLiteral("<https://maps.app.goo.gl/AbC123>")));
    }

    void zoneNamedOnlyOutsideTheCommunitysZone()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        AnnouncementWriter::Input in = secondMeetup();
        in.communityZone = tokyo();
        const QString inTokyo = AnnouncementWriter::plainText(in, en);
        QVERIFY(inTokyo.contains(QStringLiteral("Date: Thursday, August 29, 2013 7:30 PM – 10:30 PM\n")));
        in.communityZone = QTimeZone(QByteArrayLiteral("Europe/London"));
        const QString fromLondon = AnnouncementWriter::plainText(in, en);
        QVERIFY(fromLondon.contains(QStringLiteral("Date: Thursday, August 29, 2013 7:30 PM – 10:30 PM (")));
        QVERIFY(!fromLondon.contains(QStringLiteral("10:30 PM\n")));
    }

    void howToApplyAndDeadlineWhenSet()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        AnnouncementWriter::Input in = secondMeetup();
        QVERIFY(!AnnouncementWriter::plainText(in, en).contains(QStringLiteral("How to apply")));
        QVERIFY(!AnnouncementWriter::plainText(in, en).contains(QStringLiteral("Apply by")));
        in.event.howToApply = QStringLiteral("  Facebookグループの\nイベントページから  ");
        in.event.applyBy = QDate(2013, 8, 27);
        const QString plain = AnnouncementWriter::plainText(in, en);
        QVERIFY(plain.contains(QStringLiteral("How to apply: Facebookグループの イベントページから\n")));
        QVERIFY(plain.contains(QStringLiteral("Apply by: Tuesday, August 27, 2013\n")));
        const QString markdown = AnnouncementWriter::markdown(in, en);
        QVERIFY(
            markdown.contains(QStringLiteral("- **How to apply**: Facebookグループの イベントページから\n")));
        QVERIFY(markdown.contains(QStringLiteral("- **Apply by**: Tuesday, August 27, 2013\n")));
    }

    void cancelledAndTentativeWithADay()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        AnnouncementWriter::Input in = secondMeetup();
        in.event.status = Event::Status::Cancelled;
        QVERIFY(
            AnnouncementWriter::markdown(in, en).startsWith(QStringLiteral("# [Cancelled] 第2回オフ会\n")));
        QVERIFY(
            AnnouncementWriter::plainText(in, en).startsWith(QStringLiteral("[Cancelled] 第2回オフ会\n")));
        in.event.status = Event::Status::Tentative;
        QVERIFY(AnnouncementWriter::plainText(in, en).contains(QLatin1String("(to be confirmed)")));
    }

    void numbers()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(AnnouncementWriter::feeText(4000, en), QStringLiteral("¥4,000"));
        QCOMPARE(AnnouncementWriter::feeText(0, en), QStringLiteral("Free"));
        QCOMPARE(AnnouncementWriter::capacityText(14, 0, en), QStringLiteral("14"));
        QCOMPARE(AnnouncementWriter::capacityText(14, 9, en), QStringLiteral("14 (places left: 5)"));
        QCOMPARE(AnnouncementWriter::capacityText(14, 15, en), QStringLiteral("14 (full, waitlist open)"));
        QCOMPARE(AnnouncementWriter::platformName(QUrl(QStringLiteral("https://us02web.zoom.us/j/1"))),
                 QStringLiteral("Zoom"));
        QCOMPARE(AnnouncementWriter::platformName(QUrl(QStringLiteral("https://meet.google.com/abc"))),
                 QStringLiteral("Google Meet"));
        QCOMPARE(AnnouncementWriter::platformName(QUrl(QStringLiteral("https://notzoom.us/j/1"))), QString());
    }

    void loadsFromTheStores()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        Workspace workspace(std::move(db).value());

        Venue venue = ginza();
        venue.id = 0;
        auto venueId = workspace.venues().insert(venue);
        QVERIFY2(venueId, venueId ? "" : qPrintable(venueId.error().toString()));
        Member host;
        host.displayName = QStringLiteral("松本 理恵");
        host.emails = {QStringLiteral("rie@example.com")};
        host.phone = QStringLiteral("090-0000-0000");
        host.nameConsent = Member::NameConsent::FullName;
        auto hostId = workspace.members().insert(host);
        QVERIFY(hostId);
        Member shy;
        shy.displayName = QStringLiteral("内気 太郎");
        shy.nameConsent = Member::NameConsent::NotNamed;
        auto shyId = workspace.members().insert(shy);
        QVERIFY(shyId);

        Event event = hybridIdeathon().event;
        event.id = 0;
        event.venueId = *venueId;
        event.hostMemberId = *hostId;
        auto eventId = workspace.events().insert(event);
        QVERIFY2(eventId, eventId ? "" : qPrintable(eventId.error().toString()));
        QVERIFY(workspace.participations().add(*eventId, *shyId));

        auto input = AnnouncementLoader(workspace).load(*eventId);
        QVERIFY2(input, input ? "" : qPrintable(input.error().toString()));
        QCOMPARE(input->venue->name, venue.name);
        QCOMPARE(input->hostName, host.displayName);
        QCOMPARE(input->placesTaken, 1);
        const QString text =
            AnnouncementWriter::plainText(*input, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(text.contains(QStringLiteral("Host: 松本 理恵")));
        QVERIFY(!text.contains(QLatin1String("rie@example.com")));
        QVERIFY(!text.contains(QLatin1String("090-")));
        QVERIFY(text.contains(QLatin1String("Capacity: 24 (places left: 23)")));

        // A host who does not want to be named is not.
        event.id = *eventId;
        event.hostMemberId = *shyId;
        QVERIFY(workspace.events().update(event));
        input = AnnouncementLoader(workspace).load(*eventId);
        QVERIFY(input);
        QVERIFY(input->hostName.isEmpty());

        QVERIFY(!AnnouncementLoader(workspace).load(999999));

        // The community's zone comes from its settings: an event in Tokyo is named with its zone once the
        // community lives in London.
        CommunitySettings settings = *workspace.settings().load();
        settings.timeZone = tokyo();
        QVERIFY(workspace.settings().save(settings));
        input = AnnouncementLoader(workspace).load(*eventId);
        QVERIFY(input);
        QCOMPARE(input->communityZone, tokyo());
        settings.timeZone = QTimeZone(QByteArrayLiteral("Europe/London"));
        QVERIFY(workspace.settings().save(settings));
        input = AnnouncementLoader(workspace).load(*eventId);
        QVERIFY(input);
        QCOMPARE(input->communityZone.id(), QByteArrayLiteral("Europe/London"));
    }
};

QTEST_MAIN(TestAnnouncementWriter)
#include "tst_announcementwriter.moc"
