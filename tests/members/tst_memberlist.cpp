#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "stores/MemberDuplicates.h"
#include "stores/MemberEngagement.h"
#include "stores/MemberList.h"
#include "stores/MemberSearchIndex.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

/// The member list: filters and order applied in SQL.
class TestMemberList : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

    /// An event in Asia/Tokyo starting at `startsAt` (UTC text, or empty for one with only a tentative day).
    qint64 event(const QString &startsAt, const QString &status = QStringLiteral("done"))
    {
        QSqlQuery q(m_db->connection());
        const SqlDialect dialect(m_db->backend());
        q.prepare(QStringLiteral("INSERT INTO events (title, starts_at, tentative_from, status) "
                                 "VALUES ('e', ?, '2023-04-01', ?)") +
                  dialect.returningId());
        q.addBindValue(startsAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(startsAt));
        q.addBindValue(status);
        return q.exec() ? dialect.insertedId(q) : 0;
    }
    /// Member `member` in `event`: going (or `rsvp`), attended or not.
    void join(qint64 event, qint64 member, bool attended, const QString &rsvp = QStringLiteral("going"))
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO participations (event_id, member_id, rsvp, attended) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(event);
        q.addBindValue(member);
        q.addBindValue(rsvp);
        q.addBindValue(attended ? 1 : 0);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    MemberEngagementFigures figures(qint64 id)
    {
        auto f = m_store->engagement().of(id);
        if (!f.ok())
            qWarning() << f.error().toString();
        return f.ok() ? *f : MemberEngagementFigures();
    }
    QList<qint64> ids(const MemberQuery &query)
    {
        QList<qint64> out;
        const auto rows = m_store->list().fetch(query, 0, 100);
        if (rows.ok()) {
            for (const MemberRow &r : *rows)
                out.append(r.id);
        }
        if (auto n = m_store->list().count(query); !n.ok() || *n != out.size())
            qWarning() << "count disagrees with fetch";
        return out;
    }

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

    /// A term naming an occupation finds that occupation's members and the text matches, each once: the
    /// count (two parts, each with an index) agrees with the rows.
    void occupationSearchCountsEachMemberOnce()
    {
        auto member = [&](const QString &name, const QString &occupation, const QString &affiliation,
                          const QString &notes) {
            Member m = person(name, name);
            m.occupation = occupation;
            m.affiliation = affiliation;
            m.notes = notes;
            return add(m);
        };
        const qint64 a = member(QStringLiteral("あ"), QStringLiteral("student"), {}, {});
        const qint64 b = member(QStringLiteral("い"), QStringLiteral("student"), QStringLiteral("東邦"), {});
        const qint64 c = member(QStringLiteral("う"), QStringLiteral("other"), QStringLiteral("東邦大学"),
                                QStringLiteral("student council"));
        const qint64 d =
            member(QStringLiteral("え"), QStringLiteral("student"), {}, QStringLiteral("a student"));
        member(QStringLiteral("お"), QStringLiteral("other"), {}, {});
        member(QStringLiteral("か"), QStringLiteral("creator"), QStringLiteral("東邦"), {});
        const auto check = [&](const QString &typed, const QList<qint64> &expected) {
            MemberQuery q;
            q.search = typed;
            QCOMPARE(ids(q), expected);
            QCOMPARE(*m_store->list().count(q), int(expected.size()));
            const auto first = m_store->list().firstCount(q);
            QVERIFY(first.ok() && first->exact);
            QCOMPARE(first->rows, int(expected.size()));
        };
        check(QStringLiteral("student"), {a, b, c, d});
        check(QStringLiteral("stud"), {a, b, c, d});
        // The other terms apply to both parts.
        check(QStringLiteral("東邦 student"), {b, c});
        check(QStringLiteral("student 東邦"), {b, c});
        check(QStringLiteral("council student"), {c});
        // Two terms naming occupations: counted as written.
        check(QStringLiteral("student creator"), {});
        check(QStringLiteral("東邦 creator"), {QList<qint64>{ids({}).constLast()}});
    }

    /// On a team database whose statistics PostgreSQL has taken (ANALYZE), a search chooses its plan by
    /// them: a common one walks the sort index, steered to its rarest lexeme, and counts one page ahead
    /// first; a rare one sorts its matches. Either way the rows and the counts are the same as a filter's.
    void searchPlansByLexemeStatistics()
    {
        if (m_db->backend() != Backend::PostgreSql)
            QSKIP("the lexeme statistics are PostgreSQL's (ANALYZE)");
        const QString kana = QStringLiteral("あいうえおかきくけこまみむめも");
        QList<qint64> satos;
        for (int i = 0; i < 60; ++i) {
            const bool sato = i % 20 == 7;
            Member m = sato ? person(QStringLiteral("佐藤 %1").arg(i),
                                     QStringLiteral("さとう %1").arg(i, 2, 10, QLatin1Char('0')))
                            : person(QStringLiteral("会員 %1").arg(i),
                                     kana.at((i * 7) % kana.size()) + QStringLiteral("やま %1").arg(i));
            if (i % 4 != 0) {
                m.affiliation = QStringLiteral("東邦ワークス");
                m.tags = {QStringLiteral("東邦")};
            }
            const qint64 id = add(m);
            if (sato)
                satos.append(id);
        }
        QSqlQuery analyze(m_db->connection());
        QVERIFY2(analyze.exec(QStringLiteral("ANALYZE member_profiles")),
                 qPrintable(analyze.lastError().text()));
        m_store = std::make_unique<MemberTables>(*m_db); // reads the statistics as it opens
        QVERIFY(!m_store->search().statistics().isEmpty());
        const MemberList &list = m_store->list();

        MemberQuery tagged;
        tagged.tag = QStringLiteral("東邦");
        const QList<qint64> expected = ids(tagged);
        QCOMPARE(expected.size(), 45);
        for (const QString &typed : {QStringLiteral("東邦ワークス"), QStringLiteral("東")}) {
            MemberQuery common;
            common.search = typed;
            const QString sql = list.fetchStatement(common, 0, 200).sql;
            QVERIFY2(!sql.contains(QLatin1String("OFFSET 0)")), qPrintable(sql));
            // Several lexemes: the index finds the rarest, the whole search filters.
            QCOMPARE(sql.contains(QLatin1String("ts_match_vq")), typed.size() > 1);
            const auto first = list.firstCount(common);
            QVERIFY(first.ok());
            QCOMPARE(first->rows, 60 / 20 + 1); // counted as far as the share that walks the index
            QVERIFY(!first->exact);
            QCOMPARE(*list.count(common), 45);
            QCOMPARE(ids(common), expected);
            common.order = tagged.order = Qt::DescendingOrder;
            QList<qint64> reversed = expected;
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(ids(common), reversed);
            QCOMPARE(ids(tagged), reversed);
            common.order = tagged.order = Qt::AscendingOrder;
            const auto page = list.fetch(common, 10, 7);
            QVERIFY(page.ok());
            QCOMPARE(page->size(), 7);
            for (int i = 0; i < 7; ++i)
                QCOMPARE(page->at(i).id, expected.at(10 + i));
        }
        // 佐藤: rare by the statistics (its readings sort together): its matches are sorted, and counted.
        MemberQuery rare;
        rare.search = QStringLiteral("佐藤");
        QVERIFY(list.fetchStatement(rare, 0, 200).sql.contains(QLatin1String("OFFSET 0) AS p")));
        const auto first = list.firstCount(rare);
        QVERIFY(first.ok());
        QCOMPARE(first->rows, 3);
        QVERIFY(first->exact);
        QCOMPARE(ids(rare), satos);
    }

    // --- Engagement --------------------------------------------------------------------------------------
    void engagementFiguresFollowTheirDefinitions()
    {
        Member a = person(QStringLiteral("A"), QStringLiteral("あ"));
        Member b = person(QStringLiteral("B"), QStringLiteral("い"));
        b.joinedOn = QDate(2019, 1, 1);
        Member c = person(QStringLiteral("C"), QStringLiteral("う"));
        Member d1 = person(QStringLiteral("D"), QStringLiteral("え"));
        Member d2 = person(QStringLiteral("D2"), QStringLiteral("お"));
        const qint64 ia = add(a), ib = add(b), ic = add(c), id1 = add(d1), id2 = add(d2);
        const qint64 jan = event(QStringLiteral("2023-01-10T10:00:00Z"));
        const qint64 feb = event(QStringLiteral("2023-02-10T10:00:00Z"));
        const qint64 cancelled = event(QStringLiteral("2023-03-10T10:00:00Z"), QStringLiteral("cancelled"));
        const qint64 undated = event(QString(), QStringLiteral("tentative"));
        const qint64 apr = event(QStringLiteral("2023-04-20T10:00:00Z"));
        // 00:30 on 11 May in Tokyo.
        const qint64 may = event(QStringLiteral("2023-05-10T15:30:00Z"));
        const qint64 notTaken = event(QStringLiteral("2023-06-10T10:00:00Z"));
        const qint64 future = event(QStringLiteral("2099-01-01T10:00:00Z"), QStringLiteral("scheduled"));

        join(jan, ia, true);
        join(feb, ia, false); // a no-show: others were checked in
        join(cancelled, ia, true);
        join(undated, ia, true);
        join(apr, ia, true);
        join(may, ia, true);
        join(notTaken, ia, false); // nobody was marked: attendance not taken
        join(future, ia, false);
        join(jan, ic, false); // a no-show
        join(feb, ic, true);
        join(may, ic, true);
        join(apr, ic, false, QStringLiteral("maybe")); // maybe: not a no-show, does not break the streak
        join(notTaken, ic, false, QStringLiteral("declined"));
        join(jan, id1, true);
        join(jan, id2, false); // combined with D's attendance by the merge
        join(feb, id2, true);
        QVERIFY(m_store->duplicates().merge(id1, id2).ok());

        MemberEngagementFigures fa;
        fa.memberId = ia;
        fa.firstAttended = QDate(2023, 1, 10);
        fa.lastAttended = QDate(2023, 5, 11);
        fa.attended = 3;
        fa.noShows = 1;
        fa.streak = 2;
        QCOMPARE(figures(ia), fa);
        MemberEngagementFigures fb;
        fb.memberId = ib;
        QCOMPARE(figures(ib), fb);
        MemberEngagementFigures fc;
        fc.memberId = ic;
        fc.firstAttended = QDate(2023, 2, 10);
        fc.lastAttended = QDate(2023, 5, 11);
        fc.attended = 2;
        fc.noShows = 1;
        fc.streak = 2;
        QCOMPARE(figures(ic), fc);
        MemberEngagementFigures fd;
        fd.memberId = id1;
        fd.firstAttended = QDate(2023, 1, 10);
        fd.lastAttended = QDate(2023, 2, 10);
        fd.attended = 2;
        fd.streak = 2;
        QCOMPARE(figures(id1), fd);
        QCOMPARE(m_store->engagement().of(id2).error().code(), Error::Code::NotFound);
        QCOMPARE(*m_store->engagement().noShowEvents(ia), QSet<qint64>({feb}));
        QCOMPARE(*m_store->engagement().noShowEvents(ic), QSet<qint64>({jan}));
        // Before February's event was over, it was no no-show: nothing broke the streak.
        const QDateTime duringFeb(QDate(2023, 2, 10), QTime(9, 0), Qt::UTC);
        QCOMPARE(m_store->engagement().of(ia, duringFeb)->noShows, 0);
        QCOMPARE(m_store->engagement().of(ia, duringFeb)->streak, 3);
        // Cancelling an event takes it out of every figure.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET status = 'cancelled' WHERE id = %1").arg(feb)));
        QCOMPARE(figures(ia).noShows, 0);
        QCOMPARE(figures(ia).streak, 3);
        QCOMPARE(figures(ic).firstAttended, QDate(2023, 5, 11));
        QCOMPARE(figures(ic).attended, 1);

        // One truth: the list shows what the figures say, for every member.
        const auto rows = m_store->list().fetch({}, 0, 100);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 4);
        for (const MemberRow &row : *rows) {
            const MemberEngagementFigures f = figures(row.id);
            QCOMPARE(row.lastAttended, f.lastAttended);
            QCOMPARE(row.attended, f.attended);
            const auto one = m_store->list().fetchRow({}, row.id);
            QCOMPARE((*one)->lastAttended, f.lastAttended);
            QCOMPARE((*one)->attended, f.attended);
        }
    }

    void sortsAndFiltersByEngagement()
    {
        Member a = person(QStringLiteral("A"), QStringLiteral("あ"));
        Member b = person(QStringLiteral("B"), QStringLiteral("い")); // never came, joined long ago
        b.joinedOn = QDate(2019, 1, 1);
        Member c = person(QStringLiteral("C"), QStringLiteral("う"));
        Member recent = person(QStringLiteral("E"), QStringLiteral("え"));   // came ten days ago
        Member newcomer = person(QStringLiteral("F"), QStringLiteral("お")); // never came, joined lately
        newcomer.joinedOn = QDate::currentDate().addMonths(-2);
        Member inactive = person(QStringLiteral("G"), QStringLiteral("か"));
        inactive.status = Member::Status::Inactive;
        const qint64 ia = add(a), ib = add(b), ic = add(c), ie = add(recent), inew = add(newcomer),
                     ig = add(inactive);
        const qint64 e1 = event(QStringLiteral("2023-01-10T10:00:00Z"));
        const qint64 e2 = event(QStringLiteral("2023-02-10T10:00:00Z"));
        const qint64 e3 = event(QStringLiteral("2023-03-10T10:00:00Z"));
        const qint64 lastMonth = event(QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODate));
        join(e1, ia, true);
        join(e2, ia, true);
        join(e3, ia, true);
        join(e2, ic, true);
        join(e1, ig, true);
        join(lastMonth, ie, true);

        MemberQuery q;
        q.sort = MemberQuery::Sort::LastAttended;
        q.order = Qt::DescendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ie, ia, ic, ig, inew, ib})); // never came last, by reading
        QCOMPARE(*m_store->list().position(q, ib), 5);
        QCOMPARE(*m_store->list().position(q, ie), 0);
        q.order = Qt::AscendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ig, ic, ia, ie, ib, inew}));
        q.sort = MemberQuery::Sort::Attended;
        q.order = Qt::DescendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ia, ig, ie, ic, inew, ib}));
        q.order = Qt::AscendingOrder;
        QCOMPARE(ids(q), QList<qint64>({ib, inew, ic, ie, ig, ia}));

        q = {};
        q.notSeenMonths = 12;
        QCOMPARE(ids(q), QList<qint64>({ia, ib, ic}));
        QCOMPARE(*m_store->list().position(q, ic), 2);
        QCOMPARE(*m_store->list().position(q, ie), -1);
        q.notSeenMonths = 1;
        QCOMPARE(ids(q), QList<qint64>({ia, ib, ic, inew}));
        q.search = QStringLiteral("A");
        QCOMPARE(ids(q), QList<qint64>({ia}));
        q = {};
        q.notSeenMonths = 12;
        q.status = Member::Status::Inactive;
        QCOMPARE(ids(q), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestMemberList)
#include "tst_memberlist.moc"
