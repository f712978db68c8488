#include "events/EventCommandTraits.h"
#include "events/EventEditorDialog.h"
#include "records/EventFields.h"
#include "records/FieldConflict.h"
#include "records/ReportFields.h"
#include "records/VenueFields.h"
#include "reports/ReportAutosaver.h"
#include "reports/ReportCommandTraits.h"
#include "reports/ReportEditor.h"
#include "shell/ConflictDialog.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/ReportStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "venues/VenueCommandTraits.h"
#include "venues/VenueEditor.h"
#include "venues/VenuesPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Row versions of venues, events and reports, as members have them (tst_sharedediting): two windows (two
/// connections, as two organizers on a team database) editing the same record, the conflict and its dialog,
/// and undo over a change made elsewhere. Runs on a file and, as tst_recordversions_pg, on the PostgreSQL
/// test server.
class TestRecordVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_mine;
    std::unique_ptr<Workspace> m_other;
    /// Reports: on a file, the other organizer's store (a store counts its own window's writes as its own).
    std::unique_ptr<ReportStore> m_otherReports;

    /// The other organizer's workspace: a second connection on the team database. A file opens in one
    /// window only (its lock), so there the other's writes come through the same workspace, over records
    /// read before: the versions are checked the same way.
    Workspace &other() { return m_other ? *m_other : *m_mine; }
    ReportStore &otherReports() { return m_other ? m_other->reports() : *m_otherReports; }

    qint64 addVenue()
    {
        Venue v;
        v.name = QStringLiteral("カフェ森");
        v.phone = QStringLiteral("03-1111-2222");
        v.notes = QStringLiteral("奥の個室");
        auto id = m_mine->venues().insert(v);
        return id ? *id : 0;
    }
    qint64 addEvent()
    {
        Event e;
        e.title = QStringLiteral("第3回もくもく会");
        e.start = QDateTime(QDate(2026, 5, 20), QTime(19, 0), e.timeZone);
        e.end = e.start.addSecs(7200);
        e.notes = QStringLiteral("受付は入口で");
        auto id = m_mine->events().insert(e);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }
    qint64 addReport()
    {
        Report r;
        r.eventId = addEvent();
        r.title = QStringLiteral("もくもく会レポート");
        r.body = QStringLiteral("今日は12人が集まりました。");
        r.tags = {QStringLiteral("勉強会")};
        auto id = m_mine->reports().insert(r);
        return id ? *id : 0;
    }
    template<typename Store> static auto read(Store &store, qint64 id)
    {
        auto record = store.get(id);
        if (!record)
            qFatal("%s", qPrintable(record.error().toString()));
        return *record;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("versions%1.offkai").arg(++m_file));
        m_mine = test::openWorkspace(path);
        QVERIFY(m_mine);
        if (test::onServer()) {
            m_other = test::openWorkspace(path);
            QVERIFY(m_other);
        } else {
            m_otherReports = std::make_unique<ReportStore>(m_mine->database());
        }
    }

    void cleanup()
    {
        m_otherReports.reset();
        m_other.reset();
        m_mine.reset();
    }

    void everyWriteOfARowBumpsItsVersion()
    {
        const qint64 venue = addVenue();
        const qint64 event = addEvent();
        const qint64 report = addReport();
        QCOMPARE(read(m_mine->venues(), venue).version, 1);
        QCOMPARE(read(m_mine->events(), event).version, 1);
        QCOMPARE(read(m_mine->reports(), report).version, 1);

        Venue v = read(m_mine->venues(), venue);
        v.phone = QStringLiteral("090-0000-0000");
        QVERIFY(m_mine->venues().update(v).ok());
        QCOMPARE(read(other().venues(), venue).version, 2);
        Event e = read(m_mine->events(), event);
        e.notes = QStringLiteral("受付は2階");
        QVERIFY(m_mine->events().update(e).ok());
        QCOMPARE(read(other().events(), event).version, 2);
        QVERIFY(m_mine->reports().saveText(report, QStringLiteral("題"), QStringLiteral("本文"), 1).ok());
        QCOMPARE(read(otherReports(), report).version, 2);

        // Any other write of the row bumps it too (the schema's triggers): plain SQL here.
        QSqlQuery query(other().database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE venues SET bus = '都01' WHERE id = %1").arg(venue)));
        QVERIFY(query.exec(QStringLiteral("UPDATE events SET fee = 500 WHERE id = %1").arg(event)));
        QVERIFY(query.exec(QStringLiteral("UPDATE reports SET tags = 'x' WHERE id = %1").arg(report)));
        QCOMPARE(read(m_mine->venues(), venue).version, 3);
        QCOMPARE(read(m_mine->events(), event).version, 3);
        QCOMPARE(read(m_mine->reports(), report).version, 3);
    }

    void aStaleVenueOrEventIsRefusedAndNothingIsWritten()
    {
        const qint64 venue = addVenue();
        const qint64 event = addEvent();
        const Venue openedVenue = read(m_mine->venues(), venue);
        const Event openedEvent = read(m_mine->events(), event);
        Venue theirVenue = read(other().venues(), venue);
        theirVenue.phone = QStringLiteral("080-2222-3333");
        QVERIFY(other().venues().update(theirVenue).ok());
        Event theirEvent = read(other().events(), event);
        theirEvent.title = QStringLiteral("第3回もくもく会（満席）");
        QVERIFY(other().events().update(theirEvent).ok());

        const QByteArray before = test::contentDump(m_mine->database().connection());
        Venue myVenue = openedVenue;
        myVenue.notes = QStringLiteral("個室は4名まで");
        const auto refusedVenue = m_mine->venues().update(myVenue);
        QCOMPARE(refusedVenue.error().code(), Error::Code::Conflict);
        QVERIFY(refusedVenue.error().message().contains(QStringLiteral("カフェ森")));
        Event myEvent = openedEvent;
        myEvent.notes = QStringLiteral("受付は2階");
        const auto refusedEvent = m_mine->events().update(myEvent);
        QCOMPARE(refusedEvent.error().code(), Error::Code::Conflict);
        QVERIFY(refusedEvent.error().message().contains(QStringLiteral("満席")));
        QCOMPARE(test::contentDump(m_mine->database().connection()), before);
        QCOMPARE(read(m_mine->venues(), venue).notes, QStringLiteral("奥の個室"));
        QCOMPARE(read(m_mine->events(), event).notes, QStringLiteral("受付は入口で"));
        QCOMPARE(read(m_mine->venues(), venue).updatedBy,
                 test::onServer() ? m_other->database().serverUser() : QString());

        // Version 0 (a record not read from the database: an import, a restore) is written unchecked.
        myVenue.version = 0;
        QVERIFY(m_mine->venues().update(myVenue).ok());
        myEvent.version = 0;
        QVERIFY(m_mine->events().update(myEvent).ok());
        QCOMPARE(read(other().events(), event).notes, QStringLiteral("受付は2階"));
        // A deleted row is "not found", not a conflict.
        QVERIFY(other().venues().remove(venue).ok());
        QCOMPARE(m_mine->venues().update(openedVenue).error().code(), Error::Code::NotFound);
    }

    void aReportIsCheckedAgainstOthersButNotAgainstItsOwnWindow()
    {
        const qint64 id = addReport();
        const Report opened = read(m_mine->reports(), id);
        ReportStore &mine = m_mine->reports();
        // This window's autosaves and settings changes follow each other without conflict.
        QVERIFY(mine.saveText(id, opened.title, QStringLiteral("一行目"), opened.version).ok());
        QVERIFY(mine.saveText(id, opened.title, QStringLiteral("一行目\n二行目"), opened.version).ok());
        Report settings = opened;
        settings.privacy = Report::Privacy::NoNames;
        settings.body = QStringLiteral("一行目\n二行目");
        QVERIFY(mine.update(settings).ok());
        QCOMPARE(read(mine, id).version, 4);

        // Another organizer's change makes both kinds of write stale.
        Report theirs = read(otherReports(), id);
        theirs.title = QStringLiteral("もくもく会 参加レポート");
        QVERIFY(otherReports().update(theirs).ok());
        const QByteArray before = test::contentDump(m_mine->database().connection());
        const auto text = mine.saveText(id, opened.title, QStringLiteral("三行目"), opened.version);
        QCOMPARE(text.error().code(), Error::Code::Conflict);
        QVERIFY(text.error().message().contains(QStringLiteral("参加レポート")));
        settings.privacy = Report::Privacy::FullNames;
        QCOMPARE(mine.update(settings).error().code(), Error::Code::Conflict);
        QCOMPARE(test::contentDump(m_mine->database().connection()), before);
        // Over their version, it goes through.
        QVERIFY(mine.saveText(id, theirs.title, QStringLiteral("三行目"), read(mine, id).version).ok());
        QCOMPARE(read(otherReports(), id).title, QStringLiteral("もくもく会 参加レポート"));
    }

    void theFieldListsNameWhatDiffersAndMergeTheChosenValues()
    {
        Venue base;
        base.id = 3;
        base.name = QStringLiteral("カフェ森");
        base.phone = QStringLiteral("03-1111-2222");
        base.version = 2;
        Venue mine = base;
        mine.phone = QStringLiteral("090-1234-5678");
        mine.notes = QStringLiteral("個室あり");
        mine.stations = {{QStringLiteral("銀座"), QStringLiteral("銀座線"), QStringLiteral("A4"), 3}};
        Venue theirs = base;
        theirs.phone = QStringLiteral("080-9999-0000");
        theirs.capacity = 20;
        theirs.version = 3;
        const FieldConflict conflict =
            FieldConflict::of<VenueFields>(base, mine, theirs, RecordLookups(), theirs.name);
        QStringList keys;
        for (const auto &row : conflict.rows())
            keys.append(row.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("stations"), QStringLiteral("capacity"),
                                    QStringLiteral("phone"), QStringLiteral("notes")}));
        QCOMPARE(conflict.disagreements(), 1);
        QCOMPARE(conflict.rows().at(0).mine, Venue::stationText(mine.stations.constFirst()));
        QVERIFY(!conflict.rows().at(1).keepMineByDefault);
        QCOMPARE(conflict.rows().at(1).theirs, QStringLiteral("20"));
        const Venue merged = FieldConflict::merge<VenueFields>(theirs, mine, conflict.defaultChoices());
        QCOMPARE(merged.phone, mine.phone);
        QCOMPARE(merged.capacity, theirs.capacity);
        QCOMPARE(merged.stations, mine.stations);
        QCOMPARE(merged.version, 3);
        QCOMPARE(VenueFields::differing(base, mine).size(), 3);

        // An event's day, times and zone are one field: taken together or not at all.
        Event e;
        e.start = QDateTime(QDate(2026, 5, 20), QTime(19, 0), e.timeZone);
        e.end = e.start.addSecs(7200);
        Event moved = e;
        moved.start = moved.start.addDays(1);
        moved.end = moved.end.addDays(1);
        QCOMPARE(EventFields::differing(e, moved), QStringList{QStringLiteral("when")});
        const Event back = FieldConflict::merge<EventFields>(moved, e, {QStringLiteral("when")});
        QCOMPARE(back.start, e.start);
        QCOMPARE(back.end, e.end);
        Report r;
        Report r2 = r;
        r2.body = QStringLiteral("本文");
        r2.authorId = 5;
        RecordLookups lookups;
        lookups.memberName = [](qint64) {
            return QStringLiteral("鈴木花子");
        };
        const FieldConflict reportConflict = FieldConflict::of<ReportFields>(r, r2, r, lookups, QString());
        QCOMPARE(reportConflict.rows().at(0).key, QStringLiteral("author"));
        QCOMPARE(reportConflict.rows().at(0).mine, QStringLiteral("鈴木花子"));
        QCOMPARE(reportConflict.rows().at(1).key, QStringLiteral("body"));
    }

    /// Two steps of this window on one record (each from a form opened after the step before), undone and
    /// redone in turn: each step's own writes and the other step's moved the version on, and none of them
    /// is a change made elsewhere.
    void stepsOnOneRecordUndoAndRedoInTurn()
    {
        QUndoStack undo;
        QStringList errors;
        auto collect = [&](const Error &e) {
            errors.append(e.message());
        };
        const qint64 venue = addVenue();
        const qint64 event = addEvent();
        for (const QString &notes : {QStringLiteral("個室は4名まで"), QStringLiteral("個室は6名まで")}) {
            Venue v = read(m_mine->venues(), venue);
            Venue v2 = v;
            v2.notes = notes;
            undo.push(VenueCommand::edit(m_mine->venues(), v, v2, collect));
            Event e = read(m_mine->events(), event);
            Event e2 = e;
            e2.notes = notes;
            undo.push(EventCommand::edit(*m_mine, e, e2, collect));
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        for (int i = 0; i < 4; ++i)
            undo.undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(read(other().venues(), venue).notes, QStringLiteral("奥の個室"));
        QCOMPARE(read(other().events(), event).notes, QStringLiteral("受付は入口で"));
        for (int i = 0; i < 4; ++i)
            undo.redo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(read(other().venues(), venue).notes, QStringLiteral("個室は6名まで"));
        QCOMPARE(read(other().events(), event).notes, QStringLiteral("個室は6名まで"));
        QCOMPARE(undo.count(), 4);
    }

    void undoOverAVenueEventOrReportChangedElsewhereExplains()
    {
        QUndoStack undo;
        QStringList errors;
        auto collect = [&](const Error &e) {
            errors.append(e.message());
        };
        const qint64 venue = addVenue();
        const qint64 event = addEvent();
        const qint64 report = addReport();

        Venue v = read(m_mine->venues(), venue);
        Venue v2 = v;
        v2.notes = QStringLiteral("個室は4名まで");
        undo.push(VenueCommand::edit(m_mine->venues(), v, v2, collect));
        Event e = read(m_mine->events(), event);
        Event e2 = e;
        e2.notes = QStringLiteral("受付は2階");
        undo.push(EventCommand::edit(*m_mine, e, e2, collect));
        Report r = read(m_mine->reports(), report);
        Report r2 = r;
        r2.privacy = Report::Privacy::NoNames;
        undo.push(ReportCommand::edit(m_mine->reports(), r, r2, collect));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // Undo and redo of this window's own steps work while nobody else wrote the rows; the report's own
        // autosave in between does not count against them.
        QVERIFY(m_mine->reports().saveText(report, r.title, QStringLiteral("追記"), r.version).ok());
        undo.undo();
        undo.redo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(read(otherReports(), report).privacy, Report::Privacy::NoNames);
        QCOMPARE(read(otherReports(), report).body, QStringLiteral("追記"));

        // Another organizer changes all three; undoing would throw their change away.
        Venue theirVenue = read(other().venues(), venue);
        theirVenue.phone = QStringLiteral("080-2222-3333");
        QVERIFY(other().venues().update(theirVenue).ok());
        Event theirEvent = read(other().events(), event);
        theirEvent.fee = 1000;
        QVERIFY(other().events().update(theirEvent).ok());
        Report theirReport = read(otherReports(), report);
        theirReport.tags = {QStringLiteral("勉強会"), QStringLiteral("初心者歓迎")};
        QVERIFY(otherReports().update(theirReport).ok());

        undo.undo();
        undo.undo();
        undo.undo();
        QCOMPARE(errors.size(), 3);
        for (const QString &error : std::as_const(errors))
            QVERIFY2(error.contains(QStringLiteral("cannot be undone")), qPrintable(error));
        QVERIFY(errors.at(0).contains(QStringLiteral("Change Report Settings")));
        QVERIFY(errors.at(1).contains(QStringLiteral("第3回もくもく会")));
        QVERIFY(errors.at(2).contains(QStringLiteral("カフェ森")));
        QCOMPARE(undo.count(), 0); // each step is dropped, not left to fail again
        QCOMPARE(read(m_mine->venues(), venue).notes, QStringLiteral("個室は4名まで"));
        QCOMPARE(read(m_mine->venues(), venue).phone, QStringLiteral("080-2222-3333"));
        QCOMPARE(read(m_mine->events(), event).notes, QStringLiteral("受付は2階"));
        QCOMPARE(read(m_mine->events(), event).fee, 1000);
        QCOMPARE(read(m_mine->reports(), report).privacy, Report::Privacy::NoNames);
        QCOMPARE(read(m_mine->reports(), report).tags.size(), 2);
    }

    void theVenuesPageAsksAndSavesTheChosenValues()
    {
        QUndoStack undo;
        VenuesPage page(*m_mine, undo);
        page.resize(1100, 700);
        const qint64 id = addVenue();
        page.selectVenue(id);
        QCOMPARE(page.editor()->original().id, id);
        page.editor()
            ->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
            ->setText(QStringLiteral("090-1234-5678"));
        page.editor()
            ->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("個室は4名まで"));
        QVERIFY(page.editor()->isDirty());

        Venue theirs = read(other().venues(), id);
        theirs.phone = QStringLiteral("080-9999-0000");
        theirs.priceRange = QStringLiteral("3000円");
        QVERIFY(other().venues().update(theirs).ok());

        // Keep editing: nothing is written, the form keeps what was typed.
        int asked = 0;
        page.setConflictResolver([&](const FieldConflict &) -> std::optional<QSet<QString>> {
            ++asked;
            return std::nullopt;
        });
        QVERIFY(!page.saveEditor());
        QCOMPARE(asked, 1);
        QVERIFY(page.editor()->isDirty());
        QCOMPARE(page.editor()->edited().phone, QStringLiteral("090-1234-5678"));
        QCOMPARE(page.editor()->edited().notes, QStringLiteral("個室は4名まで"));
        QCOMPARE(read(m_mine->venues(), id).phone, QStringLiteral("080-9999-0000"));
        QCOMPARE(read(m_mine->venues(), id).notes, QStringLiteral("奥の個室"));
        QCOMPARE(undo.count(), 0);

        // Saving again asks again: their phone and price stay, my notes are taken.
        QStringList keys;
        page.setConflictResolver([&](const FieldConflict &conflict) -> std::optional<QSet<QString>> {
            ++asked;
            for (const auto &row : conflict.rows())
                keys.append(row.key);
            return QSet<QString>{QStringLiteral("notes")};
        });
        QVERIFY(page.saveEditor());
        QCOMPARE(asked, 2);
        QCOMPARE(keys, (QStringList{QStringLiteral("priceRange"), QStringLiteral("phone"),
                                    QStringLiteral("notes")}));
        const Venue saved = read(other().venues(), id);
        QCOMPARE(saved.phone, QStringLiteral("080-9999-0000"));
        QCOMPARE(saved.priceRange, QStringLiteral("3000円"));
        QCOMPARE(saved.notes, QStringLiteral("個室は4名まで"));
        QCOMPARE(saved.version, 3);
        QVERIFY(!page.editor()->isDirty());
        QCOMPARE(page.editor()->original().version, 3);
        // Undo puts their version back, not the one the form was opened on.
        undo.undo();
        QCOMPARE(read(other().venues(), id).notes, QStringLiteral("奥の個室"));
        QCOMPARE(read(other().venues(), id).priceRange, QStringLiteral("3000円"));
    }

    void theDialogShowsBothValuesAndSavesWhatIsChosen()
    {
        QUndoStack undo;
        VenuesPage page(*m_mine, undo);
        page.resize(1100, 700);
        page.show();
        const qint64 id = addVenue();
        page.selectVenue(id);
        page.editor()
            ->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
            ->setText(QStringLiteral("090-1234-5678"));
        Venue theirs = read(other().venues(), id);
        theirs.phone = QStringLiteral("080-9999-0000");
        QVERIFY(other().venues().update(theirs).ok());

        QStringList shown;
        bool found = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            found = dialog != nullptr;
            if (!dialog)
                return;
            for (auto *label : dialog->findChildren<QLabel *>())
                shown.append(label->text());
            QVERIFY(dialog->keepsMine(QStringLiteral("phone"))); // both changed: mine by default
            dialog->choose(QStringLiteral("phone"), false);
            dialog->saveButton()->click();
        });
        QVERIFY(page.saveEditor());
        QVERIFY(found);
        QVERIFY(shown.contains(QStringLiteral("080-9999-0000")));
        QVERIFY(shown.contains(QStringLiteral("090-1234-5678")));
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [](const QString &text) { return text.contains(QStringLiteral("カフェ森")); }));
        QCOMPARE(read(other().venues(), id).phone, QStringLiteral("080-9999-0000"));
        QVERIFY(!page.editor()->isDirty());
    }

    void theEventEditorAsksAndSavesTheChosenValues()
    {
        QUndoStack undo;
        QStringList errors;
        const qint64 id = addEvent();
        EventEditorDialog dialog(*m_mine);
        dialog.setEvent(read(m_mine->events(), id));
        dialog.setSaveHandler([&](const Event &before, const Event &after) -> Result<void> {
            std::optional<Error> failure;
            undo.push(EventCommand::edit(*m_mine, before, after, [&](const Error &e) {
                if (!failure)
                    failure = e;
                errors.append(e.message());
            }));
            if (failure)
                return *failure;
            return {};
        });
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"))
            ->setPlainText(QStringLiteral("受付は2階"));
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))
            ->setText(QStringLiteral("第3回もくもく会（新宿）"));

        Event theirs = read(other().events(), id);
        theirs.title = QStringLiteral("第3回もくもく会（満席）");
        theirs.fee = 500;
        QVERIFY(other().events().update(theirs).ok());

        int asked = 0;
        dialog.setConflictResolver([&](const FieldConflict &) -> std::optional<QSet<QString>> {
            ++asked;
            return std::nullopt;
        });
        dialog.accept();
        QCOMPARE(asked, 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.event().notes, QStringLiteral("受付は2階"));
        QCOMPARE(read(m_mine->events(), id).notes, QStringLiteral("受付は入口で"));
        QCOMPARE(undo.count(), 0);

        QStringList keys;
        dialog.setConflictResolver([&](const FieldConflict &conflict) -> std::optional<QSet<QString>> {
            ++asked;
            for (const auto &row : conflict.rows()) {
                keys.append(row.key);
                if (row.key == QLatin1String("title"))
                    [&] {
                        QVERIFY(row.bothChanged);
                    }();
            }
            return QSet<QString>{QStringLiteral("notes")};
        });
        dialog.accept();
        QCOMPARE(asked, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("title"), QStringLiteral("fee"), QStringLiteral("notes")}));
        const Event saved = read(other().events(), id);
        QCOMPARE(saved.title, QStringLiteral("第3回もくもく会（満席）"));
        QCOMPARE(saved.fee, 500);
        QCOMPARE(saved.notes, QStringLiteral("受付は2階"));
        QCOMPARE(saved.version, 3);
        // The two refused first writes (one per OK) went to the dialog, not to the organizer as errors.
        QCOMPARE(errors.size(), 2);
        undo.undo();
        QCOMPARE(read(other().events(), id).notes, QStringLiteral("受付は入口で"));
        QCOMPARE(read(other().events(), id).title, QStringLiteral("第3回もくもく会（満席）"));
        QCOMPARE(errors.size(), 2);
    }

    void theReportEditorAsksWhenItsAutosaveMeetsAChange()
    {
        QUndoStack undo;
        const qint64 id = addReport();
        ReportEditor editor(*m_mine, &undo);
        editor.setReport(id);
        QStringList errors;
        connect(&editor, &ReportEditor::errorOccurred, this,
                [&](const Error &e) { errors.append(e.message()); });
        editor.textEdit()->setPlainText(QStringLiteral("今日は15人が集まりました。"));

        Report theirs = read(otherReports(), id);
        theirs.title = QStringLiteral("もくもく会 参加レポート");
        theirs.body = QStringLiteral("今日は12人が集まりました。写真は後で。");
        QVERIFY(otherReports().update(theirs).ok());

        // Keep editing: nothing is written and the text stays as typed.
        int asked = 0;
        editor.setConflictResolver([&](const FieldConflict &) -> std::optional<QSet<QString>> {
            ++asked;
            return std::nullopt;
        });
        QVERIFY(!editor.commitPendingEdits());
        QCOMPARE(asked, 1);
        QCOMPARE(editor.textEdit()->toPlainText(), QStringLiteral("今日は15人が集まりました。"));
        QCOMPARE(read(m_mine->reports(), id).body, theirs.body);
        QVERIFY(editor.autosaver()->hasPendingChanges());
        QVERIFY(editor.hasUnresolvedConflict()); // the reports page keeps it selected

        // Their title, my text.
        QStringList keys;
        editor.setConflictResolver([&](const FieldConflict &conflict) -> std::optional<QSet<QString>> {
            ++asked;
            for (const auto &row : conflict.rows())
                keys.append(row.key);
            return QSet<QString>{QStringLiteral("body")};
        });
        QVERIFY(editor.commitPendingEdits());
        QCOMPARE(asked, 2);
        QCOMPARE(keys, (QStringList{QStringLiteral("title"), QStringLiteral("body")}));
        const Report saved = read(otherReports(), id);
        QCOMPARE(saved.title, QStringLiteral("もくもく会 参加レポート"));
        QCOMPARE(saved.body, QStringLiteral("今日は15人が集まりました。"));
        QCOMPARE(editor.titleEdit()->text(), saved.title);
        QVERIFY(!editor.autosaver()->hasPendingChanges());
        QVERIFY(!editor.hasUnresolvedConflict());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        // Later typing is saved over their version without asking again.
        editor.textEdit()->setPlainText(QStringLiteral("今日は15人が集まりました。次回は6月。"));
        QVERIFY(editor.commitPendingEdits());
        QCOMPARE(asked, 2);
        QCOMPARE(read(otherReports(), id).body, QStringLiteral("今日は15人が集まりました。次回は6月。"));
        // A settings change too (this window's autosaves in between are its own).
        editor.privacyCombo()->setCurrentIndex(
            editor.privacyCombo()->findData(int(Report::Privacy::NoNames)));
        Q_EMIT editor.privacyCombo()->activated(editor.privacyCombo()->currentIndex());
        QCOMPARE(asked, 2);
        QCOMPARE(read(otherReports(), id).privacy, Report::Privacy::NoNames);
        QCOMPARE(undo.count(), 1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestRecordVersions)
#include "tst_recordversions.moc"
