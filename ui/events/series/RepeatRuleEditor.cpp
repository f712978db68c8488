#include "RepeatRuleEditor.h"

#include "scheduling/Recurrence.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
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
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_repeat, 0, 0, 1, 2);
    grid->addWidget(m_custom, 0, 2, 1, 2);
    grid->addWidget(endsLabel, 1, 0);
    grid->addWidget(m_end, 1, 1);
    grid->addWidget(m_until, 1, 2);
    grid->addWidget(m_count, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);

    setFirstDate(QDate::currentDate());
    const auto emitChanged = [this] {
        updateEnabled();
        Q_EMIT changed();
    };
    connect(m_repeat, &QComboBox::currentIndexChanged, this, emitChanged);
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
    const Kind previous = m_repeat->count() > 0 ? kind() : Kind::Weekly;
    m_firstDate = date;
    fillChoices();
    setKind(previous);
    if (m_until->date() < date)
        m_until->setDate(date.addMonths(6));
    m_until->setMinimumDate(date);
    Q_EMIT changed();
}

void RepeatRuleEditor::fillChoices()
{
    const QSignalBlocker blocker(m_repeat);
    m_repeat->clear();
    const QString weekday = QLocale().dayName(m_firstDate.dayOfWeek(), QLocale::LongFormat);
    m_repeat->addItem(tr("Every week on %1").arg(weekday), int(Kind::Weekly));
    m_repeat->addItem(tr("Every other week on %1").arg(weekday), int(Kind::EveryOtherWeek));
    switch (Recurrence::weekdayOrdinal(m_firstDate)) {
    case 1:
        m_repeat->addItem(tr("Monthly on the 1st %1").arg(weekday), int(Kind::MonthlyNth));
        break;
    case 2:
        m_repeat->addItem(tr("Monthly on the 2nd %1").arg(weekday), int(Kind::MonthlyNth));
        break;
    case 3:
        m_repeat->addItem(tr("Monthly on the 3rd %1").arg(weekday), int(Kind::MonthlyNth));
        break;
    case 4:
        m_repeat->addItem(tr("Monthly on the 4th %1").arg(weekday), int(Kind::MonthlyNth));
        break;
    default:
        break; // a 5th weekday is not in every month: "last" says what is meant
    }
    if (m_firstDate.addDays(7).month() != m_firstDate.month())
        m_repeat->addItem(tr("Monthly on the last %1").arg(weekday), int(Kind::MonthlyLast));
    m_repeat->addItem(tr("Custom (iCalendar RRULE)"), int(Kind::Custom));
}

RepeatRuleEditor::Kind RepeatRuleEditor::kind() const
{
    return Kind(m_repeat->currentData().toInt());
}

void RepeatRuleEditor::setKind(Kind kind)
{
    int index = m_repeat->findData(int(kind));
    // A first date moved off the month's last week has no "last" choice, one in its 5th week no "Nth": the
    // monthly rule follows the date.
    if (index < 0 && kind == Kind::MonthlyLast)
        index = m_repeat->findData(int(Kind::MonthlyNth));
    else if (index < 0 && kind == Kind::MonthlyNth)
        index = m_repeat->findData(int(Kind::MonthlyLast));
    if (index < 0)
        index = m_repeat->findData(int(Kind::Custom));
    m_repeat->setCurrentIndex(index);
    updateEnabled();
}

RepeatRuleEditor::End RepeatRuleEditor::end() const
{
    return End(m_end->currentData().toInt());
}

void RepeatRuleEditor::setEnd(End end)
{
    m_end->setCurrentIndex(m_end->findData(int(end)));
}

QString RepeatRuleEditor::baseRule(Kind kind) const
{
    switch (kind) {
    case Kind::Weekly:
        return Recurrence::weekly(1);
    case Kind::EveryOtherWeek:
        return Recurrence::weekly(2);
    case Kind::MonthlyNth:
        return Recurrence::monthlyByWeekday(m_firstDate, Recurrence::weekdayOrdinal(m_firstDate));
    case Kind::MonthlyLast:
        return Recurrence::monthlyByWeekday(m_firstDate, -1);
    case Kind::Custom:
        break;
    }
    return m_custom->text().trimmed();
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
    Kind found = Kind::Custom;
    for (Kind k : {Kind::Weekly, Kind::EveryOtherWeek, Kind::MonthlyNth, Kind::MonthlyLast}) {
        if (m_repeat->findData(int(k)) >= 0 && baseRule(k) == base)
            found = k;
    }
    const QSignalBlocker blockRepeat(m_repeat);
    const QSignalBlocker blockCustom(m_custom);
    m_custom->setText(found == Kind::Custom ? base : QString());
    setKind(found);
    Q_EMIT changed();
}

QString RepeatRuleEditor::rule() const
{
    if (kind() == Kind::Custom && customHasEnd())
        return m_custom->text().trimmed();
    QString rule = baseRule(kind());
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
    const bool custom = kind() == Kind::Custom;
    m_custom->setVisible(custom);
    const bool endFromRule = custom && customHasEnd();
    m_end->setEnabled(!endFromRule);
    m_end->setToolTip(endFromRule ? tr("The custom rule says when it ends (COUNT or UNTIL).") : QString());
    m_until->setVisible(end() == End::Until);
    m_until->setEnabled(!endFromRule);
    m_count->setVisible(end() == End::Count);
    m_count->setEnabled(!endFromRule);
}

} // namespace offkai
