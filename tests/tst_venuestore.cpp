#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestVenueStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VenueStore> m_store;

    static Venue ginza()
    {
        Venue v;
        v.name = QStringLiteral("ワインバー ヴィーニョ銀座");
        v.kind = Venue::Kind::Bar;
        v.address = QStringLiteral("東京都中央区銀座2-14-5");
        v.stations = {{QStringLiteral("銀座駅"), QStringLiteral("東京メトロ銀座線"), QStringLiteral("A4"), 3},
                      {QStringLiteral("銀座一丁目駅"), QString(), QString(), std::nullopt}};
        v.bus = QStringLiteral("都営バス 銀座二丁目");
        v.parking = QStringLiteral("なし");
        v.nearby = QStringLiteral("コンビニ");
        v.capacity = 14;
        v.priceRange = QStringLiteral("3,000〜5,000円");
        v.phone = QStringLiteral("03-0000-0000");
        v.webUrl = QStringLiteral("https://example.com/vinho");
        v.notes = QStringLiteral("貸切は12名から");
        return v;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("v.sqlite")));
        Database::Options options;
        options.dailyBackup = false;
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("v.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<VenueStore>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void insertAndReadBackEveryField()
    {
        QSignalSpy inserted(m_store.get(), &VenueStore::venueInserted);
        const Venue v = ginza();
        auto id = m_store->insert(v);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().first().toLongLong(), *id);
        auto back = m_store->get(*id);
        QVERIFY(back.ok());
        Venue expected = v;
        expected.id = *id;
        QVERIFY(back->sameContent(expected));
        QVERIFY(back->createdAt.isValid());
        QCOMPARE(back->stations.size(), 2);
        QCOMPARE(back->stations.at(0).walkMinutes, std::optional<int>(3));
        QCOMPARE(back->stations.at(1).walkMinutes, std::nullopt);
    }

    void updateReplacesFieldsAndStations()
    {
        const qint64 id = *m_store->insert(ginza());
        QSignalSpy updated(m_store.get(), &VenueStore::venueUpdated);
        Venue v = *m_store->get(id);
        v.name = QStringLiteral("Vinho Ginza");
        v.capacity.reset();
        v.stations = {{QStringLiteral("有楽町駅"), QStringLiteral("JR"), QStringLiteral("中央口"), 7}};
        QVERIFY(m_store->update(v).ok());
        QCOMPARE(updated.count(), 1);
        auto back = m_store->get(id);
        QVERIFY(back->sameContent(v));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM venue_stations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void insertWithAnIdRestoresIt()
    {
        const qint64 id = *m_store->insert(ginza());
        const Venue v = *m_store->get(id);
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(m_store->get(id).error().code(), Error::Code::NotFound);
        QCOMPARE(*m_store->insert(v), id);
        auto back = m_store->get(id);
        QVERIFY(back->sameContent(v));
        QCOMPARE(back->createdAt, v.createdAt);
    }

    void validationNamesTheProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << "name"
                                    << "   "
                                    << "needs a name";
        QTest::newRow("negative capacity") << "capacity"
                                           << "-1"
                                           << "capacity";
        QTest::newRow("web not http") << "web"
                                      << "javascript:alert(1)"
                                      << "web page";
        QTest::newRow("meeting garbage") << "meeting"
                                         << "zoom meeting 123"
                                         << "online meeting";
        QTest::newRow("station without name") << "station"
                                              << ""
                                              << "station";
        QTest::newRow("negative minutes") << "minutes"
                                          << "-3"
                                          << "Walking minutes";
    }
    void validationNamesTheProblem()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Venue v = ginza();
        if (field == QLatin1String("name"))
            v.name = value;
        else if (field == QLatin1String("capacity"))
            v.capacity = value.toInt();
        else if (field == QLatin1String("web"))
            v.webUrl = value;
        else if (field == QLatin1String("meeting"))
            v.meetingUrl = value;
        else if (field == QLatin1String("station"))
            v.stations[0].station = value;
        else if (field == QLatin1String("minutes"))
            v.stations[0].walkMinutes = value.toInt();
        auto id = m_store->insert(v);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), Error::Code::Invalid);
        QVERIFY2(id.error().message().contains(message, Qt::CaseInsensitive),
                 qPrintable(id.error().message()));
        QCOMPARE(*m_store->count(), 0);
    }

    void searchLooksAtNameAddressStationsAndNotes()
    {
        const qint64 a = *m_store->insert(ginza());
        Venue b;
        b.name = QStringLiteral("Minato Base");
        b.kind = Venue::Kind::RentalSpace;
        b.address = QStringLiteral("東京都港区芝5-1");
        b.stations = {{QStringLiteral("田町駅"), QStringLiteral("JR山手線"), QStringLiteral("三田口"), 4}};
        const qint64 bid = *m_store->insert(b);
        const auto ids = [this](const QString &term) {
            QList<qint64> found;
            const auto venues = m_store->list(term);
            for (const Venue &v : *venues)
                found.append(v.id);
            return found;
        };
        QCOMPARE(ids(QString()), (QList<qint64>{a, bid}));
        QCOMPARE(ids(QStringLiteral("銀座")), QList<qint64>{a});
        QCOMPARE(ids(QStringLiteral("田町")), QList<qint64>{bid});
        QCOMPARE(ids(QStringLiteral("minato")), QList<qint64>{bid});
        QCOMPARE(ids(QStringLiteral("12名")), QList<qint64>{a});
        QCOMPARE(ids(QStringLiteral("山手線")), QList<qint64>{bid});
        // LIKE wildcards in the search are taken literally.
        QCOMPARE(ids(QStringLiteral("%")), QList<qint64>{});
        QCOMPARE(ids(QStringLiteral("_")), QList<qint64>{});
        QVERIFY(*m_store->matches(bid, QStringLiteral("田町")));
        QVERIFY(!*m_store->matches(a, QStringLiteral("田町")));
    }

    void hostileTextIsStoredVerbatim()
    {
        Venue v = ginza();
        v.name = QStringLiteral("Robert'); DROP TABLE venues;-- <b>*x*</b>");
        v.notes = QStringLiteral("line 1\nline 2, \"quoted\"");
        const qint64 id = *m_store->insert(v);
        QCOMPARE(m_store->get(id)->name, v.name);
        QCOMPARE(m_store->get(id)->notes, v.notes);
        QCOMPARE(*m_store->count(), 1);
    }

    void deleteIsRefusedWhileEventsUseTheVenue()
    {
        const qint64 id = *m_store->insert(ginza());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (title, starts_at, venue_id) VALUES "
                                      "('第2回オフ会', '2013-08-29T10:30:00Z', %1), "
                                      "('第1回オフ会', '2013-07-25T10:30:00Z', %1)")
                           .arg(id)));
        QSignalSpy removed(m_store.get(), &VenueStore::venueRemoved);
        auto result = m_store->remove(id);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::InUse);
        QVERIFY(result.error().message().contains(QStringLiteral("第1回オフ会 (2013-07-25)")));
        QVERIFY(result.error().message().contains(QStringLiteral("第2回オフ会 (2013-08-29)")));
        QCOMPARE(removed.count(), 0);
        QVERIFY(m_store->get(id).ok());
        QCOMPARE(m_store->eventsAt(id)->size(), 2);
    }

    void removeDeletesStations()
    {
        const qint64 id = *m_store->insert(ginza());
        QVERIFY(m_store->remove(id).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM venue_stations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(m_store->remove(id).error().code(), Error::Code::NotFound);
    }

    void mapLinkSearchesTheAddress()
    {
        Venue v = ginza();
        const QUrl url = v.mapLink();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY(url.query(QUrl::FullyDecoded).contains(v.address));
        v.mapUrl = QStringLiteral("https://maps.example.com/x");
        QCOMPARE(v.mapLink(), QUrl(QStringLiteral("https://maps.example.com/x")));
        v.mapUrl.clear();
        v.address.clear();
        QVERIFY(!v.mapLink().isValid());
    }

    void writesFailCleanlyOnAReadOnlyConnection()
    {
        const qint64 id = *m_store->insert(ginza());
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("v.sqlite")), options);
        QVERIFY(db.ok());
        VenueStore store(**db);
        Venue v = *store.get(id);
        v.name = QStringLiteral("changed");
        auto result = store.update(v);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message().isEmpty());
        QCOMPARE(store.get(id)->name, ginza().name);
    }
};

QTEST_GUILESS_MAIN(TestVenueStore)
#include "tst_venuestore.moc"
