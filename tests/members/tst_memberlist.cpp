#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/MemberList.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// The member list: filters and order applied in SQL.
class TestMemberList : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    // --- Filters and order -------------------------------------------------------------------------------
    void filtersAndSortInSql()
    {
        Member a = person(QStringLiteral("Z"), QStringLiteral("さとう"));
        a.occupation = QStringLiteral("student");
        a.tags = {QStringLiteral("幹事")};
        Member b = person(QStringLiteral("Y"), QStringLiteral("あべ"));
        b.status = Member::Status::Applicant;
        b.joinedOn = {};
        Member c = person(QStringLiteral("X"), QStringLiteral("カトウ"));
        c.occupation = QStringLiteral("student");
        c.joinedOn = QDate(2020, 1, 1);
        const qint64 ia = add(a), ib = add(b), ic = add(c);
        MemberQuery q;
        auto ids = [&](const MemberQuery &query) {
            QList<qint64> out;
            const auto rows = m_store->list().fetch(query, 0, 100);
            if (rows.ok()) {
                for (const MemberRow &r : *rows)
                    out.append(r.id);
            }
            return out;
        };
        QCOMPARE(ids(q), QList<qint64>({ib, ic, ia})); // あ, か, さ
        q.order = Qt::DescendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ia, ic, ib}));
        q.order = Qt::AscendingOrder;
        q.sort = MemberQuery::Sort::Name;
        QCOMPARE(ids(q), QList<qint64>({ic, ib, ia}));
        q.sort = MemberQuery::Sort::JoinedOn;
        QCOMPARE(ids(q), QList<qint64>({ic, ia, ib}));
        q.order = Qt::DescendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ia, ic, ib}));
        q.order = Qt::AscendingOrder;
        q.sort = MemberQuery::Sort::Status;
        QCOMPARE(ids(q).constFirst(), ib);
        q = {};
        q.status = Member::Status::Applicant;
        QCOMPARE(ids(q), QList<qint64>({ib}));
        QCOMPARE(*m_store->list().count(q), 1);
        q = {};
        q.occupation = QStringLiteral("student");
        QCOMPARE(ids(q), QList<qint64>({ic, ia}));
        q.tag = QStringLiteral("幹事");
        QCOMPARE(ids(q), QList<qint64>({ia}));
        QCOMPARE(*m_store->list().count(q), 1);
        auto rows = m_store->list().fetch(q, 0, 10);
        QCOMPARE(rows->constFirst().tags, QStringLiteral("幹事"));
        QCOMPARE(m_store->list().fetch({}, 1, 1)->constFirst().id, m_store->list().fetch({}, 0, 3)->at(1).id);
    }
};

QTEST_GUILESS_MAIN(TestMemberList)
#include "tst_memberlist.moc"
