#pragma once

#include <optional>
#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QRadioButton;

namespace offkai {

/// Asks which occurrences of a series a change applies to, when the organizer edits, moves or deletes one
/// occurrence on the calendar: only this one, this and the following ones, or all of them.
class OccurrenceScopeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope
    {
        ThisOccurrence,
        ThisAndFollowing,
        AllOccurrences
    };

    /// `isFirst`: the occurrence is the series' first, where "this and following" means all of them and is
    /// not offered.
    OccurrenceScopeDialog(const QString &seriesTitle, const QDate &occurrenceDate, bool isFirst,
                          QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    QRadioButton *button(Scope scope) const;

    /// Shows the dialog modally; nullopt when the organizer cancels.
    static std::optional<Scope> ask(const QString &seriesTitle, const QDate &occurrenceDate, bool isFirst,
                                    QWidget *parent);

private:
    QRadioButton *m_this = nullptr;
    QRadioButton *m_following = nullptr;
    QRadioButton *m_all = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace offkai
