#include "events/series/SeriesChangeCommand.h"
#include "events/series/SeriesEditorDialog.h"
#include "records/FieldConflict.h"
#include "scheduling/SeriesFields.h"
#include "series/SeriesTestSupport.h"
#include "shell/CommandErrors.h"
#include "storage/Database.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Row versions of recurring series, as venues, events and reports have them (tst_recordversions): a save
/// over a series changed elsewhere is refused, the series editor asks which values to keep, undo and redo
/// tell this window's own steps from changes made elsewhere, and on a team database another organizer's
/// change reaches an open window. Runs on a file and, as tst_seriesversions_pg, on the PostgreSQL test
/// server (two connections there, as two organizers).
class TestSeriesVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_mine;
    std::unique_ptr<Workspace> m_other;

    /// The other organizer: a second connection on a team database; on a file (one window at a time) the
    /// same workspace, writing over series read before, which checks the versions the same way.
    Workspace &other() { return m_other ? *m_other : *m_mine; }

    static Series read(Workspace &workspace, qint64 id)
    {
        auto series = workspace.series().get(id);
        if (!series)
            qFatal("%s", qPrintable(series.error().toString()));
        return *series;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("series%1.offkai").arg(++m_file));
        m_mine = test::openWorkspaceWithoutHolidays(path);
        if (test::onServer())
            m_other = test::openWorkspaceWithoutHolidays(path);
    }

    void cleanup()
    {
        m_other.reset();
        m_mine.reset();
    }

    void aStaleSaveIsRefusedAndNothingIsWritten()
    {
        const qint64 id = test::addSeries(*m_mine, test::seedTalks());
        Series mine = read(*m_mine, id);
        QCOMPARE(mine.version, 1);
        Series theirs = read(other(), id);
        theirs.notes = QStringLiteral("資料は前日までに共有");
        QVERIFY(other().series().update(theirs).ok());
        QCOMPARE(read(*m_mine, id).version, 2);

        mine.title = QStringLiteral("OB会 勉強会（特別回）");
        const auto refused = m_mine->series().update(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
        QVERIFY(refused.error().message().contains(QStringLiteral("OB会 勉強会")));
        const Series stored = read(*m_mine, id);
        QCOMPARE(stored.title, QStringLiteral("OB会 勉強会"));
        QCOMPARE(stored.notes, QStringLiteral("資料は前日までに共有"));
        QCOMPARE(stored.version, 2);

        // Without a version (a calendar import by UID), the write is unchecked; any write bumps it.
        mine.version = 0;
        QVERIFY(m_mine->series().update(mine).ok());
        QCOMPARE(read(*m_mine, id).version, 3);
        QCOMPARE(read(*m_mine, id).title, QStringLiteral("OB会 勉強会（特別回）"));
    }

    /// The field list and Series::sameContent agree: each field copied alone makes exactly that field
    /// differ, and all of them together make the same content.
    void theFieldListCoversWhatTheEditorChanges()
    {
        const Series a = test::seedTalks();
        Series b;
        b.title = QStringLiteral("ランチ会");
        b.type = QStringLiteral("offline_meetup");
        b.format = Event::Format::Hybrid;
        b.firstStart = QDateTime(QDate(2026, 1, 15), QTime(12, 0), test::tokyo());
        b.durationMinutes = 60;
        b.allDay = true;
        b.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
        b.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        b.venueId = 7;
        b.onlineUrl = QStringLiteral("https://meet.example.com/lunch");
        b.hostMemberId = 3;
        b.capacity = 12;
        b.fee = 1500;
        b.description = QStringLiteral("第3木曜のランチ");
        b.notes = QStringLiteral("予約は幹事が");
        b.exceptions = {{QDate(2026, 5, 21), SeriesException::Kind::Skipped, {}, {}}};
        Series all = a;
        for (const SeriesFields::Field &field : SeriesFields::all()) {
            Series one = a;
            field.copy(one, b);
            QCOMPARE(SeriesFields::differing(a, one), QStringList{field.key});
            QVERIFY2(!a.sameContent(one), qPrintable(field.key));
            QVERIFY(!field.text(one, {}).isEmpty());
            field.copy(all, b);
        }
        QVERIFY(all.sameContent(b));
        QVERIFY(SeriesFields::differing(all, b).isEmpty());
    }

    void undoTellsOwnStepsFromChangesElsewhere()
    {
        const qint64 id = test::addSeries(*m_mine, test::seedTalks());
        QUndoStack undo;
        QStringList errors;
        auto collect = [&](const Error &e) {
            errors.append(e.message());
        };
        // Two edits, each from a form opened after the one before, and a skipped occurrence.
        for (const QString &notes : {QStringLiteral("資料は前日まで"), QStringLiteral("資料は当日でも可")}) {
            Series s = read(*m_mine, id);
            s.notes = notes;
            undo.push(
                SeriesChangeCommand::edit(m_mine->series(), m_mine->seriesSlots(), s, collect).release());
        }
        undo.push(SeriesChangeCommand::skipOccurrence(m_mine->series(), m_mine->seriesSlots(), id,
                                                      QDate(2026, 5, 12), collect)
                      .release());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        for (int i = 0; i < 3; ++i)
            undo.undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(read(other(), id).notes, QString());
        QVERIFY(read(other(), id).exceptions.isEmpty());
        for (int i = 0; i < 3; ++i)
            undo.redo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(read(other(), id).notes, QStringLiteral("資料は当日でも可"));
        QCOMPARE(read(other(), id).exceptions.size(), 1);

        // Another organizer changes the series: undoing would throw their change away.
        Series theirs = read(other(), id);
        theirs.capacity = 30;
        QVERIFY(other().series().update(theirs).ok());
        undo.undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(QStringLiteral("cannot be undone")),
                 qPrintable(errors.constFirst()));
        QVERIFY(errors.constFirst().contains(QStringLiteral("Skip Occurrence")));
        QCOMPARE(undo.count(), 2); // the step is dropped, not left to fail again
        const Series now = read(*m_mine, id);
        QCOMPARE(now.capacity, 30);
        QCOMPARE(now.exceptions.size(), 1);
    }

    void theEditorAsksAndSavesTheChosenValues()
    {
        const qint64 id = test::addSeries(*m_mine, test::seedTalks());
        QUndoStack undo;
        QStringList shown;
        CommandErrors commandErrors([&](const Error &e) { shown.append(e.message()); });
        SeriesEditorDialog dialog(*m_mine, read(*m_mine, id));
        dialog.setSaveHandler([&](const Series &, const Series &after) -> Result<void> {
            if (auto failure = commandErrors.push(
                    undo, SeriesChangeCommand::edit(m_mine->series(), m_mine->seriesSlots(), after,
                                                    commandErrors.handler())
                              .release()))
                return *failure;
            return {};
        });
        FieldConflict asked;
        int asks = 0;
        dialog.setConflictResolver([&](const FieldConflict &conflict) -> std::optional<QSet<QString>> {
            asked = conflict;
            ++asks;
            return QSet<QString>{QStringLiteral("title")};
        });

        // Meanwhile the other organizer renames it and writes notes.
        Series theirs = read(other(), id);
        theirs.title = QStringLiteral("OB会 勉強会（オンライン）");
        theirs.notes = QStringLiteral("録画あり");
        QVERIFY(other().series().update(theirs).ok());

        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        title->setText(QStringLiteral("OB会 勉強会 第2火曜"));
        dialog.accept();
        QCOMPARE(asks, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QStringList keys;
        for (const FieldConflict::Row &row : asked.rows())
            keys.append(row.key);
        QVERIFY(keys.contains(QStringLiteral("title")));
        QVERIFY(keys.contains(QStringLiteral("notes")));
        const Series saved = read(*m_mine, id);
        QCOMPARE(saved.title, QStringLiteral("OB会 勉強会 第2火曜")); // mine, as chosen
        QCOMPARE(saved.notes, QStringLiteral("録画あり"));            // theirs, not typed over
        QCOMPARE(undo.count(), 1);
        QVERIFY(shown.isEmpty());
    }

    void keepingOnEditingLeavesTheFormAsTyped()
    {
        const qint64 id = test::addSeries(*m_mine, test::seedTalks());
        SeriesEditorDialog dialog(*m_mine, read(*m_mine, id));
        dialog.setSaveHandler(
            [&](const Series &, const Series &after) { return m_mine->series().update(after); });
        dialog.setConflictResolver([](const FieldConflict &) { return std::optional<QSet<QString>>(); });
        Series theirs = read(other(), id);
        theirs.title = QStringLiteral("勉強会（改）");
        QVERIFY(other().series().update(theirs).ok());
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        title->setText(QStringLiteral("勉強会（私の案）"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QCOMPARE(title->text(), QStringLiteral("勉強会（私の案）"));
        QVERIFY(dialog.errorText().contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(read(*m_mine, id).title, QStringLiteral("勉強会（改）"));
    }

    /// On a team database, another organizer's change of a series, of its exceptions or of its speakers
    /// reaches this window's calendar (SeriesStore's signals) without a reload.
    void anotherOrganizersChangeArrives()
    {
        if (!m_other)
            QSKIP("needs the PostgreSQL test server (two connections)");
        const qint64 id = test::addSeries(*m_mine, test::seedTalks());
        QSignalSpy changed(&m_mine->series(), &SeriesStore::seriesChanged);
        QSignalSpy removed(&m_mine->series(), &SeriesStore::seriesRemoved);
        Series theirs = read(*m_other, id);
        theirs.fee = 500;
        QVERIFY(m_other->series().update(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{id}), 2000);
        changed.clear();
        theirs = read(*m_other, id);
        theirs.exceptions = {{QDate(2026, 2, 10), SeriesException::Kind::Skipped, {}, {}}};
        QVERIFY(m_other->series().update(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{id}), 2000);
        QVERIFY(m_other->series().remove(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(removed.contains(QVariantList{id}), 2000);
    }
};

QTEST_MAIN(TestSeriesVersions)
#include "tst_seriesversions.moc"
