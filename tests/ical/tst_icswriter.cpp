#include "ical/IcsWriter.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace offkai;

/// IcsWriter's bytes, compared with a calendar written by libical's serialiser (icalcomponent_as_ical_string)
/// from the same events: escaping, VALUE and TZID parameters, UTC times, and the folding of lines of every
/// length around 75 octets with and without multi-byte characters, spaces, semicolons and colons.
/// Set OFFKAI_WRITE_GOLDEN to a path to write the calendar there instead of comparing.
class TestIcsWriter : public QObject
{
    Q_OBJECT

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }
    static QTimeZone newYork() { return QTimeZone(QByteArrayLiteral("America/New_York")); }

    /// Text made of pieces that each exercise a rule: escaped characters, dropped control characters,
    /// multi-byte UTF-8 (2, 3 and 4 bytes), the folding points (space, ';', ':') and long runs without any.
    static QString randomText(QRandomGenerator &random, int maxPieces)
    {
        static const QStringList pieces{
            QStringLiteral("a"),
            QStringLiteral("Zoom"),
            QStringLiteral(" "),
            QStringLiteral(";"),
            QStringLiteral(","),
            QStringLiteral(":"),
            QStringLiteral("\\"),
            QStringLiteral("\n"),
            QStringLiteral("\r\n"),
            QStringLiteral("\t"),
            QStringLiteral("\b"),
            QStringLiteral("\f"),
            QStringLiteral("\""),
            QStringLiteral("é"),
            QStringLiteral("銀座"),
            QStringLiteral("ワインバー"),
            QStringLiteral("😀"),
            QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            QStringLiteral("ああああああああああああああああああああ"),
            QStringLiteral("https://example.com/a?b=1,2;c"),
            QString(1, QChar(0)), // libical's C strings end there
        };
        QString text;
        const int count = int(random.bounded(maxPieces + 1));
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        return text;
    }

    static QDateTime randomTime(QRandomGenerator &random, const QTimeZone &zone)
    {
        return QDateTime(QDate(2020, 1, 1).addDays(random.bounded(3000)),
                         QTime(int(random.bounded(24)), int(random.bounded(60)), int(random.bounded(60))),
                         zone);
    }

    static QByteArray calendar()
    {
        IcsWriter::Options options;
        options.includeNotes = true;
        options.stamp = QDateTime(QDate(2026, 1, 1), QTime(9, 8, 7), QTimeZone::utc());
        options.calendarName = QStringLiteral("オフ会; 銀座, 2026");
        IcsWriter writer(options);
        QRandomGenerator random(20260113);
        const QList<QTimeZone> zones{tokyo(), newYork(), QTimeZone::utc(), QTimeZone(9 * 3600)};
        // Titles of every length from 1 to 90 octets, in ASCII and in Japanese, so that each line length
        // around the fold is written.
        for (int length = 1; length <= 90; ++length) {
            Event e;
            e.uid = QStringLiteral("len-%1@offkai").arg(length);
            e.title = QString(length, QLatin1Char('t'));
            e.description = QString(length / 3 + 1, QChar(0x3042)) + QString(length % 3, QLatin1Char('d'));
            e.start = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
            e.timeZone = tokyo();
            writer.addEvent(IcsEvent{e, QString(length, QLatin1Char(' ')) + QStringLiteral("x"), true, true,
                                     std::nullopt});
        }
        for (int i = 0; i < 400; ++i) {
            Event e;
            e.uid = randomText(random, 3) + QStringLiteral("@offkai");
            e.sequence = int(random.bounded(4)) - 1;
            e.title = randomText(random, 12);
            e.description = randomText(random, 30);
            e.onlineUrl = random.bounded(3) == 0 ? randomText(random, 6) : QString();
            e.timeZone = zones.at(random.bounded(int(zones.size())));
            e.allDay = random.bounded(5) == 0;
            e.start = randomTime(random, e.timeZone);
            if (e.allDay)
                e.start = QDateTime(e.start.date(), QTime(0, 0), e.timeZone);
            if (random.bounded(4) != 0)
                e.end = e.allDay ? e.start.addDays(1 + random.bounded(3))
                                 : e.start.addSecs(60 * random.bounded(600));
            e.status = Event::Status(random.bounded(4));
            e.format = Event::Format(random.bounded(3));
            e.type = random.bounded(2) ? QStringLiteral("offline_meetup") : randomText(random, 3);
            e.tentativeNote = random.bounded(4) == 0 ? randomText(random, 5) : QString();
            e.hostMemberId = random.bounded(3) == 0 ? qint64(random.bounded(1000)) : 0;
            if (random.bounded(2))
                e.capacity = int(random.bounded(100));
            if (random.bounded(2))
                e.fee = int(random.bounded(10000));
            e.staffCount = random.bounded(2);
            e.linkPolicy = randomText(random, 4);
            e.whatToBring = randomText(random, 4);
            e.notes = randomText(random, 8);
            if (random.bounded(2)) {
                e.createdAt = randomTime(random, QTimeZone::utc());
                e.updatedAt = randomTime(random, tokyo());
            }
            writer.addEvent(IcsEvent{e, randomText(random, 8), true, true, std::nullopt});
        }

        Series s;
        s.uid = QStringLiteral("series-1@offkai");
        s.sequence = 3;
        s.title = QStringLiteral("OB会 勉強会; 第2火曜, 20時");
        s.description = QStringLiteral("毎月第2火曜日 20:00〜\n持ち物: なし");
        s.type = QStringLiteral("talk");
        s.format = Event::Format::Hybrid;
        s.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
        s.timeZone = tokyo();
        s.durationMinutes = 90;
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        s.onlineUrl = QStringLiteral("https://meet.example.com/ob?a=1,2;b");
        s.hostMemberId = 7;
        s.capacity = 20;
        s.fee = 0;
        s.notes = QStringLiteral("幹事メモ");
        s.createdAt = QDateTime(QDate(2025, 12, 1), QTime(1, 2, 3), QTimeZone::utc());
        s.updatedAt = QDateTime(QDate(2025, 12, 2), QTime(4, 5, 6), QTimeZone::utc());
        s.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        s.exceptions = {
            SeriesException{QDate(2026, 3, 10), SeriesException::Kind::Skipped, {}, {}},
            SeriesException{QDate(2026, 4, 14), SeriesException::Kind::Moved,
                            QDateTime(QDate(2026, 4, 15), QTime(19, 0), tokyo()),
                            QDateTime(QDate(2026, 4, 15), QTime(21, 0), tokyo())},
            SeriesException{QDate(2026, 6, 9),
                            SeriesException::Kind::Moved,
                            QDateTime(QDate(2026, 6, 10), QTime(19, 0), tokyo()),
                            {}},
        };
        IcsSeries item;
        item.series = s;
        item.location = QStringLiteral("ワインバー ヴィーニョ銀座, 東京都中央区銀座二丁目14-5");
        Event confirmed;
        confirmed.uid = QStringLiteral("confirmed-1@offkai");
        confirmed.title = s.title;
        confirmed.start = QDateTime(QDate(2026, 6, 10), QTime(19, 0), tokyo());
        confirmed.end = confirmed.start.addSecs(5400);
        confirmed.occurrenceDate = QDate(2026, 6, 9);
        item.confirmed.append(IcsEvent{confirmed, item.location, true, true, std::nullopt});
        Occurrence skipped;
        skipped.occurrenceDate = QDate(2026, 2, 10);
        skipped.state = Occurrence::State::HolidaySkipped;
        Occurrence moved;
        moved.occurrenceDate = QDate(2026, 5, 12);
        moved.state = Occurrence::State::HolidayMoved;
        moved.start = QDateTime(QDate(2026, 5, 13), QTime(20, 0), tokyo());
        moved.end = moved.start.addSecs(5400);
        moved.holidayName = QStringLiteral("テストの日");
        item.holidayChanges = {skipped, moved};
        writer.addSeries(item);

        Series allDay = s;
        allDay.uid = QStringLiteral("series-2@offkai");
        allDay.allDay = true;
        allDay.timeZone = newYork();
        allDay.firstStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), newYork());
        allDay.durationMinutes = 24 * 60;
        allDay.rrule = QStringLiteral("FREQ=YEARLY");
        allDay.exceptions = {SeriesException{QDate(2027, 1, 1), SeriesException::Kind::Skipped, {}, {}}};
        IcsSeries allDayItem;
        allDayItem.series = allDay;
        writer.addSeries(allDayItem);
        return writer.toBytes();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void writesWhatLibicalWrites()
    {
        const QByteArray bytes = calendar();
        if (const QByteArray out = qgetenv("OFFKAI_WRITE_GOLDEN"); !out.isEmpty()) {
            QFile file(QString::fromLocal8Bit(out));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            QSKIP("written");
        }
        QFile file(test::testData(QStringLiteral("ics/writer-golden.ics")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray golden = file.readAll();
        if (bytes != golden) {
            const QList<QByteArray> ours = bytes.split('\n');
            const QList<QByteArray> theirs = golden.split('\n');
            for (qsizetype i = 0; i < qMin(ours.size(), theirs.size()); ++i)
                QCOMPARE(ours.at(i), theirs.at(i));
            QCOMPARE(ours.size(), theirs.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
