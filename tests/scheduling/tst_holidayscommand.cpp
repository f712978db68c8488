#include "scheduling/JapaneseHolidays.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace offkai;

/// `offkai holidays YEAR` through the real binary, in English and Japanese.
class TestHolidaysCommand : public QObject
{
    Q_OBJECT

    using Run = test::CommandRun;
    static Run offkai(const QStringList &arguments, const QByteArray &lang = "C.UTF-8")
    {
        const QString locale = QString::fromLatin1(lang);
        return test::runOffkai(arguments,
                               {{QStringLiteral("LANG"), locale}, {QStringLiteral("LC_ALL"), locale}},
                               {QStringLiteral("LANGUAGE")});
    }

    /// What the command must print for `year`, with the names through the translators installed here.
    static QByteArray expectedText(int year)
    {
        QString text;
        for (const JapaneseHolidays::Holiday &h : JapaneseHolidays::forYear(year))
            text += h.date.toString(Qt::ISODate) + QLatin1Char('\t') + h.name + QLatin1Char('\n');
        return text.toUtf8();
    }

    /// The dates of `year` in the Cabinet Office's list (tests/data/holidays), as YYYY-MM-DD.
    static QStringList officialDates(int year)
    {
        QFile in(test::testData(QStringLiteral("holidays/syukujitsu-2000-2027.csv")));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QStringList dates;
        for (const QByteArray &line : in.readAll().split('\n')) {
            const QDate date =
                QDate::fromString(QString::fromUtf8(line.split(',').value(0)), QStringLiteral("yyyy/M/d"));
            if (date.isValid() && date.year() == year)
                dates.append(date.toString(Qt::ISODate));
        }
        return dates;
    }

    static QStringList datesOf(const QByteArray &out)
    {
        QStringList dates;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                dates.append(QString::fromUtf8(line.split('\t').value(0)));
        }
        return dates;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void listsTheYearInEnglish()
    {
        const Run run = offkai({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("holidays"),
                                QStringLiteral("2026")});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expectedText(2026));
        QCOMPARE(datesOf(run.out), officialDates(2026));
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 19); // 18 holidays and the final line break
        QCOMPARE(lines.at(0), QByteArray("2026-01-01\tNew Year's Day"));
        QVERIFY(lines.contains("2026-05-06\tSubstitute Holiday"));
        QVERIFY(lines.contains("2026-09-22\tCitizens' Holiday"));
        QCOMPARE(lines.at(17), QByteArray("2026-11-23\tLabor Thanksgiving Day"));
    }

    void listsTheYearInJapanese()
    {
        // The names come from the app's own catalogue: compute what it gives here, with the same translator.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/offkai_ja")));
        QCoreApplication::installTranslator(&translator);
        const QByteArray expected = expectedText(2019);
        QCoreApplication::removeTranslator(&translator);

        const Run run = offkai({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("holidays"),
                                QStringLiteral("2019")});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected);
        QCOMPARE(datesOf(run.out), officialDates(2019));
        // The system locale chooses the same language when --lang is not given.
        const Run system = offkai({QStringLiteral("holidays"), QStringLiteral("2019")}, "ja_JP.UTF-8");
        QCOMPARE(system.exitCode, 0);
        QCOMPARE(system.out, expected);

        if (translator.translate("offkai::JapaneseHolidays", "New Year's Day").isEmpty())
            QSKIP("translations/offkai_ja.ts has no holiday names yet: dates checked, names not");
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.startsWith(QStringLiteral("2019-01-01\t元日\n")));
        QVERIFY(out.contains(QStringLiteral("\n2019-05-01\t天皇の即位の日\n")));
        QVERIFY(out.contains(QStringLiteral("\n2019-05-06\t振替休日\n")));
        QVERIFY(out.contains(QStringLiteral("\n2019-05-02\t国民の休日\n")));
        QVERIFY(out.contains(QStringLiteral("\n2019-10-22\t即位礼正殿の儀\n")));
    }

    void listsAsJson()
    {
        const Run run = offkai({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("holidays"),
                                QStringLiteral("2021"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        const QStringList official = officialDates(2021);
        QCOMPARE(array.size(), official.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            QCOMPARE(o.value(QStringLiteral("id")).toString(), official.at(i));
            QCOMPARE(o.value(QStringLiteral("date")).toString(), official.at(i));
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("kind")).toString().isEmpty());
        }
        const QJsonObject mountain = array.at(official.indexOf(QStringLiteral("2021-08-08"))).toObject();
        QCOMPARE(mountain.value(QStringLiteral("name")).toString(), QStringLiteral("Mountain Day"));
        QCOMPARE(mountain.value(QStringLiteral("kind")).toString(), QStringLiteral("mountain_day"));
        const QJsonObject substitute = array.at(official.indexOf(QStringLiteral("2021-08-09"))).toObject();
        QCOMPARE(substitute.value(QStringLiteral("kind")).toString(), QStringLiteral("substitute_holiday"));
    }

    void firstYearOfTheLaw()
    {
        const Run run = offkai({QStringLiteral("holidays"), QStringLiteral("1948")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("1948-09-23\tAutumnal Equinox Day\n"
                                     "1948-11-03\tCulture Day\n"
                                     "1948-11-23\tLabor Thanksgiving Day\n"));
    }

    void needsNoDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/offkai.sqlite"));
        const Run run =
            offkai({QStringLiteral("--db"), path, QStringLiteral("holidays"), QStringLiteral("2026")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expectedText(2026));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));
    }

    void rejectsWhatIsNotAYear_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no year") << QStringList{} << QStringLiteral("Usage: offkai holidays YEAR");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("next")} << QStringLiteral("“next” is not a year");
        QTest::newRow("before the law") << QStringList{QStringLiteral("1947")}
                                        << QStringLiteral("1947 is too early: Japan's National Holidays Act");
        QTest::newRow("beyond the equinox formula")
            << QStringList{QStringLiteral("2151")} << QStringLiteral("2151 is too late");
        QTest::newRow("two years") << QStringList{QStringLiteral("2026"), QStringLiteral("2027")}
                                   << QStringLiteral("Unexpected argument: 2027");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("Unknown format “csv”: use text or json.");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("2026"), QStringLiteral("--frobnicate")}
                                        << QStringLiteral("frobnicate");
    }

    void rejectsWhatIsNotAYear()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = offkai(QStringList{QStringLiteral("holidays")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void explainsItself()
    {
        const Run help = offkai({QStringLiteral("holidays"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: offkai holidays YEAR [--format text|json]"));
        const Run usage = offkai({QStringLiteral("--help")});
        QCOMPARE(usage.exitCode, 0);
        QVERIFY(usage.out.contains("  offkai holidays YEAR [--format text|json]"));
    }
};

QTEST_GUILESS_MAIN(TestHolidaysCommand)
#include "tst_holidayscommand.moc"
