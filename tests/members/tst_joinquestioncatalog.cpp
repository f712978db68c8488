#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// The join questions.
class TestJoinQuestionCatalog : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    void joinQuestions()
    {
        auto q1 = m_store->joinQuestions().add(QStringLiteral("参加のきっかけは？"));
        auto q2 = m_store->joinQuestions().add(QStringLiteral("お仕事は？"));
        QVERIFY(q1.ok() && q2.ok());
        QVERIFY(!m_store->joinQuestions().add(QStringLiteral("  ")).ok());
        auto list = m_store->joinQuestions().all();
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).text, QStringLiteral("お仕事は？"));
        JoinQuestion edited = list->at(0);
        edited.text = QStringLiteral("きっかけ");
        edited.position = 5;
        QVERIFY(m_store->joinQuestions().update(edited).ok());
        QCOMPARE(m_store->joinQuestions().all()->at(1).text, QStringLiteral("きっかけ"));
        Member m = person(QStringLiteral("A"), {});
        m.answers = {{*q1, QStringLiteral("ブログ")}, {*q2, QStringLiteral("会社員")}};
        const qint64 id = add(m);
        QVERIFY(m_store->joinQuestions().remove(*q1).ok());
        QCOMPARE(m_store->records().get(id)->answers.size(), 1);
        QCOMPARE(m_store->joinQuestions().remove(*q1).error().code(), Error::Code::NotFound);
        m.answers = {{9999, QStringLiteral("?")}};
        QVERIFY(!m_store->records().insert(m).ok());
    }
};

QTEST_GUILESS_MAIN(TestJoinQuestionCatalog)
#include "tst_joinquestioncatalog.moc"
