#pragma once

#include "records/Member.h"
#include "workflows/ParticipantImporter.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace offkai {

class ParticipantImportModel;
class Workspace;

/// Calendar › Import Participants…: a participant file from connpass, Peatix, Doorkeeper or Zoom into one
/// event. The first step previews every row (what the file says and which member it matched, how), the
/// file's warnings and the columns it has no place for; when rows are uncertain, a review step lets the
/// organizer pick the member, create one, or skip, and remember the user name as the member's account.
/// Nothing is written before Import; the import is then one undoable step.
class ParticipantImportDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipantImportDialog(Workspace &workspace, qint64 eventId, QUndoStack *undoStack,
                            QWidget *parent = nullptr);

    /// Reads and matches the file at `path` (as Browse… does).
    void setFile(const QString &path);
    /// The preview's model, the review table and the two steps, for tests and screenshots.
    ParticipantImportModel *model() const { return m_model; }
    QTableWidget *reviewTable() const { return m_review; }
    QComboBox *sourceBox() const { return m_source; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *importButton() const { return m_import; }
    bool isReviewShown() const;
    void showReview();
    void showPreview();
    /// What the last import wrote (for tests).
    const ParticipantImporter::Counts &lastCounts() const { return m_counts; }

    /// Imports the plan as reviewed. Returns false (and says why) when nothing was written.
    bool importNow();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void browse();
    void reload();
    void fillReview();
    void reviewChanged(int tableRow);
    void updateSummary();
    void updateButtons();

    Workspace &m_workspace;
    qint64 m_eventId;
    QUndoStack *m_undoStack;
    QString m_path;
    bool m_loaded = false;
    ParticipantImporter::Counts m_counts;
    QList<int> m_reviewRows;         ///< plan row of each review table row
    QHash<qint64, Member> m_members; ///< the members the rows matched or could be

    QLabel *m_event;
    QLineEdit *m_file;
    QComboBox *m_source;
    QLabel *m_summary;
    QLabel *m_notice;
    QStackedWidget *m_steps;
    QTableView *m_preview;
    QTableWidget *m_review;
    ParticipantImportModel *m_model;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
};

} // namespace offkai
