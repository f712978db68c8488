#include "items/VenueTableModel.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestVenueTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VenueStore> m_store;
    int m_file = 0;

    qint64 add(const QString &name, Venue::Kind kind = Venue::Kind::Bar, std::optional<int> capacity = {})
    {
        Venue v;
        v.name = name;
        v.kind = kind;
        v.capacity = capacity;
        v.address = QStringLiteral("東京都 ") + name;
        return *m_store->insert(v);
    }
    static QStringList names(const VenueTableModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, VenueTableModel::NameColumn).data().toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<VenueStore>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void passesTheModelTesterThroughEveryChange()
    {
        add(QStringLiteral("Cafe B"), Venue::Kind::Cafe, 10);
        add(QStringLiteral("Bar A"), Venue::Kind::Bar, 20);
        VenueTableModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(VenueTableModel::ColumnCount));
        const qint64 c = add(QStringLiteral("Annex"));
        Venue v = *m_store->get(c);
        v.name = QStringLiteral("Zed");
        QVERIFY(m_store->update(v).ok());
        model.sort(VenueTableModel::CapacityColumn, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("a"));
        QVERIFY(m_store->remove(c).ok());
        model.setSearchText(QString());
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

    void sortsByNameWithTheLocaleAndByOtherColumns()
    {
        add(QStringLiteral("b venue"), Venue::Kind::Restaurant, 5);
        add(QStringLiteral("A venue"), Venue::Kind::Cafe, 30);
        add(QStringLiteral("Venue 10"), Venue::Kind::Bar);
        add(QStringLiteral("Venue 9"), Venue::Kind::Bar, 12);
        VenueTableModel model(*m_store);
        model.sort(VenueTableModel::NameColumn, Qt::AscendingOrder);
        // Case-insensitive, numbers in numeric order.
        QCOMPARE(names(model), (QStringList{QStringLiteral("A venue"), QStringLiteral("b venue"),
                                            QStringLiteral("Venue 9"), QStringLiteral("Venue 10")}));
        model.sort(VenueTableModel::CapacityColumn, Qt::DescendingOrder);
        QCOMPARE(names(model).constFirst(), QStringLiteral("A venue"));
        QCOMPARE(names(model).constLast(), QStringLiteral("Venue 10")); // no capacity sorts last descending
        model.sort(VenueTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(model).constFirst(), QStringLiteral("Venue 10"));
    }

    void rowsFollowStoreChangesWithoutAReset()
    {
        add(QStringLiteral("Bravo"));
        add(QStringLiteral("Delta"));
        VenueTableModel model(*m_store);
        model.sort(VenueTableModel::NameColumn, Qt::AscendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        const qint64 charlie = add(QStringLiteral("Charlie"));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 1); // between Bravo and Delta
        QPersistentModelIndex tracked = model.index(model.rowOf(charlie), 0);
        Venue v = *m_store->get(charlie);
        v.name = QStringLiteral("Echo");
        QVERIFY(m_store->update(v).ok());
        QCOMPARE(moves.count(), 1);
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Bravo"), QStringLiteral("Delta"), QStringLiteral("Echo")}));
        QCOMPARE(tracked.row(), 2);
        QVERIFY(m_store->remove(charlie).ok());
        QCOMPARE(removes.count(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void searchFiltersAndEditsLeaveTheFilterConsistent()
    {
        const qint64 ginza = add(QStringLiteral("銀座ワインバー"));
        add(QStringLiteral("高田馬場スペインバル"));
        VenueTableModel model(*m_store);
        model.setSearchText(QStringLiteral("銀座"));
        QCOMPARE(names(model), QStringList{QStringLiteral("銀座ワインバー")});
        // A venue added that does not match stays out; one that stops matching leaves.
        add(QStringLiteral("田町レンタルスペース"));
        QCOMPARE(model.rowCount(), 1);
        Venue v = *m_store->get(ginza);
        v.name = QStringLiteral("有楽町ワインバー");
        v.address = QStringLiteral("東京都千代田区");
        QVERIFY(m_store->update(v).ok());
        QCOMPARE(model.rowCount(), 0);
        v = *m_store->get(ginza); // each write goes over the version it read
        v.address = QStringLiteral("東京都中央区銀座");
        QVERIFY(m_store->update(v).ok());
        QCOMPARE(model.rowCount(), 1);
    }

    void displaysLocalizedKindAndCapacity()
    {
        add(QStringLiteral("Space"), Venue::Kind::RentalSpace, 1200);
        VenueTableModel model(*m_store);
        QCOMPARE(model.index(0, VenueTableModel::KindColumn).data().toString(),
                 QStringLiteral("Rental space"));
        QCOMPARE(model.index(0, VenueTableModel::CapacityColumn).data().toString(), QLocale().toString(1200));
        QCOMPARE(model.headerData(VenueTableModel::StationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Nearest station"));
        QVERIFY(model.index(0, 0).data(VenueTableModel::IdRole).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestVenueTableModel)
#include "tst_venuetablemodel.moc"
