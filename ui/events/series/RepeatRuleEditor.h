#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace offkai {

/// The repeat rule of a series as an organizer thinks of it: every week, every other week, monthly on the
/// Nth or the last weekday of the first date, or a custom RFC 5545 RRULE; and when it ends (never, on a
/// date, after a number of occurrences). Produces the RRULE value (without "RRULE:").
class RepeatRuleEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Weekly,
        EveryOtherWeek,
        MonthlyNth,
        MonthlyLast,
        Custom
    };
    enum class End
    {
        Never,
        Until,
        Count
    };

    explicit RepeatRuleEditor(QWidget *parent = nullptr);

    /// The first occurrence's date: the weekday and ordinal the choices offer.
    void setFirstDate(const QDate &date);
    QDate firstDate() const { return m_firstDate; }
    /// Shows `rrule`: a rule the choices make selects that choice, anything else is Custom.
    void setRule(const QString &rrule);
    QString rule() const;

    Kind kind() const;
    void setKind(Kind kind);
    End end() const;
    void setEnd(End end);

    QComboBox *repeatBox() const { return m_repeat; }
    QComboBox *endBox() const { return m_end; }
    QLineEdit *customEdit() const { return m_custom; }
    QDateEdit *untilEdit() const { return m_until; }
    QSpinBox *countBox() const { return m_count; }

Q_SIGNALS:
    void changed();

private:
    void fillChoices();
    void updateEnabled();
    QString baseRule(Kind kind) const;
    bool customHasEnd() const;

    QDate m_firstDate;
    QComboBox *m_repeat = nullptr;
    QLineEdit *m_custom = nullptr;
    QComboBox *m_end = nullptr;
    QDateEdit *m_until = nullptr;
    QSpinBox *m_count = nullptr;
};

} // namespace offkai
