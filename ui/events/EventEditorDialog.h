#pragma once

#include "core/Result.h"
#include "records/Event.h"
#include "records/RecordLookups.h"
#include "shell/ConflictDialog.h"

#include <functional>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QTimer;
class QLineEdit;

namespace offkai {

class EventForm;
class TimeZoneBox;
class Workspace;

/// Edits every field of one event. OK checks the event with EventStore::validate and hands it to the save
/// handler; a refusal is shown next to the buttons and the dialog stays open with everything typed. When
/// someone else saved the event after it was opened, OK shows both versions (ConflictDialog) and hands the
/// chosen values, over their version, to the save handler.
class EventEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Writes `after` over `before` (the event as it was read: the one given to setEvent(), or after a
    /// conflict their version). Error::Code::Conflict when the event was saved elsewhere meanwhile.
    using SaveHandler = std::function<Result<void>(const Event &before, const Event &after)>;

    EventEditorDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~EventEditorDialog() override;

    /// Fills the form; `event.id` 0 means a new event.
    void setEvent(const Event &event);
    /// The event with the form's values (id and timestamps from setEvent()).
    Event event() const;
    /// Called by OK after validation; an error keeps the dialog open.
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    /// Stands in for the conflict dialog (tests).
    void setConflictResolver(ConflictDialog::Resolver resolver) { m_resolver = std::move(resolver); }

    QString errorText() const;
    void showError(const QString &message);
    /// Clashes with other events at the same venue or by the same online host, one per line; a warning
    /// that does not stop OK. Checked again shortly after the day, venue, format or host change.
    QString conflictText() const;
    void updateConflicts();

    /// A new event on `day` from 19:00 to 21:00 in the system's time zone.
    static Event newEventOn(const QDate &day);
    /// A new event on `day` with the community's defaults (zone, fee, capacity, whether staff take
    /// places; Preferences).
    static Event newEventOn(const QDate &day, Workspace &workspace);

public Q_SLOTS:
    void accept() override;

private:
    void buildForm();
    void updateEnabled();
    void onStartChanged();

    Workspace &m_workspace;
    Event m_original;
    SaveHandler m_save;
    ConflictDialog::Resolver m_resolver;
    QDateTime m_previousStart;

    EventForm *m_form = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_allDay = nullptr;
    QCheckBox *m_noDay = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    TimeZoneBox *m_timeZone = nullptr;
    QDateEdit *m_tentativeFrom = nullptr;
    QDateEdit *m_tentativeTo = nullptr;
    QLineEdit *m_tentativeNote = nullptr;
    QCheckBox *m_staffCount = nullptr;
    QLineEdit *m_linkPolicy = nullptr;
    QLineEdit *m_whatToBring = nullptr;
    QLineEdit *m_howToApply = nullptr;
    QDateEdit *m_applyBy = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_conflicts = nullptr;
    QTimer *m_conflictTimer = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace offkai
