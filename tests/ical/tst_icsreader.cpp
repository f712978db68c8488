#include "ical/IcsReader.h"
#include "ical/IcsWriter.h"
#include "TestSupport.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Reading files as other applications write them, the refusal of bad input, and the writer's format.
class TestIcsReader : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile file(test::testData(QStringLiteral("ics/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }
    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }
    static QDateTime at(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), tokyo());
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void googleCalendar()
    {
        auto read = IcsReader::read(fixture(QStringLiteral("google.ics")));
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->events.size(), 1);
        const IcsEvent &single = read->events.constFirst();
        QCOMPARE(single.event.title, QStringLiteral("第5回 異業種交流会＠銀座"));
        QCOMPARE(single.event.start, at(2026, 2, 20, 19, 30)); // 10:30Z
        QCOMPARE(single.event.timeZone, tokyo());              // X-WR-TIMEZONE
        QCOMPARE(single.event.end, at(2026, 2, 20, 22, 30));
        QCOMPARE(single.event.sequence, 2);
        QCOMPARE(single.location,
                 QStringLiteral("ワインバー ヴィーニョ銀座, 東京都中央区銀座二丁目14-5, 日本"));
        QVERIFY(single.event.description.contains(QStringLiteral("4,000円")));
        QVERIFY(single.event.description.contains(QStringLiteral("\n当日は受付で")));
        QVERIFY(single.event.description.endsWith(QStringLiteral("途中参加・途中退出も歓迎します。")));
        QVERIFY(!single.offkaiFields);

        QCOMPARE(read->series.size(), 1);
        const Series &s = read->series.constFirst().series;
        QCOMPARE(s.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QCOMPARE(s.firstStart, at(2026, 1, 13, 20, 0));
        QCOMPARE(s.durationMinutes, std::optional<int>(90));
        QCOMPARE(s.format, Event::Format::Online);
        QCOMPARE(s.onlineUrl, QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QCOMPARE(s.exceptions.size(), 2);
        QCOMPARE(s.exceptions.at(0).occurrenceDate, QDate(2026, 3, 10));
        QCOMPARE(s.exceptions.at(0).kind, SeriesException::Kind::Skipped);
        QCOMPARE(s.exceptions.at(1).occurrenceDate, QDate(2026, 4, 14));
        QCOMPARE(s.exceptions.at(1).kind, SeriesException::Kind::Moved);
        QCOMPARE(s.exceptions.at(1).movedStart, at(2026, 4, 15, 20, 0));
        QCOMPARE(s.exceptions.at(1).movedEnd, at(2026, 4, 15, 21, 30));
        QVERIFY(read->series.constFirst().confirmed.isEmpty());
    }

    void outlookWithWindowsZone()
    {
        auto read = IcsReader::read(fixture(QStringLiteral("outlook.ics")));
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->events.size(), 1);
        const Event &e = read->events.constFirst().event;
        QCOMPARE(e.title, QStringLiteral("四半期振り返り会"));
        QCOMPARE(e.timeZone, tokyo()); // "Tokyo Standard Time"
        QCOMPARE(e.start, at(2026, 3, 5, 10, 0));
        QCOMPARE(e.format, Event::Format::Hybrid); // a Teams link and a LOCATION
        QVERIFY(e.onlineUrl.startsWith(QStringLiteral("https://teams.microsoft.com/")));
        QCOMPARE(read->series.size(), 1);
        const Series &s = read->series.constFirst().series;
        QCOMPARE(s.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=3TH;COUNT=12"));
        QCOMPARE(s.firstStart, at(2026, 1, 15, 12, 0));
        QCOMPARE(s.timeZone, tokyo());
        QCOMPARE(read->series.constFirst().location,
                 QStringLiteral("カフェ・ド・ランチ丸の内, 東京都千代田区丸の内1-1-1"));
    }

    void thunderbird()
    {
        auto read = IcsReader::read(fixture(QStringLiteral("thunderbird.ics")));
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->events.size(), 2);
        const Event &mokumoku = read->events.at(0).event;
        QCOMPARE(mokumoku.status, Event::Status::Tentative);
        QCOMPARE(mokumoku.start, at(2026, 2, 21, 10, 0));
        QCOMPARE(mokumoku.description, QStringLiteral("各自もくもく作業します。\nWi-Fi・電源あり。"));
        const Event &camp = read->events.at(1).event;
        QVERIFY(camp.allDay);
        QCOMPARE(camp.start, at(2026, 3, 28, 0, 0));
        QCOMPARE(camp.end, at(2026, 3, 30, 0, 0)); // DTEND is exclusive: two days
    }

    void eventSiteWithBareLineFeeds()
    {
        auto read = IcsReader::read(fixture(QStringLiteral("connpass.ics")));
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->events.size(), 1);
        const IcsEvent &e = read->events.constFirst();
        QCOMPARE(e.event.title, QStringLiteral("【第12回】Qt勉強会 Tokyo #12"));
        QCOMPARE(e.event.start, at(2026, 3, 7, 14, 0));
        QCOMPARE(e.event.format, Event::Format::Offline);
        QVERIFY(e.event.onlineUrl.isEmpty());
        QVERIFY(e.event.description.endsWith(QStringLiteral("https://qt-users.connpass.com/event/345678/")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("broken folding") << QStringLiteral("bad-folding.ics") << QStringLiteral("folding");
        QTest::newRow("missing END:VCALENDAR")
            << QStringLiteral("missing-end.ics") << QStringLiteral("END:VCALENDAR");
        QTest::newRow("rrule libical rejects") << QStringLiteral("bad-rrule.ics") << QStringLiteral("RRULE");
        QTest::newRow("unknown tzid")
            << QStringLiteral("unknown-tzid.ics") << QStringLiteral("Custom/Nowhere Time");
        QTest::newRow("no dtstart") << QStringLiteral("no-dtstart.ics") << QStringLiteral("DTSTART");
        QTest::newRow("binary") << QStringLiteral("binary.ics") << QStringLiteral("binary");
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        auto read = IcsReader::readFile(test::testData(QStringLiteral("ics/") + file));
        QVERIFY(!read);
        QCOMPARE(read.error().code(), Error::Code::Invalid);
        QVERIFY2(read.error().message().contains(says), qPrintable(read.error().message()));
    }

    void fiftyMegabytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.ics"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
            const QByteArray line = QByteArray("X-FILLER:") + QByteArray(1014, 'x') + "\r\n";
            while (file.size() < 50LL * 1024 * 1024)
                file.write(line);
            file.write("END:VCALENDAR\r\n");
        }
        auto read = IcsReader::readFile(path);
        QVERIFY(!read);
        QVERIFY2(read.error().message().contains(QStringLiteral("MB")), qPrintable(read.error().message()));
    }

    void writerFormat()
    {
        Event e;
        e.uid = QStringLiteral("w1@offkai");
        e.title = QStringLiteral(
            "第2回オフ会; 銀座, ワインバー \\ とても長い日本語のタイトルで折り返しが起きることを確かめる");
        e.description = QStringLiteral("一行目\n二行目、カンマ, とセミコロン; も");
        e.start = at(2026, 1, 13, 20, 0);
        e.end = at(2026, 1, 13, 22, 0);
        IcsWriter::Options options;
        options.stamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        IcsWriter writer(options);
        QVERIFY(writer.addEvent(
            IcsEvent{e, QStringLiteral("ワインバー ヴィーニョ銀座, 東京都中央区銀座二丁目14-5"), true, false,
                     std::nullopt}));
        const QByteArray bytes = writer.toBytes();
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!bytes.contains("\r\n\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        const QList<QByteArray> lines = bytes.split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8(line);
            QVERIFY2(!utf8.hasError(), line.constData()); // no UTF-8 sequence split by folding
            Q_UNUSED(text);
        }
        QVERIFY(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n"));
        QVERIFY(bytes.contains("DTSTART;TZID=Asia/Tokyo:20260113T200000\r\n"));
        QVERIFY(bytes.contains("DTSTAMP:20260101T000000Z\r\n"));
        QVERIFY(!bytes.contains("freeassociation"));
        auto read = IcsReader::read(bytes);
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QVERIFY(read->fromOffkai);
        QCOMPARE(read->events.constFirst().event.title, e.title);
        QCOMPARE(read->events.constFirst().event.description, e.description);
        QVERIFY(!read->events.constFirst().hasNotes);
    }
};

QTEST_GUILESS_MAIN(TestIcsReader)
#include "tst_icsreader.moc"
