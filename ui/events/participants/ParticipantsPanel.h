#pragma once

#include "core/Result.h"

#include <functional>

#include <QWidget>

class QLabel;
class QMenu;
class QTableView;
class QUndoStack;

namespace offkai {

class MemberPicker;
class ParticipantImportDialog;
class ParticipantTableModel;
class Workspace;

/// The people of one event: the participant list with roles, answers and payments, headcount against
/// capacity, check-in at the door from the keyboard, walk-ins, attendance after the fact, and bill
/// splitting. Every change is undoable.
class ParticipantsPanel : public QWidget
{
    Q_OBJECT
public:
    ParticipantsPanel(Workspace &workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Shows event `eventId` (0: none).
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    /// Puts the keyboard focus in the check-in field.
    void focusCheckIn();

    MemberPicker *checkInPicker() const { return m_checkIn; }
    MemberPicker *addPicker() const { return m_add; }
    QTableView *table() const { return m_table; }
    ParticipantTableModel *model() const { return m_model; }

    /// The actions, for tests and menus.
    void checkIn(qint64 memberId);
    void addWalkIn(const QString &name);
    void addMember(qint64 memberId);
    void setAttended(const QList<qint64> &memberIds, bool attended);
    void setRsvp(const QList<qint64> &memberIds, int rsvp);
    void setRole(const QList<qint64> &memberIds, int role);
    void splitBill();
    /// Opens the participant import for the event (with `path` chosen, when given); null without an event.
    ParticipantImportDialog *importParticipants(const QString &path = {});
    void recordPayment();
    void removeSelected();
    QList<qint64> selectedMembers() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void change(const QString &text, const std::function<Result<void>()> &work);
    /// One undoable change applied to each member; reports who moved up from the waitlist.
    void changeEach(const QList<qint64> &memberIds, const QString &text,
                    const std::function<Result<QList<qint64>>(qint64)> &changeOne);
    void showError(const Error &error);
    void updateHeadcount();
    /// Columns fitted to the rows, the name giving way first when the panel is narrow.
    void fitColumns();
    void showContextMenu(const QPoint &pos);
    QString namesOf(const QList<qint64> &memberIds) const;

    Workspace &m_workspace;
    QUndoStack *m_undoStack;
    qint64 m_eventId = 0;
    QLabel *m_title;
    QLabel *m_headcount;
    MemberPicker *m_checkIn;
    MemberPicker *m_add;
    QTableView *m_table;
    ParticipantTableModel *m_model;
    QMenu *m_menu;
    bool m_fitColumns = false; ///< the list was empty before the model's reset
};

} // namespace offkai
