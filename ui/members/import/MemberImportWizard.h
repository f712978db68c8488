#pragma once

#include "core/Result.h"
#include "ImportSession.h"

#include <memory>
#include <QWizard>

namespace offkai {

class Database;
class ImportPresetStore;
class MemberImporter;
class MemberTables;
class Workspace;

/// Imports members from a CSV file: file and encoding → delimiter and header row → column mapping (with
/// presets) → duplicates and invalid addresses → import with progress and Cancel → summary and report.
///
/// The import runs in the GUI thread, in one transaction, and keeps the window responsive by processing
/// events from its progress callback; Cancel (the page's button, the wizard's, or closing the window)
/// stops it between rows and rolls everything back.
class MemberImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        FormatPage,
        MappingPage,
        OptionsPage,
        ProgressPage,
        SummaryPage,
    };

    MemberImportWizard(Database &database, MemberTables &members, QWidget *parent = nullptr);
    explicit MemberImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~MemberImportWizard() override;

    ImportSession &session() { return m_session; }
    ImportPresetStore &presets() { return *m_presets; }
    /// The community's join questions, which a form's columns may answer.
    Result<QList<JoinQuestion>> joinQuestions() const;

    /// Reads `path` (whole) and decodes it with the session's encoding.
    Result<void> loadFile(const QString &path);
    /// Decodes the loaded bytes again with `encoding`.
    Result<void> setEncoding(TextDecoding::Encoding encoding);
    /// Parses the decoded text with the session's delimiter (null: detect).
    Result<void> parse();

    /// Whether the session's import is small enough to be undone as one step of the undo history
    /// (MemberImporter::kUndoableRows); a larger one is undone by restoring the copy of the database
    /// runImport() takes before it starts.
    bool isUndoable() const;
    /// Runs the import with the session's table, mapping and options; returns when it is done. An import
    /// that is undoable keeps its changes (the summary's `changes`); any other first copies the database
    /// to its backups (the session's `backupPath`), and imports nothing if that fails.
    void runImport();
    bool isImporting() const { return m_importer != nullptr; }
    void cancelImport();
    Result<void> saveReport(const QString &path) const;

    void reject() override;

Q_SIGNALS:
    /// A large import is about to copy the database to its backups.
    void backingUp();
    void importProgress(int done, int total);
    void importFinished();

private:
    Database &m_database;
    MemberTables &m_members;
    std::unique_ptr<ImportPresetStore> m_presets;
    ImportSession m_session;
    MemberImporter *m_importer = nullptr;
    bool m_closeRequested = false;
};

} // namespace offkai
