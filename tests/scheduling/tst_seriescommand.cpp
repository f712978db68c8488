#include "records/Member.h"
#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai series …` through the real binary: what scripts see.
class TestSeriesCommand : public QObject
{
    Q_OBJECT

    using Run = test::CommandRun;
    static Run offkai(const QStringList &arguments)
    {
        return test::runOffkai(arguments, {{QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo")}});
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_talks = 0;
    QByteArray m_checksum;

    QStringList db(const QStringList &rest) const { return QStringList{QStringLiteral("--db"), m_db} + rest; }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        m_db = m_dir.filePath(QStringLiteral("series.sqlite"));
        auto opened = Database::open(m_db);
        QVERIFY(opened.ok());
        Workspace workspace(std::move(opened).value());
        const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        Series talks;
        talks.title = QStringLiteral("OB・OG トーク");
        talks.format = Event::Format::Online;
        talks.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo);
        talks.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        talks.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        m_talks = *workspace.series().insert(talks);
        Member sato;
        sato.displayName = QStringLiteral("佐藤 花子");
        const qint64 satoId = *workspace.members().insert(sato);
        QCOMPARE(*workspace.seriesSlots().slotSpeaker(m_talks, satoId, QStringLiteral("起業の話"),
                                                      QDate(2027, 1, 1)),
                 QDate(2027, 1, 12));
        workspace.database().connection().close();
    }

    void candidatesAsText()
    {
        const Run run =
            offkai(db({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("series"),
                       QStringLiteral("candidates"), QString::number(m_talks), QStringLiteral("--count"),
                       QStringLiteral("3"), QStringLiteral("--from"), QStringLiteral("2027-01-01")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("2027-01-12 20:00\t佐藤 花子\t起業の話"));
        QCOMPARE(lines.at(1), QStringLiteral("2027-02-09 20:00\tfree"));
        QCOMPARE(lines.at(2), QStringLiteral("2027-03-09 20:00\tfree"));
    }

    void candidatesAsJson()
    {
        const Run run =
            offkai(db({QStringLiteral("series"), QStringLiteral("candidates"), QString::number(m_talks),
                       QStringLiteral("--from"), QStringLiteral("2027-01-01"), QStringLiteral("--format"),
                       QStringLiteral("json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), 8);
        for (const QJsonValue &v : array)
            QVERIFY(v.toObject().contains(QStringLiteral("id")));
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("2027-01-12"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("taken"));
        QCOMPARE(first.value(QStringLiteral("speaker")).toString(), QStringLiteral("佐藤 花子"));
        QCOMPARE(first.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2027-01-12T20:00:00+09:00"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("free"));
    }

    void csvAndList()
    {
        const Run csv =
            offkai(db({QStringLiteral("series"), QStringLiteral("candidates"), QString::number(m_talks),
                       QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--from"),
                       QStringLiteral("2027-01-01"), QStringLiteral("--format"), QStringLiteral("csv")}));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,series_id,start,end,state"));
        QCOMPARE(csv.out.count('\n'), 3);

        const Run list = offkai(db({QStringLiteral("series"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_talks);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("rrule")).toString(),
                 QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("holiday_policy")).toString(),
                 QStringLiteral("next_workday"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no id") << QStringList{QStringLiteral("candidates")} << 2;
        QTest::newRow("bad id") << QStringList{QStringLiteral("candidates"), QStringLiteral("abc")} << 2;
        QTest::newRow("unknown series")
            << QStringList{QStringLiteral("candidates"), QStringLiteral("999")} << 1;
        QTest::newRow("bad count") << QStringList{QStringLiteral("candidates"), QStringLiteral("1"),
                                                  QStringLiteral("--count"), QStringLiteral("0")}
                                   << 2;
        QTest::newRow("bad date") << QStringList{QStringLiteral("candidates"), QStringLiteral("1"),
                                                 QStringLiteral("--from"), QStringLiteral("2027-13-01")}
                                  << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2;
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("expand")} << 2;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = offkai(db(QStringList{QStringLiteral("series")} + arguments));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesCommand)
#include "tst_seriescommand.moc"
