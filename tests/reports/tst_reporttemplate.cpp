#include "exchange/MarkdownHtml.h"
#include "ReportFixtures.h"
#include "reports/ReportTemplate.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace offkai;

/// The report template filled from a seed-000-like event, compared with tests/data/reports; refresh()
/// keeping the author's text; markers; escaping. OFFKAI_UPDATE_EXPECTED=1 rewrites the expected files
/// from the current output (then review the diff).
class TestReportTemplate : public QObject
{
    Q_OBJECT

    static void compareWithFile(const QString &actual, const QString &name)
    {
        const QString path = test::testData(QStringLiteral("reports/") + name);
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

    static QString rendered(const QString &language, Report::Privacy privacy,
                            const ReportContext &ctx = test::secondOfflineMeetup())
    {
        return ReportTemplate::render(ReportTemplate::builtInTemplate(language), ctx, privacy, language);
    }

    /// The text outside the generated blocks, piece by piece.
    static QStringList outsideBlocks(const QString &body)
    {
        static const QRegularExpression block(
            QStringLiteral("<!-- offkai:(summary|headcount|attendees|next|previous) -->\\r?\\n.*?"
                           "<!-- /offkai:\\1 -->"),
            QRegularExpression::DotMatchesEverythingOption);
        QStringList pieces;
        qsizetype from = 0;
        for (auto it = block.globalMatch(body); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pieces.append(body.mid(from, m.capturedStart(0) - from));
            from = m.capturedEnd(0);
        }
        pieces.append(body.mid(from));
        return pieces;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(test::addReportCatalogue());
    }

    void expectedFiles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Report::Privacy>("privacy");
        QTest::addColumn<QString>("file");
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            QTest::newRow(qPrintable(language + QStringLiteral("-full")))
                << language << Report::Privacy::FullNames
                << QStringLiteral("report-%1-full.md").arg(language);
            QTest::newRow(qPrintable(language + QStringLiteral("-initial")))
                << language << Report::Privacy::OccupationInitial
                << QStringLiteral("report-%1-initial.md").arg(language);
            QTest::newRow(qPrintable(language + QStringLiteral("-none")))
                << language << Report::Privacy::NoNames << QStringLiteral("report-%1-none.md").arg(language);
        }
    }

    void expectedFiles()
    {
        QFETCH(QString, language);
        QFETCH(Report::Privacy, privacy);
        QFETCH(QString, file);
        const QString body = rendered(language, privacy);
        compareWithFile(body, file);
        // Nothing private gets in.
        for (const char *secret : {"ORGANIZER-NOTE", "VENUE-NOTE", "03-0000", "内気", "東京都中央区"})
            QVERIFY2(!body.contains(QString::fromUtf8(secret)), secret);
        // Every block is there, between its markers on lines of their own.
        for (const QString &name : ReportTemplate::blockNames()) {
            if (name == QLatin1String("headcount"))
                continue; // not in the default templates
            QVERIFY(body.contains(QStringLiteral("\n<!-- offkai:") + name + QStringLiteral(" -->\n\n")));
            QVERIFY(body.contains(QStringLiteral("\n\n<!-- /offkai:") + name + QStringLiteral(" -->\n")));
        }
        QVERIFY(!body.contains(QLatin1String("{{")));
    }

    void outputIsTheReportsLanguageNotTheUis()
    {
        // The UI in Japanese (the app's catalogue installed) changes nothing in an English report.
        QTranslator ui;
        QVERIFY(ui.load(QStringLiteral(":/i18n/offkai_ja")));
        QCoreApplication::installTranslator(&ui);
        const QString en = rendered(QStringLiteral("en"), Report::Privacy::OccupationInitial);
        const QString ja = rendered(QStringLiteral("ja"), Report::Privacy::OccupationInitial);
        QCoreApplication::removeTranslator(&ui);
        QCOMPARE(en, rendered(QStringLiteral("en"), Report::Privacy::OccupationInitial));
        QCOMPARE(ja, rendered(QStringLiteral("ja"), Report::Privacy::OccupationInitial));
        QVERIFY(en.contains(QStringLiteral("- **Date**: Thursday, August 29, 2013 7:30 PM – 10:30 PM\n")));
        QVERIFY(en.contains(QLatin1String("| Executive | 2 | I., F. |")));
        QVERIFY(ja.contains(QStringLiteral("| 経営者 | 2 | Iさん、Fさん |")));
    }

    void headcount()
    {
        ReportContext ctx = test::secondOfflineMeetup();
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("ja")),
                 QStringLiteral("9名（うち当日参加1名）"));
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("en")),
                 QStringLiteral("9 people (1 walk-in)"));
        ctx.attendees[0].walkIn = true;
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("ja")),
                 QStringLiteral("9名（うち当日参加2名）"));
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("en")),
                 QStringLiteral("9 people (2 walk-ins)"));
        for (ReportAttendee &a : ctx.attendees)
            a.walkIn = false;
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("ja")), QStringLiteral("9名"));
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("en")), QStringLiteral("9 people"));
        ctx.attendees = {ctx.attendees.constFirst()};
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("ja")), QStringLiteral("1名"));
        QCOMPARE(ReportTemplate::headcountText(ctx, QStringLiteral("en")), QStringLiteral("1 person"));
    }

    void titlesAndTemplates()
    {
        const ReportContext ctx = test::secondOfflineMeetup();
        QCOMPARE(ReportTemplate::defaultTitle(ctx, QStringLiteral("ja")),
                 QStringLiteral("オンライン異業種交流会 第2回オフ会 レポート"));
        QCOMPARE(ReportTemplate::defaultTitle(ctx, QStringLiteral("en")),
                 QStringLiteral("オンライン異業種交流会 第2回オフ会: report"));
        QVERIFY(
            ReportTemplate::builtInTemplate(QStringLiteral("ja")).contains(QStringLiteral("## 次回予告")));
        QVERIFY(
            ReportTemplate::builtInTemplate(QStringLiteral("en")).contains(QLatin1String("## What's next")));
        QCOMPARE(ReportTemplate::builtInTemplate(QStringLiteral("fr")),
                 ReportTemplate::builtInTemplate(QStringLiteral("en")));
    }

    void emptyAndOtherCases()
    {
        const QString ja = QStringLiteral("ja");
        const QString en = QStringLiteral("en");
        const auto block = [](const QString &name, const ReportContext &ctx, const QString &language) {
            return ReportTemplate::block(name, ctx, Report::Privacy::FullNames, language);
        };
        ReportContext ctx = test::secondOfflineMeetup();
        ctx.attendees.clear();
        ctx.nextEvents.clear();
        ctx.previous.reset();
        QCOMPARE(block(QStringLiteral("attendees"), ctx, ja), QStringLiteral("参加者の記録はまだない。"));
        QCOMPARE(block(QStringLiteral("next"), ctx, ja),
                 QStringLiteral("次回の日程は、決まりしだいお知らせする。"));
        QCOMPARE(block(QStringLiteral("previous"), ctx, ja), QStringLiteral("前回のレポートはまだない。"));
        QCOMPARE(block(QStringLiteral("previous"), ctx, en),
                 QStringLiteral("There is no earlier report yet."));
        QCOMPARE(block(QStringLiteral("headcount"), ctx, en), QStringLiteral("0 people"));
        QCOMPARE(block(QStringLiteral("nosuch"), ctx, en), QString());

        // A previous report never published, or with a link that is not the web: its title, no link.
        ctx = test::secondOfflineMeetup();
        ctx.previous->url = QUrl(QStringLiteral("javascript:alert(1)"));
        QCOMPARE(block(QStringLiteral("previous"), ctx, ja),
                 QStringLiteral("前回（2013年8月1日(木)）の様子は、「第1回オフ会レポート」を参照のこと。"));
        ctx.previous->url.clear();
        ctx.previous->title.clear();
        ctx.previous->event.start = {};
        QCOMPARE(
            block(QStringLiteral("previous"), ctx, en),
            QStringLiteral("For the previous meetup, see “オンライン異業種交流会 第1回オフ会\\: report”."));

        // Cancelled and past events are not announced; a tentative one with a day is marked.
        ctx.nextEvents[0].status = Event::Status::Cancelled;
        ctx.nextEvents[1].moveToDay(QDate(2013, 9, 26));
        ctx.nextEvents[1].status = Event::Status::Tentative;
        QCOMPARE(
            block(QStringLiteral("next"), ctx, ja),
            QStringLiteral("次回の予定は以下のとおり。\n\n"
                           "- **第3回オフ会\\@高田馬場スペインバル**：2013年9月26日(木) 19:00〜21:00（仮）"));

        // Online without a venue, and a hybrid event.
        ctx.venue.reset();
        ctx.event.format = Event::Format::Online;
        QVERIFY(
            block(QStringLiteral("summary"), ctx, ja).contains(QStringLiteral("- **会場**：オンライン\n")));
        ctx.venue = test::secondOfflineMeetup().venue;
        ctx.event.format = Event::Format::Hybrid;
        QVERIFY(block(QStringLiteral("summary"), ctx, en)
                    .contains(QStringLiteral(
                        "- **Venue**: ワインバー ヴィーニョ銀座 (near 銀座駅), and online\n")));
        ctx.event.format = Event::Format::Offline;
        ctx.venue.reset();
        QVERIFY(!block(QStringLiteral("summary"), ctx, en).contains(QLatin1String("Venue")));
    }

    void communityFigures()
    {
        ReportContext ctx = test::secondOfflineMeetup();
        CommunityTotals totals;
        totals.activeMembers = 120;
        totals.joined = 15;
        totals.left = 3;
        totals.events = 12;
        totals.attendance = 1234;
        totals.distinctAttendees = 80;
        totals.repeaters = 36;
        totals.repeatRate = 0.45;
        ctx.communityFigures = ReportCommunityFigures{QDate(2012, 9, 1), QDate(2013, 8, 31), totals};
        const auto block = [&ctx](const QString &language) {
            return ReportTemplate::block(QStringLiteral("community_figures"), ctx, Report::Privacy::FullNames,
                                         language);
        };
        QCOMPARE(block(QStringLiteral("en")),
                 QStringLiteral("**The community in figures** (September 2012 to August 2013)\n\n"
                                "- Members: 120 (15 joined, 3 left)\n"
                                "- Meetups held: 12, with 1,234 attendances in all\n"
                                "- Different people who came: 80, of whom 45% came twice or more"));
        QCOMPARE(block(QStringLiteral("ja")),
                 QStringLiteral("**数字で見るコミュニティ**（2012年9月〜2013年8月）\n\n"
                                "- メンバー：120名（入会15名、退会3名）\n"
                                "- 開催：12回、延べ1,234名が参加\n"
                                "- 参加した人：80名（うち45%が2回以上参加）"));
        // A block of its own between markers, which refresh() regenerates with new figures.
        const QString body = ReportTemplate::render(QStringLiteral("# Annual\n\n{{community_figures}}\n"),
                                                    ctx, Report::Privacy::FullNames, QStringLiteral("en"));
        QVERIFY(body.startsWith(
            QStringLiteral("# Annual\n\n<!-- offkai:community_figures -->\n\n**The community")));
        QVERIFY(body.endsWith(QStringLiteral("twice or more\n\n<!-- /offkai:community_figures -->\n")));
        ctx.communityFigures->totals.events = 13;
        const QString refreshed =
            ReportTemplate::refresh(body, ctx, Report::Privacy::FullNames, QStringLiteral("en"));
        QVERIFY(refreshed.contains(QStringLiteral("- Meetups held: 13, with")));
        QVERIFY(!refreshed.contains(QStringLiteral("- Meetups held: 12, with")));
        QCOMPARE(ReportTemplate::stripMarkers(refreshed).count(QStringLiteral("offkai:")), 0);
        // An event without a day has no period to count over.
        ctx.communityFigures.reset();
        QCOMPARE(block(QStringLiteral("en")), QStringLiteral("No figures yet: the event has no day."));
    }

    void inlineAndUnknownPlaceholders()
    {
        ReportContext ctx = test::secondOfflineMeetup();
        ctx.event.title = QStringLiteral("# 第2回 *オフ会*");
        const QString out = ReportTemplate::render(
            QStringLiteral("# {{title}}\n{{event}} / {{date}} / {{venue}} / {{headcount}} / {{author}}\n"
                           "{{ nosuch }} and {{highlights}}\n{{summary}}\n{{nosuch}}\n"),
            ctx, Report::Privacy::FullNames, QStringLiteral("ja"));
        const QStringList lines = out.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("# \\# 第2回 \\*オフ会\\* レポート"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("\\# 第2回 \\*オフ会\\* / 2013年8月29日(木) 19:30〜22:30 / "
                                "ワインバー ヴィーニョ銀座（銀座駅） / 9名（うち当日参加1名） / 田村 正樹"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("{{ nosuch }} and （")));
        // A block after a line of text still gets a blank line before its marker and after its closing one.
        QCOMPARE(lines.at(3), QString());
        QCOMPARE(lines.at(4), QStringLiteral("<!-- offkai:summary -->"));
        QVERIFY(out.endsWith(QStringLiteral("<!-- /offkai:summary -->\n\n{{nosuch}}\n")));
        // The author's name follows the privacy rule.
        QVERIFY(ReportTemplate::render(QStringLiteral("{{author}}"), ctx, Report::Privacy::OccupationInitial,
                                       QStringLiteral("ja"))
                    .startsWith(QStringLiteral("フリーランスTさん")));
    }

    void hostileNameRendersLiterally()
    {
        const QString body =
            ReportTemplate::stripMarkers(rendered(QStringLiteral("en"), Report::Privacy::FullNames));
        QVERIFY(MarkdownHtml::toPlainText(body).contains(test::hostileName()));
        const QString html = MarkdownHtml::toHtml(body);
        QCOMPARE(html.count(QLatin1String("<a ")), 1); // the link to the previous report only
        QVERIFY(html.contains(QLatin1String("<a href=\"https://example.com/2013/08/offkai-1.html\">")));
        for (const char *tag : {"<em>", "<b>", "<del>", "<code>"})
            QVERIFY2(!html.contains(QLatin1String(tag)), tag);
        // Still one table with three cells a row.
        QCOMPARE(html.count(QLatin1String("<table>")), 1);
        QCOMPARE(html.count(QLatin1String("<td")), 5 * 3);
    }

    void refreshKeepsTheAuthorsText()
    {
        ReportContext ctx = test::secondOfflineMeetup();
        const QString language = QStringLiteral("ja");
        const Report::Privacy privacy = Report::Privacy::OccupationInitial;
        QString body = rendered(language, privacy, ctx);
        QCOMPARE(ReportTemplate::refresh(body, ctx, privacy, language), body);

        // The author writes the highlights, retitles a section, adds a paragraph, deletes the "previous"
        // block with its markers and keeps a block of their own.
        body.replace(
            QRegularExpression(QStringLiteral("（ここに当日のハイライトを[^\\n]*")),
            QStringLiteral("経営者Iさんの「お互いの成功を応援する」が刺さった。  \n*余談*は[こちら](x)。"));
        body.replace(QStringLiteral("## 次回予告"), QStringLiteral("## 次回予告！"));
        body.replace(
            QRegularExpression(QStringLiteral("<!-- offkai:previous -->.*<!-- /offkai:previous -->\\n"),
                               QRegularExpression::DotMatchesEverythingOption),
            QStringLiteral("前回のことは省略。\n"));
        body += QStringLiteral("\n<!-- offkai:custom -->\n自分のメモ\n<!-- /offkai:custom -->\n\t\n");
        const QStringList outside = outsideBlocks(body);

        // One more walk-in came, and the date of the next meetup is set.
        ReportAttendee late =
            test::attendee(19, QStringLiteral("森 次郎"), QStringLiteral("もり じろう"),
                           QStringLiteral("creator"), QString(), Member::NameConsent::OccupationInitial);
        late.walkIn = true;
        ctx.attendees.append(late);
        ctx.nextEvents[1].status = Event::Status::Scheduled;
        ctx.nextEvents[1].start =
            QDateTime(QDate(2013, 9, 26), QTime(19, 30), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
        ctx.nextEvents[1].end =
            QDateTime(QDate(2013, 9, 26), QTime(22, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));

        const QString refreshed = ReportTemplate::refresh(body, ctx, privacy, language);
        QCOMPARE(outsideBlocks(refreshed), outside);
        QVERIFY(refreshed.contains(QStringLiteral("- **参加者**：10名（うち当日参加2名）")));
        QVERIFY(!refreshed.contains(QStringLiteral("9名")));
        QVERIFY(refreshed.contains(QStringLiteral("| クリエイター | 3 | Cさん、Bさん、Mさん |")));
        QVERIFY(refreshed.contains(
            QStringLiteral("**第3回オフ会\\@高田馬場スペインバル**：2013年9月26日(木) 19:30〜22:00")));
        QVERIFY(!refreshed.contains(QStringLiteral("offkai:previous")));
        QVERIFY(refreshed.contains(
            QStringLiteral("<!-- offkai:custom -->\n自分のメモ\n<!-- /offkai:custom -->\n\t\n")));
        // Refreshing again changes nothing.
        QCOMPARE(ReportTemplate::refresh(refreshed, ctx, privacy, language), refreshed);
    }

    void nextListsEachEventOnceInDateOrderWithinItsWindow()
    {
        const QString ja = QStringLiteral("ja");
        const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        ReportContext ctx = test::secondOfflineMeetup(); // on 2013-08-29
        Event later;
        later.id = 7;
        later.title = QStringLiteral("忘年会");
        later.status = Event::Status::Scheduled;
        later.start = QDateTime(QDate(2013, 12, 20), QTime(19, 0), tokyo);
        Event october;
        october.id = 8;
        october.title = QStringLiteral("第4回オフ会");
        october.status = Event::Status::Scheduled;
        october.start = QDateTime(QDate(2013, 10, 31), QTime(19, 30), tokyo);
        Event boundary = october;
        boundary.id = 9;
        boundary.title = QStringLiteral("11月末のオフ会");
        boundary.start = QDateTime(QDate(2013, 11, 29), QTime(19, 30), tokyo);
        // Out of order, one handed in twice, the note already in the title of the other.
        Event third = ctx.nextEvents.at(1);
        third.title = QStringLiteral("第3回オフ会（月末の平日）");
        ctx.nextEvents = {later, october, ctx.nextEvents.at(0), third, october, boundary};
        const QString next =
            ReportTemplate::block(QStringLiteral("next"), ctx, Report::Privacy::FullNames, ja);
        QCOMPARE(next, QStringLiteral("次回の予定は以下のとおり。\n\n"
                                      "- **9月のオン会**：2013年9月中（日程未定）\n"
                                      "- **第3回オフ会（月末の平日）**：2013年9月中（日程未定）\n"
                                      "- **第4回オフ会**：2013年10月31日(木) 19:30\n"
                                      "- **11月末のオフ会**：2013年11月29日(金) 19:30"));
        QCOMPARE(next.count(QStringLiteral("月末の平日")), 1);
        QVERIFY(!next.contains(QStringLiteral("忘年会"))); // more than three months after the meetup

        // A note that restates the range says only what it adds (the demo's September online meetup).
        Event online = ctx.nextEvents.at(2);
        online.tentativeNote = QStringLiteral("9月中。日程未定（1回はやる予定）");
        ReportContext one = ctx;
        one.nextEvents = {online};
        QCOMPARE(ReportTemplate::block(QStringLiteral("next"), one, Report::Privacy::FullNames, ja),
                 QStringLiteral("次回の予定は以下のとおり。\n\n"
                                "- **9月のオン会**：2013年9月中（日程未定）：1回はやる予定"));
        online.tentativeNote = QStringLiteral("9月中、日程未定");
        one.nextEvents = {online};
        QVERIFY(ReportTemplate::block(QStringLiteral("next"), one, Report::Privacy::FullNames, ja)
                    .endsWith(QStringLiteral("**9月のオン会**：2013年9月中（日程未定）")));
        online.title = QStringLiteral("第3回オフ会@高田馬場スペインバル");
        online.tentativeNote = QStringLiteral("高田馬場、月末の平日（水か木）");
        one.nextEvents = {online};
        QVERIFY(ReportTemplate::block(QStringLiteral("next"), one, Report::Privacy::FullNames, ja)
                    .endsWith(QStringLiteral("：2013年9月中（日程未定）：月末の平日（水か木）")));
        online.tentativeNote = QStringLiteral("Sometime in September. Date TBD (at least once)");
        one.nextEvents = {online};
        QVERIFY2(ReportTemplate::block(QStringLiteral("next"), one, Report::Privacy::FullNames,
                                       QStringLiteral("en"))
                     .endsWith(QStringLiteral(", date to be decided (Date TBD \\(at least once\\))")),
                 qPrintable(ReportTemplate::block(QStringLiteral("next"), one, Report::Privacy::FullNames,
                                                  QStringLiteral("en"))));

        // The template sets the window; its marker keeps it, so that Refresh uses it again.
        const QString body = ReportTemplate::render(QStringLiteral("## 次回\n\n{{next months=6}}\n"), ctx,
                                                    Report::Privacy::FullNames, ja);
        QVERIFY(body.startsWith(QStringLiteral("## 次回\n\n<!-- offkai:next months=6 -->\n")));
        QVERIFY(body.contains(QStringLiteral("忘年会")));
        QVERIFY(body.contains(QStringLiteral("<!-- /offkai:next -->")));
        ctx.nextEvents.append(Event(later));
        ctx.nextEvents.last().id = 10;
        ctx.nextEvents.last().title = QStringLiteral("新年会");
        ctx.nextEvents.last().start = QDateTime(QDate(2014, 1, 10), QTime(19, 0), tokyo);
        const QString refreshed = ReportTemplate::refresh(body, ctx, Report::Privacy::FullNames, ja);
        QVERIFY(refreshed.contains(QStringLiteral("新年会")));
        QVERIFY(refreshed.contains(QStringLiteral("<!-- offkai:next months=6 -->")));
        QVERIFY(!ReportTemplate::stripMarkers(refreshed).contains(QLatin1String("offkai")));
        QCOMPARE(ReportTemplate::regions(refreshed).size(), 1);
        // A window of one month keeps September's only.
        const QString short_ = ReportTemplate::block(QStringLiteral("next"), ctx, Report::Privacy::FullNames,
                                                     ja, QStringLiteral(" months=1"));
        QVERIFY(short_.contains(QStringLiteral("9月のオン会")));
        QVERIFY(!short_.contains(QStringLiteral("第4回")));
        // Without a window in the placeholder, the community's setting (the context's) decides.
        ReportContext community = ctx;
        community.nextMonths = 1;
        const QString fromSetting =
            ReportTemplate::block(QStringLiteral("next"), community, Report::Privacy::FullNames, ja);
        QVERIFY(fromSetting.contains(QStringLiteral("9月のオン会")));
        QVERIFY(!fromSetting.contains(QStringLiteral("第4回")));
        community.nextMonths = 6;
        QVERIFY(ReportTemplate::block(QStringLiteral("next"), community, Report::Privacy::FullNames, ja)
                    .contains(QStringLiteral("忘年会")));
        QVERIFY(!ReportTemplate::block(QStringLiteral("next"), community, Report::Privacy::FullNames, ja,
                                       QStringLiteral(" months=1"))
                     .contains(QStringLiteral("第4回"))); // the placeholder's own window wins
    }

    void refreshLeavesBrokenAndForeignMarkersAlone()
    {
        const ReportContext ctx = test::secondOfflineMeetup();
        const QString lang = QStringLiteral("en");
        const QString unclosed = QStringLiteral("<!-- offkai:summary -->\nold\n");
        QCOMPARE(ReportTemplate::refresh(unclosed, ctx, Report::Privacy::FullNames, lang), unclosed);
        const QString mismatched = QStringLiteral("<!-- offkai:summary -->\nold\n<!-- /offkai:next -->\n");
        QCOMPARE(ReportTemplate::refresh(mismatched, ctx, Report::Privacy::FullNames, lang), mismatched);
        const QString unknown = QStringLiteral("<!-- offkai:weather -->\nrain\n<!-- /offkai:weather -->\n");
        QCOMPARE(ReportTemplate::refresh(unknown, ctx, Report::Privacy::FullNames, lang), unknown);
        const QString inText =
            QStringLiteral("See <!-- offkai:summary --> here\nold\n<!-- /offkai:summary -->");
        QCOMPARE(ReportTemplate::refresh(inText, ctx, Report::Privacy::FullNames, lang), inText);

        // Windows line endings stay Windows line endings, the generated lines included.
        const QString crlf = QStringLiteral(
            "Intro\r\n\r\n<!-- offkai:headcount -->\r\nold\r\n<!-- /offkai:headcount -->\r\nEnd");
        QCOMPARE(ReportTemplate::refresh(crlf, ctx, Report::Privacy::FullNames, lang),
                 QStringLiteral("Intro\r\n\r\n<!-- offkai:headcount -->\r\n\r\n9 people (1 walk-in)\r\n\r\n"
                                "<!-- /offkai:headcount -->\r\nEnd"));
    }

    void stripMarkers()
    {
        const QString body = rendered(QStringLiteral("ja"), Report::Privacy::OccupationInitial);
        const QString stripped = ReportTemplate::stripMarkers(body);
        QVERIFY(!stripped.contains(QLatin1String("offkai:")));
        QVERIFY(!stripped.contains(QLatin1String("\n\n\n")));
        QVERIFY(stripped.startsWith(QStringLiteral("## 概要\n\n2013年8月29日(木)、")));
        QVERIFY(stripped.endsWith(QStringLiteral("を参照のこと。\n")));
        // The same blocks, less the marker lines.
        QCOMPARE(MarkdownHtml::toPlainText(stripped),
                 MarkdownHtml::toPlainText(body).remove(
                     QRegularExpression(QStringLiteral("\\n?<!-- /?offkai:\\w+ -->"))));

        QCOMPARE(
            ReportTemplate::stripMarkers(QStringLiteral("<!-- offkai:a -->\n\nText\n\n<!-- /offkai:a -->\n")),
            QStringLiteral("Text\n"));
        QCOMPARE(ReportTemplate::stripMarkers(
                     QStringLiteral("A\n\n<!-- offkai:a -->\n\n<!-- /offkai:a -->\n\nB\n")),
                 QStringLiteral("A\n\nB\n"));
        // The author's own blank lines elsewhere stay.
        QCOMPARE(ReportTemplate::stripMarkers(QStringLiteral("A\n\n\n\nB\r\n<!-- offkai:a -->\r\nC")),
                 QStringLiteral("A\n\n\n\nB\r\nC"));
    }
};

QTEST_GUILESS_MAIN(TestReportTemplate)
#include "tst_reporttemplate.moc"
