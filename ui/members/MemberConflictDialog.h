#pragma once

#include "records/MemberConflict.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace offkai {

/// Shown when saving a member whose row somebody else saved after the form was opened (another window,
/// another organizer on the team database). Lists each field where the two versions differ, their value
/// beside mine, one choice per field; Save writes the chosen values over their version. Cancel writes
/// nothing and leaves the form as typed.
class MemberConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberConflictDialog(MemberConflict conflict, QWidget *parent = nullptr);

    /// Their row with the chosen values: what Save writes.
    Member merged() const;
    /// Chooses mine (true) or theirs for the field `key` (a MemberFields key).
    void choose(const QString &key, bool mine);
    /// Whether mine is chosen for `key`.
    bool keepsMine(const QString &key) const;
    QPushButton *saveButton() const { return m_save; }

private:
    QWidget *buildRows();
    void chooseAll(bool mine);

    MemberConflict m_conflict;
    QHash<QString, QButtonGroup *> m_choices;
    QPushButton *m_save = nullptr;
};

} // namespace offkai
