#include "RepeatRuleEditor.h"

#include "scheduling/Recurrence.h"
#include "scheduling/RepeatPattern.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace offkai {

namespace {
/// The parts of an RRULE value, names upper-cased: "FREQ=MONTHLY;BYDAY=2TU;COUNT=5".
QStringList partsOf(const QString &rrule)
{
    QStringList parts;
    for (const QString &part : rrule.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        parts.append(name + QLatin1Char('=') + part.section(QLatin1Char('='), 1).trimmed());
    }
    return parts;
}

QString valueOf(const QStringList &parts, QLatin1String name)
{
    for (const QString &part : parts) {
        if (part.section(QLatin1Char('='), 0, 0) == name)
            return part.section(QLatin1Char('='), 1);
    }
    return {};
}

QString withoutEnd(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        const QString name = part.section(QLatin1Char('='), 0, 0);
        if (name != QLatin1String("COUNT") && name != QLatin1String("UNTIL"))
            kept.append(part);
    }
    return kept.join(QLatin1Char(';'));
}
} // namespace

RepeatRuleEditor::RepeatRuleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_repeat = new QComboBox(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setAccessibleName(tr("Repeat"));
    //: followed by the ordinal and the weekday boxes: "Monthly on the [2nd] [Tuesday]"
    m_repeat->addItem(tr("Monthly on the"), int(Kind::MonthlyNth));
    //: followed by the weekday box: "Monthly on the last [Friday]"
    m_repeat->addItem(tr("Monthly on the last"), int(Kind::MonthlyLast));
    //: followed by the weekday box: "Weekly on [Tuesday]"
    m_repeat->addItem(tr("Weekly on"), int(Kind::Weekly));
    //: followed by the weekday box: "Every other week on [Tuesday]"
    m_repeat->addItem(tr("Every other week on"), int(Kind::EveryOtherWeek));
    m_repeat->addItem(tr("Custom (iCalendar RRULE)"), int(Kind::Custom));
    m_ordinal = new QComboBox(this);
    m_ordinal->setObjectName(QStringLiteral("ordinal"));
    m_ordinal->setAccessibleName(tr("Which week of the month"));
    m_ordinal->addItem(tr("1st"), 1);
    m_ordinal->addItem(tr("2nd"), 2);
    m_ordinal->addItem(tr("3rd"), 3);
    m_ordinal->addItem(tr("4th"), 4);
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("weekday"));
    m_weekday->setAccessibleName(tr("Weekday"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_custom = new QLineEdit(this);
    m_custom->setObjectName(QStringLiteral("customRule"));
    m_custom->setPlaceholderText(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
    m_custom->setAccessibleName(tr("Custom repeat rule (iCalendar RRULE)"));
    m_end = new QComboBox(this);
    m_end->setObjectName(QStringLiteral("ends"));
    m_end->addItem(tr("Never"), int(End::Never));
    m_end->addItem(tr("On a date"), int(End::Until));
    m_end->addItem(tr("After a number of times"), int(End::Count));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_until->setAccessibleName(tr("Last date"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 999);
    m_count->setValue(12);
    //: the number of occurrences, as in "12 times"
    m_count->setSuffix(tr(" times"));
    m_count->setAccessibleName(tr("Number of occurrences"));

    auto *endsLabel = new QLabel(tr("&Ends:"), this);
    endsLabel->setBuddy(m_end);
    auto *picker = new QHBoxLayout;
    picker->addWidget(m_repeat);
    picker->addWidget(m_ordinal);
    picker->addWidget(m_weekday);
    picker->addWidget(m_custom, 1);
    picker->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(picker, 0, 0, 1, 4);
    grid->addWidget(endsLabel, 1, 0);
    grid->addWidget(m_end, 1, 1);
    grid->addWidget(m_until, 1, 2);
    grid->addWidget(m_count, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);

    setFirstDate(QDate::currentDate());
    setPattern(RepeatPattern::suggestedFor(QDate::currentDate()));
    const auto emitChanged = [this] {
        updateEnabled();
        Q_EMIT changed();
    };
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        // Custom starts from the rule picked before, to change rather than to type from nothing.
        if (kind() == Kind::Custom && m_custom->text().trimmed().isEmpty() && m_picked) {
            const QSignalBlocker block(m_custom);
            m_custom->setText(m_picked->rrule());
        }
        emitChanged();
    });
    connect(m_ordinal, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_custom, &QLineEdit::textChanged, this, emitChanged);
    connect(m_end, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_until, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_count, &QSpinBox::valueChanged, this, emitChanged);
    updateEnabled();
}

void RepeatRuleEditor::setFirstDate(const QDate &date)
{
    if (!date.isValid() || date == m_firstDate)
        return;
    m_firstDate = date;
    if (m_until->date() < date)
        m_until->setDate(date.addMonths(6));
    m_until->setMinimumDate(date);
    Q_EMIT changed();
}

RepeatRuleEditor::Kind RepeatRuleEditor::kind() const
{
    return Kind(m_repeat->currentData().toInt());
}

void RepeatRuleEditor::setKind(Kind kind)
{
    m_repeat->setCurrentIndex(m_repeat->findData(int(kind)));
    updateEnabled();
}

std::optional<RepeatPattern> RepeatRuleEditor::pattern() const
{
    RepeatPattern pattern;
    switch (kind()) {
    case Kind::MonthlyNth:
        pattern.kind = RepeatPattern::Kind::MonthlyNth;
        break;
    case Kind::MonthlyLast:
        pattern.kind = RepeatPattern::Kind::MonthlyLast;
        break;
    case Kind::Weekly:
        pattern.kind = RepeatPattern::Kind::Weekly;
        break;
    case Kind::EveryOtherWeek:
        pattern.kind = RepeatPattern::Kind::EveryOtherWeek;
        break;
    case Kind::Custom:
        return std::nullopt;
    }
    pattern.nth = m_ordinal->currentData().toInt();
    pattern.dayOfWeek = m_weekday->currentData().toInt();
    if (pattern.kind != RepeatPattern::Kind::MonthlyNth)
        pattern.nth = RepeatPattern().nth; // not shown: not part of the pattern
    return pattern;
}

void RepeatRuleEditor::setPattern(const RepeatPattern &pattern)
{
    const QSignalBlocker blockOrdinal(m_ordinal);
    const QSignalBlocker blockWeekday(m_weekday);
    if (pattern.kind == RepeatPattern::Kind::MonthlyNth)
        m_ordinal->setCurrentIndex(std::max(0, m_ordinal->findData(pattern.nth)));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(pattern.dayOfWeek)));
    switch (pattern.kind) {
    case RepeatPattern::Kind::MonthlyNth:
        setKind(Kind::MonthlyNth);
        break;
    case RepeatPattern::Kind::MonthlyLast:
        setKind(Kind::MonthlyLast);
        break;
    case RepeatPattern::Kind::Weekly:
        setKind(Kind::Weekly);
        break;
    case RepeatPattern::Kind::EveryOtherWeek:
        setKind(Kind::EveryOtherWeek);
        break;
    }
    Q_EMIT changed();
}

QDate RepeatRuleEditor::firstOccurrenceOnOrAfter(const QDate &from) const
{
    const auto picked = pattern();
    return picked ? picked->firstOnOrAfter(from) : from;
}

RepeatRuleEditor::End RepeatRuleEditor::end() const
{
    return End(m_end->currentData().toInt());
}

void RepeatRuleEditor::setEnd(End end)
{
    m_end->setCurrentIndex(m_end->findData(int(end)));
}

QString RepeatRuleEditor::baseRule() const
{
    const auto picked = pattern();
    if (!picked)
        return m_custom->text().trimmed();
    return m_loadedPattern && *m_loadedPattern == *picked ? m_loadedBase : picked->rrule();
}

bool RepeatRuleEditor::customHasEnd() const
{
    const QStringList parts = partsOf(m_custom->text());
    return !valueOf(parts, QLatin1String("COUNT")).isEmpty() ||
           !valueOf(parts, QLatin1String("UNTIL")).isEmpty();
}

void RepeatRuleEditor::setRule(const QString &rrule)
{
    const QStringList parts = partsOf(rrule);
    const QString base = withoutEnd(parts);
    const QString count = valueOf(parts, QLatin1String("COUNT"));
    const QString until = valueOf(parts, QLatin1String("UNTIL"));
    {
        const QSignalBlocker blockEnd(m_end);
        const QSignalBlocker blockUntil(m_until);
        const QSignalBlocker blockCount(m_count);
        if (!count.isEmpty()) {
            setEnd(End::Count);
            m_count->setValue(count.toInt());
        } else if (!until.isEmpty()) {
            setEnd(End::Until);
            m_until->setDate(QDate::fromString(until.left(8), QStringLiteral("yyyyMMdd")));
        } else {
            setEnd(End::Never);
        }
    }
    m_loadedPattern = RepeatPattern::fromRule(base, m_firstDate);
    m_loadedBase = m_loadedPattern ? base : QString();
    const QSignalBlocker blockRepeat(m_repeat);
    const QSignalBlocker blockCustom(m_custom);
    m_custom->setText(m_loadedPattern ? QString() : base);
    if (m_loadedPattern)
        setPattern(*m_loadedPattern);
    else
        setKind(Kind::Custom);
    Q_EMIT changed();
}

QString RepeatRuleEditor::rule() const
{
    if (kind() == Kind::Custom && customHasEnd())
        return m_custom->text().trimmed();
    QString rule = baseRule();
    if (rule.isEmpty())
        return rule;
    switch (end()) {
    case End::Until:
        return Recurrence::withUntil(rule, m_until->date());
    case End::Count:
        return rule + QStringLiteral(";COUNT=%1").arg(m_count->value());
    case End::Never:
        break;
    }
    return rule;
}

void RepeatRuleEditor::updateEnabled()
{
    if (const auto picked = pattern())
        m_picked = picked;
    const bool custom = kind() == Kind::Custom;
    m_custom->setVisible(custom);
    m_ordinal->setVisible(kind() == Kind::MonthlyNth);
    m_weekday->setVisible(!custom);
    const bool endFromRule = custom && customHasEnd();
    m_end->setEnabled(!endFromRule);
    m_end->setToolTip(endFromRule ? tr("The custom rule says when it ends (COUNT or UNTIL).") : QString());
    m_until->setVisible(end() == End::Until);
    m_until->setEnabled(!endFromRule);
    m_count->setVisible(end() == End::Count);
    m_count->setEnabled(!endFromRule);
}

} // namespace offkai
