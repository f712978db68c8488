#include "reports/ReportExportPreset.h"
#include "TestSupport.h"

#include <QSet>
#include <QtTest>

using namespace offkai;
using Kind = ReportExportPreset::Kind;

/// The presets' names and the slug rule.
class TestReportExportPreset : public QObject
{
    Q_OBJECT

    static Report report(const QString &title)
    {
        Report r;
        r.id = 12;
        r.title = title;
        r.createdAt = QDateTime(QDate(2013, 8, 30), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
        return r;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void keysAndLabels()
    {
        QStringList keys;
        QSet<QString> labels;
        for (const Kind kind : ReportExportPreset::all()) {
            keys.append(ReportExportPreset::key(kind));
            QCOMPARE(ReportExportPreset::fromKey(keys.last()), kind);
            QVERIFY(!ReportExportPreset::label(kind).isEmpty());
            labels.insert(ReportExportPreset::label(kind));
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("markdown"), QStringLiteral("hugo"), QStringLiteral("jekyll"),
                              QStringLiteral("zenn"), QStringLiteral("qiita")}));
        QCOMPARE(labels.size(), keys.size());
        QVERIFY(!ReportExportPreset::fromKey(QStringLiteral("Hugo")));
        QVERIFY(!ReportExportPreset::fromKey(QString()));
    }

    void japaneseTitlesGiveTheDayAndId()
    {
        const Report r = report(QStringLiteral("オンライン異業種交流会、第2回オフ会報告"));
        QCOMPARE(ReportExportPreset::defaultSlug(r), QStringLiteral("2013-08-30-report-12"));
        // Without the meetup's day: the day the report was written. Jekyll dates its file itself.
        for (const Kind kind : {Kind::Markdown, Kind::Hugo, Kind::Zenn, Kind::Qiita})
            QCOMPARE(ReportExportPreset::suggestedSlug(r, kind), QStringLiteral("2013-08-30-report-12"));
        QCOMPARE(ReportExportPreset::suggestedSlug(r, Kind::Jekyll), QStringLiteral("report-12"));
        // With it: the meetup's day, except for the Markdown preset's file name, which stays as it was.
        const QDate meetup(2013, 8, 29);
        for (const Kind kind : {Kind::Hugo, Kind::Zenn, Kind::Qiita})
            QCOMPARE(ReportExportPreset::suggestedSlug(r, kind, meetup),
                     QStringLiteral("2013-08-29-report-12"));
        QCOMPARE(ReportExportPreset::suggestedSlug(r, Kind::Jekyll, meetup), QStringLiteral("report-12"));
        QCOMPARE(ReportExportPreset::suggestedSlug(r, Kind::Markdown, meetup),
                 QStringLiteral("2013-08-30-report-12"));
        // Some ASCII in a Japanese title does not make a slug of it.
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("第2回 Offkai report")), Kind::Hugo),
                 QStringLiteral("2013-08-30-report-12"));
        // The day is the writer's: 15:30 UTC is the next day in Tokyo.
        Report late = r;
        late.createdAt = QDateTime(QDate(2013, 8, 30), QTime(15, 30), QTimeZone::utc());
        QCOMPARE(ReportExportPreset::suggestedSlug(late, Kind::Qiita),
                 QStringLiteral("2013-08-31-report-12"));
    }

    void asciiTitlesGiveTheirWords()
    {
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("Second Meetup: Notes & Photos!")),
                                                   Kind::Hugo),
                 QStringLiteral("second-meetup-notes-photos"));
        // Cut between words at 50 characters.
        const QString slug = ReportExportPreset::suggestedSlug(
            report(
                QStringLiteral("The second offline meetup of the cross-industry online community, in Ginza")),
            Kind::Zenn);
        QCOMPARE(slug, QStringLiteral("the-second-offline-meetup-of-the-cross-industry"));
        QVERIFY(slug.size() <= 50);
        // Markdown keeps its file name whatever the title.
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("Notes")), Kind::Markdown),
                 QStringLiteral("2013-08-30-report-12"));
        // Nothing usable: the day and id.
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("!!! ---")), Kind::Qiita),
                 QStringLiteral("2013-08-30-report-12"));
    }

    void zennTakesTwelveToFiftyCharacters()
    {
        // "meetup-notes" is 12: taken; "notes" is too short for Zenn only.
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("Meetup notes")), Kind::Zenn),
                 QStringLiteral("meetup-notes"));
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("Notes")), Kind::Zenn),
                 QStringLiteral("2013-08-30-report-12"));
        QCOMPARE(ReportExportPreset::suggestedSlug(report(QStringLiteral("Notes")), Kind::Hugo),
                 QStringLiteral("notes"));
        Report undated = report(QStringLiteral("第2回"));
        undated.createdAt = {};
        QCOMPARE(ReportExportPreset::suggestedSlug(undated, Kind::Hugo), QStringLiteral("report-12"));
        QCOMPARE(ReportExportPreset::suggestedSlug(undated, Kind::Zenn), QStringLiteral("offkai-report-12"));
        undated.id = 0;
        QCOMPARE(ReportExportPreset::suggestedSlug(undated, Kind::Zenn), QStringLiteral("offkai-report"));
        for (const Kind kind : ReportExportPreset::all())
            QVERIFY(ReportExportPreset::checkSlug(ReportExportPreset::suggestedSlug(undated, kind), kind));
    }

    void checkSlug_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("hugo");
        QTest::addColumn<bool>("zenn");
        QTest::newRow("plain") << QStringLiteral("meetup-2_notes") << true << true;
        QTest::newRow("short") << QStringLiteral("abcdefghijk") << true << false;
        QTest::newRow("twelve") << QStringLiteral("abcdefghijkl") << true << true;
        QTest::newRow("fifty") << QString(50, QLatin1Char('a')) << true << true;
        QTest::newRow("fifty-one") << QString(51, QLatin1Char('a')) << true << false;
        QTest::newRow("hundred-one") << QString(101, QLatin1Char('a')) << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("upper") << QStringLiteral("Meetup-notes-2013") << false << false;
        QTest::newRow("space") << QStringLiteral("meetup notes 2013") << false << false;
        QTest::newRow("japanese") << QStringLiteral("第2回オフ会レポート") << false << false;
        QTest::newRow("slash") << QStringLiteral("posts/meetup-notes") << false << false;
        QTest::newRow("dots") << QStringLiteral("..-meetup-notes") << false << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-meetup-notes-2013") << false << false;
    }

    void checkSlug()
    {
        QFETCH(QString, slug);
        QFETCH(bool, hugo);
        QFETCH(bool, zenn);
        const auto forHugo = ReportExportPreset::checkSlug(slug, Kind::Hugo);
        QCOMPARE(forHugo.ok(), hugo);
        QCOMPARE(ReportExportPreset::checkSlug(slug, Kind::Jekyll).ok(), hugo);
        QCOMPARE(ReportExportPreset::checkSlug(slug, Kind::Qiita).ok(), hugo);
        const auto forZenn = ReportExportPreset::checkSlug(slug, Kind::Zenn);
        QCOMPARE(forZenn.ok(), zenn);
        if (!forZenn) {
            QCOMPARE(forZenn.error().code(), Error::Code::Invalid);
            QVERIFY(!forZenn.error().message().isEmpty());
            if (!slug.isEmpty())
                QVERIFY2(forZenn.error().message().contains(slug), qPrintable(forZenn.error().message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportExportPreset)
#include "tst_reportexportpreset.moc"
