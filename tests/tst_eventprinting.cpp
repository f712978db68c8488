#include "events/print/AttendanceSheetRenderer.h"
#include "events/print/EventPrintData.h"
#include "events/print/EventPrinter.h"
#include "events/print/NameBadgeRenderer.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace offkai;

/// The attendance sheet and the name badges, printed to PDF and to images.
class TestEventPrinting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static EventPrintData people(int count, bool japanese = true)
    {
        static const QList<std::pair<const char16_t *, const char16_t *>> family = {
            {u"田村", u"たむら"},   {u"井上", u"いのうえ"},   {u"佐々木", u"ささき"},
            {u"中村", u"なかむら"}, {u"長谷川", u"はせがわ"}, {u"小林", u"こばやし"},
            {u"山本", u"やまもと"}, {u"松本", u"まつもと"},   {u"渡辺", u"わたなべ"}};
        static const QList<std::pair<const char16_t *, const char16_t *>> given = {{u"浩之", u"ひろゆき"},
                                                                                   {u"隆", u"たかし"},
                                                                                   {u"大輔", u"だいすけ"},
                                                                                   {u"優子", u"ゆうこ"},
                                                                                   {u"理恵", u"りえ"}};
        static const QList<const char16_t *> affiliations = {u"株式会社ミナトデザイン", u"フリーランス", u"",
                                                             u"広告代理店 第二営業部", u"早稲田大学"};
        EventPrintData data;
        data.title = japanese ? QStringLiteral("第2回オフ会") : QStringLiteral("Second offline meetup");
        data.when = japanese ? QStringLiteral("2013年8月29日(木) 19:30〜22:30")
                             : QStringLiteral("Thursday, August 29, 2013 7:30 PM – 10:30 PM");
        data.venue = QStringLiteral("ワインバー ヴィーニョ銀座");
        for (int i = 0; i < count; ++i) {
            const auto &f = family.at(i % family.size());
            const auto &g = given.at((i / family.size()) % given.size());
            EventPrintData::Person p;
            p.name = QString::fromUtf16(f.first) + QLatin1Char(' ') + QString::fromUtf16(g.first);
            p.reading = QString::fromUtf16(f.second) + QLatin1Char(' ') + QString::fromUtf16(g.second);
            p.affiliation = QString::fromUtf16(affiliations.at(i % affiliations.size()));
            p.jobTitle = i % 3 == 0 ? QStringLiteral("代表") : QString();
            p.occupation = QStringLiteral("経営者");
            data.people.append(p);
        }
        if (count > 2) {
            data.people[2].name = QStringLiteral("Alexandra Konstantinopoulou-Wellington");
            data.people[2].reading = QStringLiteral("アレクサンドラ コンスタンティノプールー＝ウェリントン");
        }
        EventPrintData::sortByReading(data.people, QLocale(QLocale::Japanese, QLocale::Japan));
        return data;
    }

    /// Pages of a PDF file written by Qt: one "/Type /Page" object each.
    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        return int(QString::fromLatin1(pdf).count(page));
    }

    QByteArray printPdf(const PageRenderer &renderer, EventPrinter::Document document, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        EventPrinter::setUpPrinter(printer, document);
        if (!renderer.print(&printer))
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QPageLayout layout(EventPrinter::Document document)
    {
        QPrinter printer;
        EventPrinter::setUpPrinter(printer, document);
        return printer.pageLayout();
    }

    /// Share of pixels that are not white.
    static double inked(const QImage &image)
    {
        qint64 dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(line[x]) < 200 ? 1 : 0;
        }
        return double(dark) / (qint64(image.width()) * image.height());
    }

    static void saveScreenshot(const QImage &image, const QString &name)
    {
        const QString folder = qEnvironmentVariable("OFFKAI_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QVERIFY(image.save(QDir(folder).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void pageCounts_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("sheetPages");
        QTest::addColumn<int>("badgePages");
        QTest::newRow("nobody") << 0 << 1 << 1;
        QTest::newRow("9, the 2nd meetup") << 9 << 1 << 1;
        QTest::newRow("10") << 10 << 1 << 1;
        QTest::newRow("45") << 45 << 2 << 5;
        QTest::newRow("51") << 51 << 3 << 6;
    }
    void pageCounts()
    {
        QFETCH(int, people);
        QFETCH(int, sheetPages);
        QFETCH(int, badgePages);
        const EventPrintData data = TestEventPrinting::people(people);

        const AttendanceSheetRenderer sheet(data);
        const QSizeF sheetArea = PageRenderer::area(layout(EventPrinter::Document::AttendanceSheet));
        QCOMPARE(sheet.rowsPerPage(sheetArea), 25);
        QCOMPARE(sheet.pageCount(sheetArea), sheetPages);
        const QByteArray sheetPdf = printPdf(sheet, EventPrinter::Document::AttendanceSheet,
                                             QStringLiteral("sheet-%1.pdf").arg(people));
        QVERIFY(sheetPdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(sheetPdf), sheetPages);

        const NameBadgeRenderer badges(data);
        const QSizeF badgeArea = PageRenderer::area(layout(EventPrinter::Document::Badges));
        QCOMPARE(NameBadgeRenderer::columns(badgeArea), 2);
        QCOMPARE(NameBadgeRenderer::rows(badgeArea), 5);
        QCOMPARE(badges.pageCount(badgeArea), badgePages);
        QCOMPARE(badgePages, qMax(1, (people + 9) / 10));
        const QByteArray badgePdf =
            printPdf(badges, EventPrinter::Document::Badges, QStringLiteral("badges-%1.pdf").arg(people));
        QVERIFY(badgePdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(badgePdf), badgePages);
    }

    void pagesAreDrawn()
    {
        const EventPrintData data = people(45);
        const AttendanceSheetRenderer sheet(data);
        const NameBadgeRenderer badges(data);
        const QPageLayout sheetLayout = layout(EventPrinter::Document::AttendanceSheet);
        const QPageLayout badgeLayout = layout(EventPrinter::Document::Badges);
        for (int page = 0; page < 2; ++page) {
            const QImage image = sheet.pageImage(page, sheetLayout, 60);
            QCOMPARE(image.size(), QSize(496, 702)); // A4 at 60 dpi
            QVERIFY2(inked(image) > 0.01, qPrintable(QString::number(inked(image))));
        }
        const QImage last = badges.pageImage(4, badgeLayout, 60);
        QVERIFY(inked(last) > 0.002);
        // The badges' grid is centred: the middle of the page is drawn on, the corners are white.
        QCOMPARE(last.pixel(2, 2), qRgb(255, 255, 255));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == QLatin1String("ja")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/offkai_ja")));
            QCoreApplication::installTranslator(&translator);
        }
        const EventPrintData data = people(9, language == QLatin1String("ja"));
        const QImage sheet =
            AttendanceSheetRenderer(data).pageImage(0, layout(EventPrinter::Document::AttendanceSheet), 110);
        const QImage badges =
            NameBadgeRenderer(data).pageImage(0, layout(EventPrinter::Document::Badges), 110);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(inked(sheet) > 0.01);
        QVERIFY(inked(badges) > 0.01);
        saveScreenshot(sheet, QStringLiteral("print-sheet-%1.png").arg(language));
        saveScreenshot(badges, QStringLiteral("print-badges-%1.png").arg(language));
    }

    void longNamesShrink()
    {
        const double width = NameBadgeRenderer::kBadgeWidth - 100;
        QCOMPARE(NameBadgeRenderer::fittingSize(QStringLiteral("田村 浩之"), width, 110, 36, true), 110);
        const int shrunk = NameBadgeRenderer::fittingSize(
            QStringLiteral("Alexandra Konstantinopoulou-Wellington"), width, 110, 36, true);
        QVERIFY(shrunk < 110);
        QVERIFY(shrunk >= 36);
    }

    void sortedByReading()
    {
        QList<EventPrintData::Person> list{
            {QStringLiteral("渡辺 優子"), QStringLiteral("わたなべ ゆうこ"), {}, {}, {}},
            {QStringLiteral("井上 隆"), QStringLiteral("いのうえ たかし"), {}, {}, {}},
            {QStringLiteral("Bob"), QString(), {}, {}, {}},
            {QStringLiteral("佐々木 大輔"), QStringLiteral("ささき だいすけ"), {}, {}, {}}};
        EventPrintData::sortByReading(list, QLocale(QLocale::Japanese, QLocale::Japan));
        QStringList names;
        for (const auto &p : list)
            names.append(p.name);
        QCOMPARE(names.indexOf(QStringLiteral("井上 隆")), names.indexOf(QStringLiteral("佐々木 大輔")) - 1);
        QVERIFY(names.indexOf(QStringLiteral("佐々木 大輔")) < names.indexOf(QStringLiteral("渡辺 優子")));
    }

    void loadsThePeopleGoing()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(opened);
        Workspace workspace(std::move(opened).value());
        Venue venue;
        venue.name = QStringLiteral("ワインバー ヴィーニョ銀座");
        auto venueId = workspace.venues().insert(venue);
        QVERIFY(venueId);
        Event event;
        event.title = QStringLiteral("第2回オフ会");
        event.start = QDateTime(QDate(2013, 8, 29), QTime(19, 30), event.timeZone);
        event.end = QDateTime(QDate(2013, 8, 29), QTime(22, 30), event.timeZone);
        event.venueId = *venueId;
        auto eventId = workspace.events().insert(event);
        QVERIFY(eventId);
        const QList<std::pair<QString, QString>> names{
            {QStringLiteral("渡辺 優子"), QStringLiteral("わたなべ ゆうこ")},
            {QStringLiteral("井上 隆"), QStringLiteral("いのうえ たかし")},
            {QStringLiteral("中村 優子"), QStringLiteral("なかむら ゆうこ")}};
        QList<qint64> ids;
        for (const auto &[name, reading] : names) {
            Member m;
            m.displayName = name;
            m.reading = reading;
            m.affiliation = QStringLiteral("フリーランス");
            auto id = workspace.members().insert(m);
            QVERIFY(id);
            ids.append(*id);
            QVERIFY(workspace.participations().add(*eventId, *id));
        }
        QVERIFY(workspace.participations().setRsvp(*eventId, ids.at(2), Participation::Rsvp::Declined));

        auto data = EventPrintData::load(workspace, *eventId, QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->title, QStringLiteral("第2回オフ会"));
        QCOMPARE(data->venue, venue.name);
        QCOMPARE(data->when, QStringLiteral("2013年8月29日(木) 19:30〜22:30"));
        QCOMPARE(data->people.size(), 2);
        QCOMPARE(data->people.at(0).name, QStringLiteral("井上 隆"));
        QCOMPARE(data->people.at(1).name, QStringLiteral("渡辺 優子"));
        QVERIFY(!EventPrintData::load(workspace, 999999));
    }
};

QTEST_MAIN(TestEventPrinting)
#include "tst_eventprinting.moc"
