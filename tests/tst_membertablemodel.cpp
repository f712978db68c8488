#include "items/MemberTableModel.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;

    static Member person(const QString &name, const QString &reading)
    {
        Member m;
        m.displayName = name;
        m.reading = reading;
        return m;
    }

    qint64 add(const Member &m)
    {
        auto id = m_store->records().insert(m);
        return id.ok() ? *id : 0;
    }

    /// `n` members with readings spread over the kana rows, in bulk mode.
    void generate(int n)
    {
        static const QStringList syllables = {
            QStringLiteral("あ"), QStringLiteral("か"), QStringLiteral("さ"), QStringLiteral("た"),
            QStringLiteral("な"), QStringLiteral("は"), QStringLiteral("ま"), QStringLiteral("や"),
            QStringLiteral("ら"), QStringLiteral("わ")};
        Transaction tx(m_db->connection());
        QVERIFY(m_store->bulkWrite().begin().ok());
        for (int i = 0; i < n; ++i) {
            Member m = person(QStringLiteral("会員%1").arg(i),
                              syllables.at((i * 7) % syllables.size()) + syllables.at(i % syllables.size()));
            m.status = i % 10 == 0 ? Member::Status::Applicant : Member::Status::Active;
            m.occupation = i % 3 == 0 ? QStringLiteral("student") : QStringLiteral("employee");
            if (i % 5 == 0)
                m.tags = {QStringLiteral("常連")};
            m.joinedOn = QDate(2020, 1, 1).addDays(i % 1000);
            QVERIFY(m_store->records().insert(m).ok());
        }
        QVERIFY(m_store->bulkWrite().end().ok());
        QVERIFY(tx.commit().ok());
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")) + suffix);
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberTables>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void passesTheModelTester()
    {
        generate(450);
        MemberTableModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
        model.sort(MemberTableModel::JoinedColumn, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("会員1"));
        QVERIFY(model.rowCount() > 0);
        const qint64 id = model.data(model.index(0, 0), MemberTableModel::IdRole).toLongLong();
        Member m = *m_store->records().get(id);
        m.affiliation = QStringLiteral("新しい会社");
        QVERIFY(m_store->records().update(m).ok());
        QCOMPARE(model.data(model.index(0, MemberTableModel::AffiliationColumn)).toString(),
                 QStringLiteral("新しい会社"));
        QVERIFY(m_store->records().remove(id).ok());
        add(person(QStringLiteral("会員1000"), QStringLiteral("あ")));
        model.setSearchText({});
        QCOMPARE(model.rowCount(), 450);
        for (int column = 0; column < MemberTableModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            model.sort(column);
        }
    }

    void loadsOnlyAWindow()
    {
        generate(5000);
        MemberTableModel model(*m_store);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.loadedRowCount(), 0);
        QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
        QCOMPARE(model.loadedRowCount(), MemberTableModel::kPageSize);
        QVERIFY(!model.data(model.index(4999, 0)).toString().isEmpty());
        QCOMPARE(model.loadedRowCount(), 2 * MemberTableModel::kPageSize);
        // Scrolling through everything keeps at most kMaxPages pages.
        for (int row = 0; row < model.rowCount(); row += 50)
            QVERIFY(model.data(model.index(row, MemberTableModel::NameColumn)).isValid());
        QVERIFY(model.loadedRowCount() <= MemberTableModel::kMaxPages * MemberTableModel::kPageSize);
        // A new query drops the window.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy settled(&model, &MemberTableModel::countSettled);
        model.setSearchText(QStringLiteral("会員"));
        QCOMPARE(model.loadedRowCount(), 0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A search matching many is counted only as far as the first page needs (a twentieth of all
        // members), and exactly once that page is shown: the other rows follow, inserted after it.
        QVERIFY(!model.countIsExact());
        QCOMPARE(model.rowCount(), 5000 / 20 + 1);
        QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
        QVERIFY(settled.wait(2000));
        QVERIFY(model.countIsExact());
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 251);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4999);
        QVERIFY(!model.data(model.index(4999, 0)).toString().isEmpty());
        // Typing on before it settles counts only the last term: 会員1 (1,111 matches) is never counted to
        // the end, 会員12 (111) is exact at once.
        model.setSearchText(QStringLiteral("会員1"));
        QVERIFY(!model.countIsExact());
        model.setSearchText(QStringLiteral("会員12"));
        QVERIFY(model.countIsExact());
        QTest::qWait(50);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(model.rowCount(), 111); // 会員12, 会員120…129, 会員1200…1299
        // A rare term is exact at once.
        model.setSearchText(QStringLiteral("会員4999"));
        QVERIFY(model.countIsExact());
        QCOMPARE(model.rowCount(), 1);
    }

    void sortsByReadingInKanaOrder()
    {
        add(person(QStringLiteral("佐藤"), QStringLiteral("さとう")));
        add(person(QStringLiteral("加藤"), QStringLiteral("カトウ")));
        add(person(QStringLiteral("阿部"), QStringLiteral("ｱﾍﾞ")));
        add(person(QStringLiteral("Zed"), QString())); // no reading: sorted by its name
        add(person(QStringLiteral("渡辺"), QStringLiteral("わたなべ")));
        MemberTableModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto names = [&model] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out.append(model.data(model.index(row, MemberTableModel::NameColumn)).toString());
            return out;
        };
        QCOMPARE(names(), QStringList({QStringLiteral("Zed"), QStringLiteral("阿部"), QStringLiteral("加藤"),
                                       QStringLiteral("佐藤"), QStringLiteral("渡辺")}));
        model.sort(MemberTableModel::ReadingColumn, Qt::DescendingOrder);
        QCOMPARE(names().constFirst(), QStringLiteral("渡辺"));
        QCOMPARE(names().constLast(), QStringLiteral("Zed"));
    }

    void filtersByStatusTagAndOccupation()
    {
        generate(300);
        MemberTableModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MemberQuery q;
        q.status = Member::Status::Applicant;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 30);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, 0), MemberTableModel::StatusRole).toInt(),
                     int(Member::Status::Applicant));
            QCOMPARE(model.data(model.index(row, MemberTableModel::StatusColumn)).toString(),
                     Member::statusLabel(Member::Status::Applicant));
        }
        q = {};
        q.tag = QStringLiteral("常連");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.data(model.index(0, MemberTableModel::TagsColumn)).toString(), QStringLiteral("常連"));
        q.occupation = QStringLiteral("student");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 20); // multiples of 15
        QCOMPARE(model.data(model.index(0, MemberTableModel::OccupationColumn)).toString(),
                 QStringLiteral("Student"));
        // Approving every applicant resets the model; the status filter then shows none.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        q = {};
        q.status = Member::Status::Applicant;
        model.setQuery(q);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.idAt(row));
        QVERIFY(m_store->actions().approve(ids, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
    }

    void showsDatesInTheLocale()
    {
        Member m = person(QStringLiteral("佐藤"), QStringLiteral("さとう"));
        m.joinedOn = QDate(2024, 4, 1);
        add(m);
        MemberTableModel model(*m_store);
        QCOMPARE(model.data(model.index(0, MemberTableModel::JoinedColumn)).toString(),
                 QLocale().toString(QDate(2024, 4, 1), QLocale::ShortFormat));
        QCOMPARE(model.data(model.index(0, 0), MemberTableModel::JoinedOnRole).toDate(), QDate(2024, 4, 1));
    }

    void showsEngagementAndRefreshesIt()
    {
        const qint64 id = add(person(QStringLiteral("佐藤"), QStringLiteral("さとう")));
        add(person(QStringLiteral("阿部"), QStringLiteral("あべ")));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (id, title, starts_at, status) VALUES "
                                      "(1, 'a', '2024-05-01T10:00:00Z', 'done'), "
                                      "(2, 'b', '2024-06-30T16:00:00Z', 'done')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO participations (event_id, member_id, attended) "
                                      "VALUES (1, %1, 1)")
                           .arg(id)));
        MemberTableModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.idAt(1), id);
        QCOMPARE(model.data(model.index(1, MemberTableModel::LastAttendedColumn)).toString(),
                 QLocale().toString(QDate(2024, 5, 1), QLocale::ShortFormat));
        QCOMPARE(model.data(model.index(1, MemberTableModel::AttendedColumn)).toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.data(model.index(0, MemberTableModel::LastAttendedColumn)).toString(), QString());
        QCOMPARE(model.data(model.index(0, MemberTableModel::AttendedColumn), MemberTableModel::AttendedRole)
                     .toInt(),
                 0);
        QVERIFY(!model.headerData(MemberTableModel::AttendedColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        // Attendance is not a member's record: the page asks for a refresh, which keeps the rows.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO participations (event_id, member_id, attended) "
                                      "VALUES (2, %1, 1)")
                           .arg(id)));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refreshEngagement();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        // 16:00 UTC is 1 July in Tokyo, the event's zone.
        QCOMPARE(model.data(model.index(1, 0), MemberTableModel::LastAttendedRole).toDate(),
                 QDate(2024, 7, 1));
        QCOMPARE(model.data(model.index(1, MemberTableModel::AttendedColumn)).toString(),
                 QStringLiteral("2"));
        // Sorted by it, a refresh re-reads the order.
        model.sort(MemberTableModel::AttendedColumn, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), id);
        model.refreshEngagement();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.idAt(0), id);
    }
};

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
