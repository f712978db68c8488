#include "exchange/CsvReader.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/TextDecoding.h"
#include "members/import/MemberImportWizard.h"
#include "members/ImportMembersCommand.h"
#include "members/MembersPage.h"
#include "records/MemberQuery.h"
#include "shell/MainWindow.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/MemberImporter.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// A member import as one step of the undo history, and the backup that stands in for it above
/// MemberImporter::kUndoableRows rows.
class TestMemberImportUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<Error> m_errors;
    int m_file = 0;

    QByteArray dump() const { return test::contentDump(m_workspace->database().connection()); }
    /// Every stored row of every table, as test::contentDump hashes them, but for the search index: its
    /// FTS tables and the normalized search columns are derived from the rows (an update rewrites them,
    /// and FTS keeps its own segment layout), so they are checked by searching instead.
    QStringList records() const
    {
        QStringList out;
        QSqlQuery tables(m_workspace->database().connection());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            if (table.startsWith(QLatin1String("member_search")))
                continue;
            QSqlQuery rows(m_workspace->database().connection());
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
            while (rows.next()) {
                QStringList fields;
                for (int c = 0; c < rows.record().count(); ++c) {
                    const QString name = rows.record().fieldName(c);
                    // A row's version only goes up: putting a member back is a change of the row too.
                    if (!name.endsWith(QLatin1String("_key")) && !name.startsWith(QLatin1String("search_")) &&
                        name != QLatin1String("row_version"))
                        fields.append(name + QLatin1Char('=') + rows.value(c).toString());
                }
                out.append(table + QLatin1String(": ") + fields.join(QLatin1Char('|')));
            }
        }
        return out;
    }
    int found(const QString &text) const
    {
        MemberQuery query;
        query.search = text;
        return *m_workspace->memberList().count(query);
    }
    MemberStore &store() const { return m_workspace->members(); }

    static CsvReader::Table table(const QString &name)
    {
        QFile file(test::testData(QStringLiteral("csv/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        auto decoded = TextDecoding::decode(file.readAll());
        auto read = CsvReader::read(decoded->text);
        if (!read)
            qFatal("unreadable fixture");
        return *read;
    }
    Result<MemberImporter::Summary> import(const CsvReader::Table &t, MemberImporter::Options options)
    {
        MemberImporter importer(m_workspace->database(), m_workspace->memberTables());
        return importer.run(t, MemberCsvMapping::guess(t.records.constFirst().fields), options);
    }
    Result<MemberImporter::Summary> import(const QString &fixture, MemberImporter::Options options = {})
    {
        return import(table(fixture), options);
    }
    static CsvReader::Table generated(int rows, int from = 0)
    {
        CsvReader::Table t;
        t.records.append(
            {1, 1, {QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("メール")}});
        for (int i = from; i < from + rows; ++i)
            t.records.append({i + 2,
                              i + 2,
                              {QStringLiteral("会員 %1").arg(i), QStringLiteral("かいいん %1").arg(i),
                               QStringLiteral("member%1@example.jp").arg(i)}});
        return t;
    }
    QString writeGenerated(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("gen%1.csv").arg(++m_file));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write("氏名,ふりがな,メール\r\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("会員 %1,かいいん %1,member%1@example.jp\r\n").arg(i).toUtf8());
        return path;
    }
    qint64 idWithEmail(const QString &email) const
    {
        const auto ids = store().idsWithEmail(email);
        return ids && !ids->isEmpty() ? ids->constFirst() : 0;
    }
    ImportMembersCommand *command(const MemberImporter::Summary &summary)
    {
        return new ImportMembersCommand(m_workspace->database(), m_workspace->memberTables(), summary.changes,
                                        QStringLiteral("メンバーの取り込み"),
                                        [this](const Error &error) { m_errors.append(error); });
    }
    /// Drives the wizard over `path` to its options page.
    static void toOptionsPage(MemberImportWizard &wizard, const QString &path)
    {
        // Leaving the file field loads the file: that takes the keyboard focus of an active window.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
        QVERIFY(edit);
        edit->setFocus();
        edit->setText(path);
        QTest::keyClick(edit, Qt::Key_Tab);
        for (int page : {MemberImportWizard::FilePage, MemberImportWizard::FormatPage,
                         MemberImportWizard::MappingPage}) {
            QCOMPARE(wizard.currentId(), page);
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            QTRY_VERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QCOMPARE(wizard.currentId(), int(MemberImportWizard::OptionsPage));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_errors.clear();
        m_workspace.reset();
        m_workspace = test::openWorkspace(m_dir.filePath(QStringLiteral("u%1.sqlite").arg(++m_file)));
        QVERIFY(m_workspace);
    }
    void cleanup() { m_workspace.reset(); }

    void undoRemovesTheCreatedAndPutsTheUpdatedBackExactly()
    {
        QVERIFY(import(QStringLiteral("members-ja-utf8.csv")).ok());
        const qint64 hanako = idWithEmail(QStringLiteral("hanako.sato@example.jp"));
        QVERIFY(hanako > 0);
        const Member hanakoBefore = *store().get(hanako);
        // Last changed a while ago: undo must give back that time too, not the time of the undo.
        QSqlQuery backdate(m_workspace->database().connection());
        QVERIFY(backdate.exec(QStringLiteral("UPDATE members SET updated_at = '2020-01-02T03:04:05Z'")));
        const QStringList before = records();
        const int membersBefore = *m_workspace->memberList().count();

        MemberImporter::Options options;
        options.duplicates = MemberImporter::DuplicatePolicy::Update;
        options.keepChanges = true;
        const auto summary = import(QStringLiteral("duplicates.csv"), options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->updated, 1);
        QCOMPARE(summary->changes.created.size(), 1);
        QCOMPARE(summary->changes.before.size(), 1);
        QCOMPARE(summary->changes.after.size(), 1);
        const qint64 created = idWithEmail(QStringLiteral("new@example.com"));
        QVERIFY(created > 0);
        QCOMPARE(store().get(hanako)->displayName, QStringLiteral("Hanako Updated"));
        const QStringList imported = records();
        QVERIFY(imported != before);

        QUndoStack stack;
        stack.push(command(*summary)); // the import is written already: pushing changes nothing
        QCOMPARE(records(), imported);
        QCOMPARE(stack.undoText(), QStringLiteral("メンバーの取り込み"));

        stack.undo();
        QVERIFY(m_errors.isEmpty());
        QVERIFY(!store().get(created).ok());
        const Member hanakoAfterUndo = *store().get(hanako);
        QCOMPARE(hanakoAfterUndo.displayName, hanakoBefore.displayName);
        QCOMPARE(hanakoAfterUndo.affiliation, hanakoBefore.affiliation);
        QCOMPARE(hanakoAfterUndo.tags, hanakoBefore.tags);
        QCOMPARE(hanakoAfterUndo.updatedAt, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(*m_workspace->memberList().count(), membersBefore);
        QCOMPARE(records(), before);
        QCOMPARE(found(QStringLiteral("Hanako Updated")), 0);
        QCOMPARE(found(QStringLiteral("New Person")), 0);
        QCOMPARE(found(QStringLiteral("佐藤")), 1);

        stack.redo();
        QVERIFY(m_errors.isEmpty());
        QCOMPARE(store().get(created)->displayName, QStringLiteral("New Person"));
        QCOMPARE(store().get(hanako)->displayName, QStringLiteral("Hanako Updated"));
        QCOMPARE(records(), imported);
        QCOMPARE(found(QStringLiteral("Hanako Updated")), 1);
        QCOMPARE(found(QStringLiteral("New Person")), 1);

        stack.undo();
        QCOMPARE(records(), before);
    }

    void aFailedUndoChangesNothingAndSaysWhy()
    {
        MemberImporter::Options options;
        options.keepChanges = true;
        const auto summary = import(QStringLiteral("members-ja-utf8.csv"), options);
        QVERIFY(summary.ok());
        QVERIFY(summary->changes.created.size() >= 2);
        const QByteArray imported = dump();
        QVERIFY(test::failWrites(m_workspace->database().connection(), QStringLiteral("DELETE"),
                                 QStringLiteral("members"),
                                 QStringLiteral("OLD.id = %1").arg(summary->changes.created.constLast().id)));
        QUndoStack stack;
        stack.push(command(*summary));
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(dump(), imported);
    }

    void anImportKeepsNoChangesUnlessAsked()
    {
        const auto summary = import(QStringLiteral("members-ja-utf8.csv"));
        QVERIFY(summary.ok());
        QVERIFY(summary->created > 0);
        QVERIFY(summary->changes.isEmpty());
    }

    void undoOfTheLargestUndoableImportIsQuick()
    {
        // What kUndoableRows rests on: undo and redo of an import of that many rows, half of them updates
        // of members already there, in a directory of that many more.
        const int half = int(MemberImporter::kUndoableRows / 2);
        QVERIFY(import(generated(int(MemberImporter::kUndoableRows)), {}).ok());
        MemberImporter::Options options;
        options.duplicates = MemberImporter::DuplicatePolicy::Update;
        options.keepChanges = true;
        QElapsedTimer timer;
        timer.start();
        const auto summary = import(generated(int(MemberImporter::kUndoableRows), half), options);
        const qint64 importMs = timer.restart();
        QVERIFY(summary.ok());
        QCOMPARE(summary->updated, half);
        QCOMPARE(summary->created, int(MemberImporter::kUndoableRows) - half);
        MemberImporter importer(m_workspace->database(), m_workspace->memberTables());
        QVERIFY(importer.revert(summary->changes).ok());
        const qint64 undoMs = timer.restart();
        QVERIFY(importer.reapply(summary->changes).ok());
        const qint64 redoMs = timer.elapsed();
        QCOMPARE(*m_workspace->memberList().count(), int(MemberImporter::kUndoableRows) + summary->created);
        qInfo("%lld rows: import %lld ms, undo %lld ms, redo %lld ms", qint64(MemberImporter::kUndoableRows),
              importMs, undoMs, redoMs);
    }

    void aSmallImportSaysUndoTakesItBack()
    {
        MemberImportWizard wizard(*m_workspace);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        toOptionsPage(wizard, writeGenerated(3));
        QVERIFY(wizard.isUndoable());
        const QString said = wizard.findChild<QLabel *>(QStringLiteral("undoLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("Undo")), qPrintable(said));
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(MemberImportWizard::SummaryPage));
        QVERIFY(wizard.session().result->ok());
        QCOMPARE(wizard.session().result->value().changes.created.size(), 3);
        QVERIFY(wizard.session().backupPath.isEmpty());
        QVERIFY(Backups(m_workspace->database().path()).list().isEmpty());
    }

    void aLargeImportSaysFirstThatTheBackupUndoesIt()
    {
        const int rows = int(MemberImporter::kUndoableRows) + 1;
        const QByteArray before = dump();
        MemberImportWizard wizard(*m_workspace);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        toOptionsPage(wizard, writeGenerated(rows));
        QVERIFY(!wizard.isUndoable());
        // Said on the page with the Import button, before anything is written.
        const QString said = wizard.findChild<QLabel *>(QStringLiteral("undoLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("too many to undo")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("Restore from Backup")));
        QVERIFY(said.contains(QLocale().toString(qint64(MemberImporter::kUndoableRows))));
        QVERIFY(Backups(m_workspace->database().path()).list().isEmpty());

        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(MemberImportWizard::SummaryPage), 60000);
        QVERIFY(wizard.session().result->ok());
        QCOMPARE(wizard.session().result->value().created, rows);
        QVERIFY(wizard.session().result->value().changes.isEmpty());

        const auto copies = Backups(m_workspace->database().path()).list();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.constFirst().kind, Backups::Kind::BeforeImport);
        QCOMPARE(copies.constFirst().path, wizard.session().backupPath);
        // The copy is the database as it was before the import.
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(copies.constFirst().path);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(copy.open());
            QCOMPARE(test::contentDump(copy), before);
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    }

    void theMembersPagePutsTheImportOnTheWindowsUndoStack()
    {
        const QString path = writeGenerated(3);
        m_workspace.reset();
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("window.sqlite"))));
        auto *members = window.page<MembersPage>();
        QVERIFY(members);
        window.showPage(window.pageIndex(members));
        QAction *importAction = nullptr;
        for (QAction *action : members->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Import CSV…"))
                importAction = action;
        }
        QVERIFY(importAction);
        const int stepsBefore = window.undoStack()->count();
        bool imported = false;
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, &imported, &path] {
            auto *wizard = qobject_cast<MemberImportWizard *>(QApplication::activeModalWidget());
            if (!wizard || !wizard->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            // Whatever fails below, the wizard closes, so that the test reports it instead of waiting.
            const auto close = qScopeGuard([wizard] {
                if (wizard->isVisible())
                    wizard->reject();
            });
            toOptionsPage(*wizard, path);
            QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
            QTRY_COMPARE(wizard->currentId(), int(MemberImportWizard::SummaryPage));
            imported = wizard->session().result->ok();
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        });
        timer->start();
        importAction->trigger();
        QVERIFY(imported);
        QUndoStack *stack = window.undoStack();
        QCOMPARE(stack->count(), stepsBefore + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Member Import"));
        MemberList &list = window.workspace()->memberList();
        QCOMPARE(*list.count(), 3);
        stack->undo();
        QCOMPARE(*list.count(), 0);
        stack->redo();
        QCOMPARE(*list.count(), 3);
        QVERIFY(window.workspace()->members().idsWithEmail(QStringLiteral("member2@example.jp"))->size() ==
                1);
    }
};

QTEST_MAIN(TestMemberImportUndo)
#include "tst_memberimportundo.moc"
