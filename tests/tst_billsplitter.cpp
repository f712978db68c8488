#include "exchange/BillSplitter.h"

#include <numeric>
#include <QtTest>

using namespace offkai;

class TestBillSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharesAddUpExactly_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("even") << 36000 << 9 << 1 << QList<int>(9, 4000);
        QTest::newRow("yen remainder") << 10000 << 3 << 1 << QList<int>{3334, 3333, 3333};
        QTest::newRow("100-yen units")
            << 37450 << 9 << 100 << QList<int>{4250, 4200, 4200, 4200, 4200, 4100, 4100, 4100, 4100};
        QTest::newRow("one person") << 5432 << 1 << 100 << QList<int>{5432};
        QTest::newRow("less than a unit each") << 250 << 3 << 100 << QList<int>{150, 100, 0};
        QTest::newRow("zero") << 0 << 4 << 1 << QList<int>(4, 0);
    }
    void sharesAddUpExactly()
    {
        QFETCH(int, total);
        QFETCH(int, people);
        QFETCH(int, unit);
        QFETCH(QList<int>, expected);
        auto shares = BillSplitter::split(total, people, unit);
        QVERIFY(shares.ok());
        QCOMPARE(*shares, expected);
        QCOMPARE(std::accumulate(shares->cbegin(), shares->cend(), 0), total);
    }

    void sharesNeverDifferByMoreThanAUnitBeyondTheFirst()
    {
        for (int total = 0; total < 3000; total += 37) {
            for (int people = 1; people <= 12; ++people) {
                auto shares = BillSplitter::split(total, people, 10);
                QVERIFY(shares.ok());
                QCOMPARE(std::accumulate(shares->cbegin(), shares->cend(), 0), total);
                const auto [lo, hi] = std::minmax_element(shares->cbegin() + 1, shares->cend());
                if (people > 1)
                    QVERIFY(*hi - *lo <= 10);
            }
        }
    }

    void refusesNobodyAndNegativeBills()
    {
        auto nobody = BillSplitter::split(9000, 0);
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code(), Error::Code::Invalid);
        QVERIFY(nobody.error().message().contains(QStringLiteral("at least one")));
        QVERIFY(!BillSplitter::split(-1, 3).ok());
        QVERIFY(!BillSplitter::split(100, 3, 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestBillSplitter)
#include "tst_billsplitter.moc"
