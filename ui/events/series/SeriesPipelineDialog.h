#pragma once

#include "core/Error.h"

#include <functional>
#include <memory>
#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace offkai {

class CandidateTableModel;
class SeriesEditorDialog;
class SlotSpeakerDialog;
class Workspace;

/// The pipeline of upcoming talks: for the chosen series, its next candidate dates, free or taken by a
/// speaker. Slot a speaker into the first free date, move one who declines to the next free date, remove a
/// speaker, confirm a date as a real event, edit the series or create one. Every change is pushed on the
/// undo stack it is given (the app's), so Ctrl+Z undoes it.
class SeriesPipelineDialog : public QDialog
{
    Q_OBJECT
public:
    SeriesPipelineDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~SeriesPipelineDialog() override;

    /// Selects series `id` in the selector (0 or an unknown id: the first series).
    void showSeries(qint64 id);
    qint64 currentSeriesId() const;
    /// The first day the candidates are listed from; today unless set.
    void setFrom(const QDate &from);

    CandidateTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;
    /// Selects the candidate whose rule date is `occurrenceDate`; false when it is not listed.
    bool selectCandidate(const QDate &occurrenceDate);
    QDate selectedDate() const;

    /// Opens the speaker dialog (window-modal, not blocking); OK slots the speaker.
    SlotSpeakerDialog *openSlotDialog();
    /// Opens the editor for the current series, or for a new one; OK pushes the change.
    SeriesEditorDialog *openEditor(bool newSeries);

    /// Slots `memberId` into the first free date on or after the selected free candidate (or from()).
    /// Returns the date, invalid when it failed (the status line says why).
    QDate slotSpeaker(qint64 memberId, const QString &topic);
    QDate declineSelected();
    void removeSelectedSpeaker();
    void confirmSelected();

Q_SIGNALS:
    /// A change was refused by the store; the status line shows it too.
    void errorOccurred(const offkai::Error &error);

private:
    void buildUi();
    void reloadSeries();
    void showCurrent();
    void updateButtons();
    void setStatus(const QString &text, bool isError = false);
    QString whenOf(const QDate &occurrenceDate) const;
    std::function<void(const Error &)> errorHandler(const std::shared_ptr<bool> &failed);
    /// Where a command's errors after its first run go: this dialog's status line, or the window's message
    /// box once the dialog is closed.
    std::function<void(const Error &)> laterErrors();

    Workspace &m_workspace;
    QUndoStack &m_undo;
    CandidateTableModel *m_model = nullptr;
    QComboBox *m_seriesBox = nullptr;
    QSpinBox *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newSeries = nullptr;
    QPushButton *m_editSeries = nullptr;
    QPushButton *m_slot = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace offkai
