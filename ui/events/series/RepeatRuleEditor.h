#pragma once

#include "scheduling/RepeatPattern.h"

#include <optional>
#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace offkai {

/// The repeat rule of a series, picked explicitly as an organizer says it: monthly on the [2nd] [Tuesday]
/// ("毎月 第[2] [火曜日]"), monthly on the last [Friday], weekly or every other week on a weekday, or a
/// custom RFC 5545 RRULE; and when it ends (never, on a date, after a number of occurrences). The rule does
/// not follow the first date: the series starts on the first day on or after it that the rule gives
/// (firstOccurrenceOnOrAfter()). Produces the RRULE value (without "RRULE:") through RepeatPattern.
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

    /// The date the series starts from: the earliest last date, and the weekday of a weekly rule read
    /// without one. It does not change the picked rule.
    void setFirstDate(const QDate &date);
    QDate firstDate() const { return m_firstDate; }
    /// Shows `rrule`: a rule the picker can say selects it, anything else is Custom.
    void setRule(const QString &rrule);
    QString rule() const;

    Kind kind() const;
    void setKind(Kind kind);
    /// The picked pattern; nothing for a custom rule.
    std::optional<RepeatPattern> pattern() const;
    void setPattern(const RepeatPattern &pattern);
    /// The first day on or after `from` the rule gives; `from` itself for a custom rule.
    QDate firstOccurrenceOnOrAfter(const QDate &from) const;
    End end() const;
    void setEnd(End end);

    QComboBox *repeatBox() const { return m_repeat; }
    QComboBox *ordinalBox() const { return m_ordinal; }
    QComboBox *weekdayBox() const { return m_weekday; }
    QComboBox *endBox() const { return m_end; }
    QLineEdit *customEdit() const { return m_custom; }
    QDateEdit *untilEdit() const { return m_until; }
    QSpinBox *countBox() const { return m_count; }

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();
    QString baseRule() const;
    bool customHasEnd() const;

    QDate m_firstDate;
    /// The rule as loaded, without its end, and the pattern it was read as: written back unchanged while
    /// the picker still says the same ("FREQ=WEEKLY" stays without a BYDAY it did not have).
    QString m_loadedBase;
    std::optional<RepeatPattern> m_loadedPattern;
    /// The pattern last picked, for a switch to Custom.
    std::optional<RepeatPattern> m_picked;
    QComboBox *m_repeat = nullptr;
    QComboBox *m_ordinal = nullptr;
    QComboBox *m_weekday = nullptr;
    QLineEdit *m_custom = nullptr;
    QComboBox *m_end = nullptr;
    QDateEdit *m_until = nullptr;
    QSpinBox *m_count = nullptr;
};

} // namespace offkai
