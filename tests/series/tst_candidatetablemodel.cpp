#include "items/CandidateTableModel.h"
#include "SeriesTestSupport.h"
#include "stores/EventStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The candidate dates of a series as a table: free, a speaker, skipped for a holiday, confirmed; it follows
/// the store's changes, all under QAbstractItemModelTester.
class TestCandidateTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;

    SeriesStore &store() { return m_workspace->series(); }
    SeriesSlotStore &slots() { return m_workspace->seriesSlots(); }

    static QList<QDate> datesOf(const CandidateTableModel &model)
    {
        QList<QDate> dates;
        for (int row = 0; row < model.rowCount(); ++row)
            dates.append(model.index(row, 0).data(CandidateTableModel::OccurrenceDateRole).toDate());
        return dates;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        m_workspace.reset();
        m_workspace =
            test::openWorkspaceWithoutHolidays(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_file)));
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void listsCandidatesAndFollowsTheStore()
    {
        const qint64 id = test::addSeries(*m_workspace, test::seedTalks());
        const qint64 sato = test::addMember(*m_workspace, QStringLiteral("佐藤 花子"));
        CandidateTableModel model(store(), slots(), &m_workspace->events());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CandidateTableModel::ColumnCount));
        model.setFrom(QDate(2026, 1, 1));
        model.setCount(4);
        model.setSeries(id);
        QCOMPARE(datesOf(model), (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 2, 10), QDate(2026, 3, 10),
                                               QDate(2026, 4, 14)}));
        QCOMPARE(model.index(0, CandidateTableModel::WhenColumn).data().toString(),
                 QStringLiteral("Tue, Jan 13, 2026 ") +
                     QLocale().toString(QTime(20, 0), QLocale::ShortFormat));
        QCOMPARE(model.index(0, CandidateTableModel::StateColumn).data().toString(), QStringLiteral("Free"));
        QCOMPARE(model.index(0, CandidateTableModel::SpeakerColumn).data().toString(), QString());
        QCOMPARE(model.headerData(CandidateTableModel::SpeakerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Speaker"));
        QCOMPARE(model.headerData(CandidateTableModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("State"));
        QCOMPARE(model.index(0, 0).data(CandidateTableModel::StateRole).toInt(),
                 int(CandidateTableModel::State::Free));
        QCOMPARE(model.index(0, 0).data(CandidateTableModel::MemberIdRole).toLongLong(), qint64(0));
        QCOMPARE(model.index(0, 0).data(CandidateTableModel::StartRole).toDateTime(),
                 QDateTime(QDate(2026, 1, 13), QTime(20, 0), test::tokyo()));

        // A speaker slotted through the store shows in place: the same rows, so a view keeps its selection.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(*slots().slotSpeaker(id, sato, QStringLiteral("Qt 6 入門"), QDate(2026, 1, 1)),
                 QDate(2026, 1, 13));
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        // The speaker and the date's state each have their own column.
        QCOMPARE(model.index(0, CandidateTableModel::SpeakerColumn).data().toString(),
                 QStringLiteral("佐藤 花子"));
        QCOMPARE(model.index(0, CandidateTableModel::StateColumn).data().toString(),
                 QStringLiteral("Slotted"));
        QCOMPARE(model.index(0, CandidateTableModel::TopicColumn).data().toString(),
                 QStringLiteral("Qt 6 入門"));
        QCOMPARE(model.index(0, 0).data(CandidateTableModel::MemberIdRole).toLongLong(), sato);
        QCOMPARE(model.index(0, 0).data(CandidateTableModel::StateRole).toInt(),
                 int(CandidateTableModel::State::Speaker));

        // Declining moves the speaker to the next free date.
        QCOMPARE(*slots().declineSlot(id, QDate(2026, 1, 13)), QDate(2026, 2, 10));
        QCOMPARE(model.rowOf(QDate(2026, 2, 10)), 1);
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::MemberIdRole).toLongLong(), sato);
        QCOMPARE(model.index(0, 0).data(CandidateTableModel::MemberIdRole).toLongLong(), qint64(0));
        QCOMPARE(model.index(0, CandidateTableModel::SpeakerColumn).data().toString(), QString());
        QCOMPARE(model.index(0, CandidateTableModel::StateColumn).data().toString(), QStringLiteral("Free"));
        QCOMPARE(model.index(1, CandidateTableModel::StateColumn).data().toString(),
                 QStringLiteral("Slotted (could not make Tue, Jan 13, 2026)"));

        // Confirmed as an event; deleting the event makes the date a candidate again.
        const qint64 eventId = *slots().confirm(id, QDate(2026, 2, 10));
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::EventIdRole).toLongLong(), eventId);
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::StateRole).toInt(),
                 int(CandidateTableModel::State::Confirmed));
        QCOMPARE(model.index(1, CandidateTableModel::StateColumn).data().toString(),
                 QStringLiteral("Confirmed as an event"));
        QCOMPARE(model.index(1, CandidateTableModel::SpeakerColumn).data().toString(),
                 QStringLiteral("佐藤 花子"));
        QVERIFY(m_workspace->events().remove(eventId).ok());
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::EventIdRole).toLongLong(), qint64(0));

        // More rows, fewer rows, another start.
        model.setCount(6);
        QCOMPARE(model.rowCount(), 6);
        model.setCount(2);
        QCOMPARE(model.rowCount(), 2);
        model.setFrom(QDate(2026, 3, 1));
        QCOMPARE(datesOf(model), (QList<QDate>{QDate(2026, 3, 10), QDate(2026, 4, 14)}));

        // A series that goes away empties the model.
        QVERIFY(store().remove(id).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.seriesId(), qint64(0));
    }

    void holidaySkippedAndMovedDates()
    {
        store().setHolidayLookup(
            [](const QDate &d) { return d == QDate(2026, 2, 10) ? QStringLiteral("Test Day") : QString(); });
        Series s = test::seedTalks();
        s.holidayPolicy = Series::HolidayPolicy::Skip;
        const qint64 id = test::addSeries(*m_workspace, s);
        CandidateTableModel model(store(), slots());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFrom(QDate(2026, 1, 1));
        model.setCount(3);
        model.setSeries(id);
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::StateRole).toInt(),
                 int(CandidateTableModel::State::HolidaySkipped));
        QCOMPARE(model.index(1, CandidateTableModel::StateColumn).data().toString(),
                 QStringLiteral("Skipped: Test Day"));

        s = *store().get(id);
        s.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        QVERIFY(store().update(s).ok());
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::StateRole).toInt(),
                 int(CandidateTableModel::State::Free));
        QVERIFY(model.index(1, CandidateTableModel::WhenColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Wed, Feb 11, 2026")));
        QVERIFY(model.index(1, CandidateTableModel::WhenColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("(moved: Test Day)")));
        QCOMPARE(model.index(1, 0).data(CandidateTableModel::OccurrenceDateRole).toDate(),
                 QDate(2026, 2, 10));
        QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void japaneseDates()
    {
        const qint64 id = test::addSeries(*m_workspace, test::seedTalks());
        CandidateTableModel model(store(), slots());
        model.setLocale(QLocale(QLocale::Japanese, QLocale::Japan));
        model.setFrom(QDate(2026, 1, 1));
        model.setCount(1);
        model.setSeries(id);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2026年1月13日(火) 20:00"));
    }
};

QTEST_GUILESS_MAIN(TestCandidateTableModel)
#include "tst_candidatetablemodel.moc"
