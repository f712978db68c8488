#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/OccupationCatalog.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace offkai;

/// The occupation catalogue.
class TestOccupationCatalog : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    // --- Catalogues --------------------------------------------------------------------------------------
    void occupationCatalogue()
    {
        auto list = m_store->occupations().all();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 8);
        QCOMPARE(list->constFirst().key, QStringLiteral("freelancer"));
        QCOMPARE(list->constFirst().displayLabel(), QStringLiteral("Freelancer"));
        QSignalSpy changed(&m_store->occupations(), &OccupationCatalog::occupationsChanged);
        auto key = m_store->occupations().add(QStringLiteral("医療・福祉"));
        QVERIFY(key.ok());
        QCOMPARE(m_store->occupations().label(*key), QStringLiteral("医療・福祉"));
        QVERIFY(!m_store->occupations().add(QStringLiteral("freelancer")).ok());
        QVERIFY(!m_store->occupations().add(QStringLiteral(" ")).ok());
        QVERIFY(m_store->occupations().rename(*key, QStringLiteral("医療")).ok());
        QCOMPARE(m_store->occupations().label(*key), QStringLiteral("医療"));
        QVERIFY(m_store->occupations().rename(QStringLiteral("student"), QStringLiteral("学生")).ok());
        QCOMPARE(m_store->occupations().label(QStringLiteral("student")), QStringLiteral("学生"));
        QVERIFY(m_store->occupations().rename(QStringLiteral("student"), QString()).ok());
        QCOMPARE(m_store->occupations().label(QStringLiteral("student")), QStringLiteral("Student"));
        Member m = person(QStringLiteral("A"), {});
        m.occupation = *key;
        const qint64 id = add(m);
        QCOMPARE(m_store->occupations().remove(*key).error().code(), Error::Code::InUse);
        QVERIFY(m_store->records().remove(id).ok());
        QVERIFY(m_store->occupations().remove(*key).ok());
        QCOMPARE(m_store->occupations().all()->size(), 8);
        QCOMPARE(changed.count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestOccupationCatalog)
#include "tst_occupationcatalog.moc"
