#include "items/AgendaModel.h"
#include "records/Member.h"
#include "reports/HeadcountText.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The agenda: upcoming and past events in order, Japanese dates, tentative ranges, live updates.
class TestAgendaModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;

    EventStore &store() { return m_workspace->events(); }
    qint64 add(const QString &title, const QDateTime &start, const QDateTime &end,
               std::optional<int> capacity = {})
    {
        Event e;
        e.title = title;
        e.start = start;
        e.end = end;
        e.capacity = capacity;
        auto id = store().insert(e);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().toString()));
        return *id;
    }
    qint64 addTentative(const QString &title, const QDate &from, const QDate &to, const QString &note)
    {
        Event e;
        e.title = title;
        e.status = Event::Status::Tentative;
        e.tentativeFrom = from;
        e.tentativeTo = to;
        e.tentativeNote = note;
        auto id = store().insert(e);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().toString()));
        return *id;
    }
    static QDateTime tokyo(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }
    static QStringList titles(const AgendaModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, AgendaModel::TitleColumn).data().toString());
        return list;
    }
    static QString cell(const AgendaModel &model, qint64 id, int column)
    {
        return model.index(model.rowOf(id), column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_workspace.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void upcomingAndPast()
    {
        add(QStringLiteral("第1回オフ会"), tokyo(2013, 7, 25, 19, 30), tokyo(2013, 7, 25, 22, 0));
        add(QStringLiteral("第2回オフ会"), tokyo(2013, 8, 29, 19, 30), tokyo(2013, 8, 29, 22, 30));
        add(QStringLiteral("Lunch"), tokyo(2013, 9, 5, 12, 0), tokyo(2013, 9, 5, 13, 0));
        addTentative(QStringLiteral("第3回オフ会"), QDate(2013, 9, 23), QDate(2013, 9, 30),
                     QStringLiteral("月末の平日"));
        add(QStringLiteral("Today"), tokyo(2013, 8, 30, 19, 0), tokyo(2013, 8, 30, 21, 0));

        AgendaModel model(store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2013, 8, 30));
        QCOMPARE(model.filter(), AgendaModel::Filter::Upcoming);
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Today"), QStringLiteral("Lunch"),
                                             QStringLiteral("第3回オフ会")}));
        model.setFilter(AgendaModel::Filter::Past);
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("第2回オフ会"), QStringLiteral("第1回オフ会")})); // newest first
        QVERIFY(model.index(0, 0).data(AgendaModel::PastRole).toBool());
        model.setFilter(AgendaModel::Filter::All);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(titles(model).constFirst(), QStringLiteral("第1回オフ会"));
        // The tentative event stays upcoming until its range has passed.
        model.setToday(QDate(2013, 9, 30));
        model.setFilter(AgendaModel::Filter::Upcoming);
        QCOMPARE(titles(model), QStringList{QStringLiteral("第3回オフ会")});
    }

    void japaneseDatesAndTentativeRanges()
    {
        const qint64 meetup =
            add(QStringLiteral("第2回オフ会"), tokyo(2013, 8, 29, 19, 30), tokyo(2013, 8, 29, 22, 30), 14);
        const qint64 baba = addTentative(QStringLiteral("第3回オフ会"), QDate(2013, 9, 23),
                                         QDate(2013, 9, 30), QStringLiteral("月末の平日"));
        const qint64 month =
            addTentative(QStringLiteral("9月のオン会"), QDate(2013, 9, 1), QDate(2013, 9, 30), QString());
        AgendaModel model(store());
        model.setFilter(AgendaModel::Filter::All);
        model.setLocale(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(cell(model, meetup, AgendaModel::DateColumn), QStringLiteral("2013年8月29日(木)"));
        QCOMPARE(cell(model, meetup, AgendaModel::TimeColumn), QStringLiteral("19:30〜22:30"));
        // The one wording of the headcount (HeadcountText), in the model's locale.
        QCOMPARE(cell(model, meetup, AgendaModel::GoingColumn),
                 HeadcountText::text(*m_workspace->participations().headcount(meetup),
                                     QLocale(QLocale::Japanese, QLocale::Japan)));
        QVERIFY(cell(model, meetup, AgendaModel::GoingColumn).contains(QStringLiteral("14")));
        QCOMPARE(cell(model, meetup, AgendaModel::TypeColumn),
                 EventType::builtInName(QStringLiteral("offline_meetup")));
        QCOMPARE(cell(model, baba, AgendaModel::DateColumn), QStringLiteral("2013年9月23日(月)〜30日(月)"));
        QCOMPARE(cell(model, baba, AgendaModel::TimeColumn), QStringLiteral("月末の平日"));
        QVERIFY(model.index(model.rowOf(baba), 0).data(AgendaModel::TentativeRole).toBool());
        QCOMPARE(cell(model, month, AgendaModel::DateColumn), QStringLiteral("2013年9月"));
        QCOMPARE(cell(model, baba, AgendaModel::StatusColumn), Event::statusLabel(Event::Status::Tentative));

        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(cell(model, month, AgendaModel::DateColumn), QStringLiteral("September 2013"));
        QCOMPARE(cell(model, meetup, AgendaModel::DateColumn), QStringLiteral("Thu, Aug 29, 2013"));
        QCOMPARE(cell(model, meetup, AgendaModel::TimeColumn), QStringLiteral("7:30 PM – 10:30 PM"));
        QCOMPARE(
            AgendaModel::shortDateText(QDate(2013, 8, 29), QLocale(QLocale::English, QLocale::UnitedKingdom)),
            QStringLiteral("Thu, 29 Aug 2013"));
        QVERIFY(cell(model, baba, AgendaModel::DateColumn).contains(QStringLiteral(" – ")));
    }

    void multiDayAndAcrossMidnight()
    {
        const qint64 late = add(QStringLiteral("Late"), tokyo(2013, 8, 30, 22, 0), tokyo(2013, 8, 31, 2, 0));
        AgendaModel model(store());
        model.setFilter(AgendaModel::Filter::All);
        model.setLocale(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(cell(model, late, AgendaModel::DateColumn), QStringLiteral("2013年8月30日(金)〜31日(土)"));
        QCOMPARE(cell(model, late, AgendaModel::TimeColumn), QStringLiteral("22:00〜2:00"));
    }

    void followsTheStores()
    {
        AgendaModel model(store(), &m_workspace->participations());
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2013, 8, 1));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 b = add(QStringLiteral("B"), tokyo(2013, 8, 20, 19, 0), tokyo(2013, 8, 20, 21, 0), 10);
        const qint64 a = add(QStringLiteral("A"), tokyo(2013, 8, 10, 19, 0), tokyo(2013, 8, 10, 21, 0));
        add(QStringLiteral("Old"), tokyo(2013, 7, 10, 19, 0), tokyo(2013, 7, 10, 21, 0)); // past: not listed
        QCOMPARE(titles(model), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));

        // Moving A after B moves its row; moving it into the past removes it.
        Event moved = *store().get(a);
        moved.moveToDay(QDate(2013, 8, 25));
        QVERIFY(store().update(moved).ok());
        QCOMPARE(titles(model), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        moved = *store().get(a); // each write goes over the version it read
        moved.moveToDay(QDate(2013, 7, 25));
        QVERIFY(store().update(moved).ok());
        QCOMPARE(titles(model), QStringList{QStringLiteral("B")});

        // Someone going changes the count in place.
        Member member;
        member.displayName = QStringLiteral("佐藤 花子");
        auto memberId = m_workspace->members().insert(member);
        QVERIFY(memberId.ok());
        QVERIFY(m_workspace->participations().add(b, *memberId).ok());
        QCOMPARE(cell(model, b, AgendaModel::GoingColumn),
                 QStringLiteral("1 registered / 9 of 10 places left"));

        QVERIFY(store().remove(b).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
