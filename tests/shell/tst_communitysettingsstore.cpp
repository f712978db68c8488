#include "records/CommunitySettings.h"
#include "records/Event.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The community's settings in the database: defaults, a round trip, refusals and what a new event takes.
class TestCommunitySettingsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    std::unique_ptr<Workspace> fresh()
    {
        return test::openWorkspace(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_file)));
    }
    static int rows(Workspace &w)
    {
        QSqlQuery q(w.database().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM community_settings")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void aNewFileHasTheDefaults()
    {
        auto w = fresh();
        QVERIFY(w);
        auto s = w->settings().load();
        QVERIFY(s.ok());
        QCOMPARE(*s, CommunitySettings());
        QVERIFY(s->name.isEmpty());
        QCOMPARE(s->nextTimeMonths, 3);
        QCOMPARE(s->readingKana, CommunitySettings::ReadingKana::Hiragana);
        QCOMPARE(s->theme, CommunitySettings::Theme::FollowSystem);
        QVERIFY(!s->staffTakePlaces);
        QCOMPARE(rows(*w), 0);
    }

    void everySettingRoundTripsAndDefaultsLeaveNoRow()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.sqlite"));
        CommunitySettings s;
        s.name = QStringLiteral("オンライン異業種交流会");
        s.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        s.defaultFee = 0; // a free event is a fee, not "not set"
        s.defaultCapacity = 14;
        s.staffTakePlaces = true;
        s.readingKana = CommunitySettings::ReadingKana::Katakana;
        s.theme = CommunitySettings::Theme::Dark;
        s.reportLanguage = QStringLiteral("en");
        s.nextTimeMonths = 6;
        {
            auto w = test::openWorkspace(path);
            QSignalSpy changed(&w->settings(), &CommunitySettingsStore::changed);
            QVERIFY(w->settings().save(s).ok());
            QCOMPARE(changed.size(), 1);
            QCOMPARE(rows(*w), 9);
        }
        {
            auto w = test::openWorkspace(path); // read back from the file
            auto loaded = w->settings().load();
            QVERIFY(loaded.ok());
            QCOMPARE(*loaded, s);
            QCOMPARE(w->settings().zone().id(), QByteArrayLiteral("Europe/Berlin"));
            // Back to the defaults: only the name stays as a row.
            CommunitySettings named;
            named.name = s.name;
            QVERIFY(w->settings().save(named).ok());
            QCOMPARE(rows(*w), 1);
            QCOMPARE(*w->settings().load(), named);
            QVERIFY(w->settings().setName(QStringLiteral("  第2期  ")).ok());
            QCOMPARE(w->settings().load()->name, QStringLiteral("第2期"));
        }
    }

    void badValuesAreRefusedAndNothingChanges()
    {
        auto w = fresh();
        CommunitySettings good;
        good.name = QStringLiteral("Club");
        QVERIFY(w->settings().save(good).ok());
        const auto refused = [&w](CommunitySettings s) {
            auto saved = w->settings().save(s);
            return !saved.ok() && saved.error().code() == Error::Code::Invalid &&
                   !saved.error().message().isEmpty();
        };
        CommunitySettings s = good;
        s.defaultFee = -1;
        QVERIFY(refused(s));
        s = good;
        s.defaultCapacity = 0;
        QVERIFY(refused(s));
        s = good;
        s.nextTimeMonths = 0;
        QVERIFY(refused(s));
        s.nextTimeMonths = 25;
        QVERIFY(refused(s));
        s = good;
        s.name = QString(201, QLatin1Char('x'));
        QVERIFY(refused(s));
        s.name = QStringLiteral("two\nlines");
        QVERIFY(refused(s));
        s = good;
        s.reportLanguage = QStringLiteral("fr");
        QVERIFY(refused(s));
        QCOMPARE(*w->settings().load(), good);
    }

    void unreadableValuesReadAsDefaults()
    {
        // Written by hand or by a newer Offkai: never a failure, never a made-up value.
        auto w = fresh();
        QSqlQuery q(w->database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO community_settings (key, value) VALUES ('time_zone', 'Mars/Olympus'), "
            "('default_fee', 'abc'), ('default_capacity', '-3'), ('theme', 'sepia'), ('reading_kana', "
            "'romaji'), "
            "('next_time_months', '99'), ('report_language', 'fr'), ('future_setting', 'x')")));
        auto s = w->settings().load();
        QVERIFY(s.ok());
        QCOMPARE(*s, CommunitySettings());
    }

    void newEventsTakeTheDefaults()
    {
        CommunitySettings s;
        s.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
        s.defaultFee = 3000;
        s.defaultCapacity = 20;
        s.staffTakePlaces = true;
        const Event e = s.newEventOn(QDate(2026, 3, 12));
        QCOMPARE(e.timeZone.id(), QByteArray("America/New_York"));
        QCOMPARE(e.start, QDateTime(QDate(2026, 3, 12), QTime(19, 0), s.timeZone));
        QCOMPARE(e.end, QDateTime(QDate(2026, 3, 12), QTime(21, 0), s.timeZone));
        QCOMPARE(e.fee, std::optional<int>(3000));
        QCOMPARE(e.capacity, std::optional<int>(20));
        QVERIFY(e.staffCount);
        // Without a chosen zone, a Japanese locale suggests Tokyo.
        const Event ja =
            CommunitySettings().newEventOn(QDate(2026, 3, 12), QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(ja.timeZone.id(), QByteArray("Asia/Tokyo"));
        QVERIFY(!ja.fee && !ja.capacity && !ja.staffCount);
    }

    void zonesReadAsTheirLocalizedNames()
    {
        const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        const QString ja =
            CommunitySettings::timeZoneLabel(tokyo, QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY2(ja.endsWith(QStringLiteral(" (Asia/Tokyo)")), qPrintable(ja));
        QVERIFY2(ja.contains(QStringLiteral("日本")), qPrintable(ja));
        const QString en =
            CommunitySettings::timeZoneLabel(tokyo, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(en.contains(QStringLiteral("Japan")) && en.endsWith(QStringLiteral("(Asia/Tokyo)")),
                 qPrintable(en));
    }
};

QTEST_GUILESS_MAIN(TestCommunitySettingsStore)
#include "tst_communitysettingsstore.moc"
