#pragma once

#include "core/Error.h"
#include "records/FieldConflict.h"

#include <functional>
#include <optional>
#include <QDialog>
#include <QHash>
#include <QSet>

class QButtonGroup;
class QPushButton;

namespace offkai {

/// Shown when saving a record (a member, a venue, an event, a report) whose row somebody else saved after
/// the form was opened (another window, another organizer on the team database). Lists each field where
/// the two versions differ, their value beside mine, one choice per field; Save Chosen Values writes the
/// chosen values over their version. Keep Editing writes nothing and leaves the form as typed.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /// What a save asks when it meets a conflict: the keys of the fields that keep my value, or nothing to
    /// keep editing. ask() shows this dialog; tests stand in for it.
    using Resolver = std::function<std::optional<QSet<QString>>(const FieldConflict &)>;

    explicit ConflictDialog(FieldConflict conflict, QWidget *parent = nullptr);

    const FieldConflict &conflict() const { return m_conflict; }
    /// The keys of the fields whose chosen value is mine.
    QSet<QString> keptMine() const;
    /// Chooses mine (true) or theirs for the field `key`.
    void choose(const QString &key, bool mine);
    /// Whether mine is chosen for `key`.
    bool keepsMine(const QString &key) const;
    QPushButton *saveButton() const { return m_save; }

    /// Shows the dialog over `parent`: the fields that keep my value, or nothing for Keep Editing.
    static std::optional<QSet<QString>> ask(const FieldConflict &conflict, QWidget *parent);
    /// The error of a save that met a new conflict each time it tried (others saving the record again and
    /// again while the dialog was open); `name` names the record.
    static Error keepsChanging(const QString &name);

private:
    QWidget *buildRows();
    void chooseAll(bool mine);

    FieldConflict m_conflict;
    QHash<QString, QButtonGroup *> m_choices;
    QPushButton *m_save = nullptr;
};

} // namespace offkai
