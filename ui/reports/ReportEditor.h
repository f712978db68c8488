#pragma once

#include "core/Error.h"
#include "records/Report.h"
#include "ReportTextEdit.h"
#include "shell/CommandErrors.h"
#include "shell/ConflictDialog.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QUndoStack;

namespace offkai {

class ReportAutosaver;
class ReportPhotoStrip;
class ReportPreview;
class Workspace;

/// Edits one report: Markdown on the left (ReportTextEdit: the generated blocks shown as labelled,
/// read-only regions), the md4c preview on the right, settings above, photos below, and a line with the
/// character count (and the word count, except for Japanese text) and when it was last saved. Title and text
/// are autosaved as the author types; settings changes are undoable commands. Both go over the version of
/// the report the editor was opened on: when somebody else changed it since, the conflict dialog shows
/// their value beside the author's in each field that differs (ConflictDialog).
class ReportEditor : public QWidget
{
    Q_OBJECT
public:
    ReportEditor(Workspace &workspace, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReportEditor() override;

    /// Shows report `id` (0 for none), saving the one shown before.
    void setReport(qint64 id);
    qint64 reportId() const { return m_report.id; }
    /// Saves what is typed now. False when it could not be saved (the error was shown), or when somebody
    /// else changed the report and the author chose to keep editing.
    bool commitPendingEdits();
    /// Saves the title, text and settings as typed; on a conflict, asks which values to keep. False when
    /// nothing was saved (the form keeps what was typed).
    bool saveAll();
    /// The author chose to keep editing over a change made elsewhere, and nothing has been saved since.
    bool hasUnresolvedConflict() const { return m_unresolved; }
    /// Stands in for the conflict dialog (tests).
    void setConflictResolver(ConflictDialog::Resolver resolver) { m_resolver = std::move(resolver); }
    /// Re-fills the generated blocks from the current data, leaving the author's text alone. The change
    /// is one step of the text's undo.
    void refreshGeneratedBlocks();
    /// Inserts Markdown at the cursor (a photo link).
    void insertMarkdown(const QString &markdown);

    QPlainTextEdit *textEdit() const { return m_text; }
    ReportTextEdit *markdownEdit() const { return m_text; }
    QLineEdit *titleEdit() const { return m_title; }
    ReportPreview *preview() const { return m_preview; }
    ReportPhotoStrip *photoStrip() const { return m_photos; }
    QComboBox *privacyCombo() const { return m_privacy; }
    QLabel *countLabel() const { return m_counts; }
    ReportAutosaver *autosaver() const { return m_autosaver; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);
    void statusMessage(const QString &message);

private:
    void load();
    void fillAuthors();
    void textChanged();
    void updatePreview();
    void updateCounts();
    void settingsChanged();
    void onStoreUpdated(qint64 id);
    /// The report as the form shows it: title, text and settings.
    Report typed() const;
    /// Takes `saved`, written by saveAll() from what was typed (`mine`), as the report's stored state.
    void synced(const Report &saved, const Report &mine);

    Workspace &m_workspace;
    QUndoStack *m_undoStack;
    Report m_report;
    /// The report as last read or written by this editor (with the version it works from): what the
    /// author's edits started from, for the conflict dialog.
    Report m_base;
    ConflictDialog::Resolver m_resolver;
    bool m_unresolved = false;
    CommandErrors m_commandErrors{[this](const Error &e) {
        Q_EMIT errorOccurred(e);
    }};
    bool m_loading = false;
    QLineEdit *m_title;
    QLabel *m_event;
    QComboBox *m_author;
    QComboBox *m_privacy;
    QLineEdit *m_tags;
    QSplitter *m_splitter;
    ReportTextEdit *m_text;
    ReportPreview *m_preview;
    ReportPhotoStrip *m_photos;
    QLabel *m_counts;
    QLabel *m_saved;
    ReportAutosaver *m_autosaver;
    QTimer m_previewTimer;
};

} // namespace offkai
