#include "MonthModel.h"

#include <algorithm>
#include <numeric>

namespace offkai {

namespace {
constexpr int kDays = MonthModel::Weeks * MonthModel::DaysPerWeek;
const QString kFallbackColor = QStringLiteral("#78909c");
} // namespace

MonthModel::MonthModel(EventStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    m_days.resize(kDays);
    loadTypes();
    connect(&m_store, &EventStore::eventInserted, this, &MonthModel::reload);
    connect(&m_store, &EventStore::eventUpdated, this, &MonthModel::reload);
    connect(&m_store, &EventStore::eventRemoved, this, &MonthModel::reload);
    connect(&m_store, &EventStore::typesChanged, this, [this] {
        loadTypes();
        emitAllChanged();
    });
    const QDate today = m_today;
    setMonth(today.year(), today.month());
}

int MonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Weeks;
}

int MonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DaysPerWeek;
}

QDate MonthModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_first.addDays(index.row() * DaysPerWeek + index.column());
}

QModelIndex MonthModel::indexOf(const QDate &date) const
{
    const qint64 offset = m_first.daysTo(date);
    if (!date.isValid() || offset < 0 || offset >= kDays)
        return {};
    return index(int(offset / DaysPerWeek), int(offset % DaysPerWeek));
}

QList<MonthChip> MonthModel::chipsOn(const QDate &date) const
{
    QList<MonthChip> chips;
    const qint64 offset = m_first.daysTo(date);
    if (!date.isValid() || offset < 0 || offset >= kDays)
        return chips;
    const int column = int(offset % DaysPerWeek);
    const QList<int> &day = m_days.at(offset);
    chips.reserve(day.size());
    for (int i : day) {
        const EventSummary &e = m_events.at(i);
        MonthChip chip;
        chip.event = e;
        chip.color = colorOf(e.type);
        chip.tentativeRange = !e.hasDay();
        int before = 0;
        while (column - before > 0 && m_days.at(offset - before - 1).contains(i))
            ++before;
        int after = 0;
        while (column + after < DaysPerWeek - 1 && m_days.at(offset + after + 1).contains(i))
            ++after;
        chip.continuesBefore = before > 0;
        chip.continuesAfter = after > 0;
        chip.segmentDay = before;
        chip.segmentDays = before + 1 + after;
        chips.append(chip);
    }
    return chips;
}

QVariant MonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int offset = index.row() * DaysPerWeek + index.column();
    const QDate date = m_first.addDays(offset);
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(date.day());
    case DateRole:
        return date;
    case InMonthRole:
        return date.year() == m_year && date.month() == m_month;
    case IsTodayRole:
        return date == m_today;
    case HolidayRole:
        return m_holidays ? m_holidays(date) : QString();
    case WeekendRole: {
        const int weekday = date.dayOfWeek();
        return weekday >= 6 ? weekday : 0;
    }
    case EventsRole: {
        QList<qint64> ids;
        for (int i : m_days.at(offset)) {
            if (!m_events.at(i).planned)
                ids.append(m_events.at(i).id);
        }
        return QVariant::fromValue(ids);
    }
    case ChipsRole:
        return QVariant::fromValue(chipsOn(date));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines{m_locale.toString(date, QLocale::LongFormat)};
        if (m_holidays) {
            if (const QString holiday = m_holidays(date); !holiday.isEmpty())
                lines.append(holiday);
        }
        for (int i : m_days.at(offset)) {
            const EventSummary &e = m_events.at(i);
            QString line = e.title;
            if (!e.hasDay()) {
                line = tr("%1 (no fixed day yet)").arg(e.title);
                if (!e.tentativeNote.isEmpty())
                    line += QStringLiteral(": ") + e.tentativeNote;
            } else if (!e.allDay && e.start.date() == date) {
                line = m_locale.toString(e.start.time(), QLocale::ShortFormat) + QLatin1Char(' ') + e.title;
            }
            if (e.status == Event::Status::Cancelled)
                line = tr("%1 (cancelled)").arg(line);
            else if (e.planned)
                line = tr("%1 (planned in a series, not confirmed yet)").arg(line);
            lines.append(line);
        }
        if (role == Qt::AccessibleTextRole && m_days.at(offset).isEmpty())
            lines.append(tr("No events"));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant MonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= DaysPerWeek)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int weekday = (int(m_locale.firstDayOfWeek()) - 1 + section) % DaysPerWeek + 1;
    switch (role) {
    case Qt::DisplayRole:
        return m_locale.dayName(weekday, QLocale::ShortFormat);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return m_locale.dayName(weekday, QLocale::LongFormat);
    case WeekendRole:
        return weekday >= 6 ? weekday : 0;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return {};
    }
}

Qt::ItemFlags MonthModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> MonthModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DateRole, QByteArrayLiteral("date"));
    names.insert(EventsRole, QByteArrayLiteral("events"));
    names.insert(ChipsRole, QByteArrayLiteral("chips"));
    names.insert(InMonthRole, QByteArrayLiteral("inMonth"));
    names.insert(IsTodayRole, QByteArrayLiteral("isToday"));
    names.insert(HolidayRole, QByteArrayLiteral("holiday"));
    names.insert(WeekendRole, QByteArrayLiteral("weekend"));
    return names;
}

void MonthModel::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    beginResetModel();
    m_year = year;
    m_month = month;
    const int back = (first.dayOfWeek() - int(m_locale.firstDayOfWeek()) + DaysPerWeek) % DaysPerWeek;
    m_first = first.addDays(-back);
    load();
    endResetModel();
}

void MonthModel::stepMonth(int delta)
{
    const QDate next = QDate(m_year, m_month, 1).addMonths(delta);
    setMonth(next.year(), next.month());
}

void MonthModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_year != 0)
        setMonth(m_year, m_month);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, DaysPerWeek - 1);
}

void MonthModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    emitAllChanged();
}

void MonthModel::setHolidayLookup(std::function<QString(const QDate &)> lookup)
{
    m_holidays = std::move(lookup);
    emitAllChanged();
}

void MonthModel::reload()
{
    load();
    emitAllChanged();
}

void MonthModel::emitAllChanged()
{
    if (m_year != 0)
        Q_EMIT dataChanged(index(0, 0), index(Weeks - 1, DaysPerWeek - 1));
}

void MonthModel::load()
{
    for (QList<int> &day : m_days)
        day.clear();
    m_events.clear();
    const QDate last = lastDay();
    auto events = m_store.between(m_first, last);
    if (!events) {
        m_lastError = events.error();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    m_events = std::move(events).value();
    if (m_planned) {
        auto planned = m_planned(m_first, last);
        if (!planned) {
            m_lastError = planned.error();
            Q_EMIT errorOccurred(m_lastError);
        } else {
            m_events.append(*planned);
        }
    }

    // Days are computed once per event (a zoned QDateTime converts on every call).
    struct Span
    {
        int first;
        int last;
        bool spans;
        qint64 startMs;
        int index;
    };
    QList<Span> spans;
    spans.reserve(m_events.size());
    for (int i = 0; i < m_events.size(); ++i) {
        const EventSummary &e = m_events.at(i);
        const QDate firstDay = e.firstDay();
        QDate lastDay = e.lastDay();
        if (!lastDay.isValid() || lastDay < firstDay)
            lastDay = firstDay;
        if (!firstDay.isValid() || lastDay < m_first || firstDay > last)
            continue;
        const int a = int(qMax<qint64>(0, m_first.daysTo(firstDay)));
        const int b = int(qMin<qint64>(kDays - 1, m_first.daysTo(lastDay)));
        const bool isSpan = !e.hasDay() || e.allDay || firstDay != lastDay;
        spans.append({a, b, isSpan, e.hasDay() ? e.start.toMSecsSinceEpoch() : 0, i});
    }
    // Chip order in every day: spanning events first (by first day, longest first), so that their bars
    // line up from day to day, then the day's timed events by start.
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) {
        if (x.spans != y.spans)
            return x.spans;
        if (x.spans) {
            if (x.first != y.first)
                return x.first < y.first;
            if (x.last != y.last)
                return x.last > y.last;
        } else if (x.startMs != y.startMs) {
            return x.startMs < y.startMs;
        }
        return x.index < y.index;
    });
    for (const Span &span : std::as_const(spans)) {
        for (int day = span.first; day <= span.last; ++day)
            m_days[day].append(span.index);
    }
}

void MonthModel::setPlannedSource(LineSource source)
{
    m_planned = std::move(source);
    if (m_year != 0)
        reload();
}

void MonthModel::loadTypes()
{
    m_colors.clear();
    auto types = m_store.types();
    if (!types) {
        m_lastError = types.error();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    for (const EventType &type : std::as_const(*types))
        m_colors.insert(type.key, type.color);
}

QString MonthModel::colorOf(const QString &type) const
{
    return m_colors.value(type, kFallbackColor);
}

} // namespace offkai
