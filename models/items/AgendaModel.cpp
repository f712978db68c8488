#include "AgendaModel.h"

#include "reports/HeadcountText.h"
#include "stores/ParticipationStore.h"

#include <algorithm>

namespace offkai {

namespace {
bool writesLikeJapanese(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese || locale.language() == QLocale::Chinese;
}

QString rangeDash(const QLocale &locale)
{
    return writesLikeJapanese(locale) ? QStringLiteral("〜") : QStringLiteral(" – ");
}

QDate lastDayOf(const EventSummary &event)
{
    const QDate first = event.firstDay();
    const QDate last = event.lastDay();
    return last.isValid() && last >= first ? last : first;
}
} // namespace

AgendaModel::AgendaModel(EventStore &store, ParticipationStore *participations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(&m_store, &EventStore::eventInserted, this, &AgendaModel::onInserted);
    connect(&m_store, &EventStore::eventUpdated, this, &AgendaModel::onUpdated);
    connect(&m_store, &EventStore::eventRemoved, this, &AgendaModel::onRemoved);
    connect(&m_store, &EventStore::typesChanged, this, [this] {
        loadTypes();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    if (participations)
        connect(participations, &ParticipationStore::changed, this, &AgendaModel::onUpdated);
    loadTypes();
    reload();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::shortDateText(const QDate &date, const QLocale &locale)
{
    if (writesLikeJapanese(locale))
        return Event::dateText(date, locale);
    // The locale's long format with abbreviated names: "Thu, Aug 29, 2013", "Thu 29 Aug 2013".
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(QStringLiteral("dddd"), QStringLiteral("ddd"))
        .replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return locale.toString(date, format);
}

QString AgendaModel::dateRangeText(const QDate &from, const QDate &to, const QLocale &locale)
{
    if (!from.isValid())
        return {};
    if (!to.isValid() || to <= from)
        return shortDateText(from, locale);
    if (from.day() == 1 && to.day() == to.daysInMonth() && from.year() == to.year() &&
        from.month() == to.month()) {
        if (writesLikeJapanese(locale))
            return QStringLiteral("%1年%2月").arg(from.year()).arg(from.month());
        return locale.standaloneMonthName(from.month()) + QLatin1Char(' ') + QString::number(from.year());
    }
    QString end = shortDateText(to, locale);
    if (writesLikeJapanese(locale) && from.year() == to.year()) {
        const QString weekday =
            QStringLiteral("(%1)").arg(locale.dayName(to.dayOfWeek(), QLocale::NarrowFormat));
        end = from.month() == to.month() ? QStringLiteral("%1日").arg(to.day()) + weekday
                                         : QStringLiteral("%1月%2日").arg(to.month()).arg(to.day()) + weekday;
    }
    return shortDateText(from, locale) + rangeDash(locale) + end;
}

QString AgendaModel::dateText(const EventSummary &event) const
{
    if (!event.hasDay())
        return dateRangeText(event.tentativeFrom, event.tentativeTo, m_locale);
    return dateRangeText(event.firstDay(), lastDayOf(event), m_locale);
}

QString AgendaModel::timeText(const EventSummary &event) const
{
    if (!event.hasDay())
        return event.tentativeNote.isEmpty() ? tr("Day not fixed yet") : event.tentativeNote;
    if (event.allDay)
        return tr("All day");
    QString text = Event::timeText(event.start.time(), m_locale);
    if (event.end.isValid())
        text += rangeDash(m_locale) + Event::timeText(event.end.time(), m_locale);
    return text;
}

QString AgendaModel::goingText(const EventSummary &event) const
{
    return HeadcountText::text(event.headcount, m_locale);
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventSummary &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case StatusRole:
        return int(e.status);
    case TentativeRole:
        return !e.hasDay();
    case ColorRole:
        return m_types.value(e.type).color;
    case FirstDayRole:
        return e.firstDay();
    case PastRole:
        return lastDayOf(e) < m_today;
    case Qt::TextAlignmentRole:
        if (index.column() == GoingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return dateText(e);
    case TimeColumn:
        return timeText(e);
    case TitleColumn:
        if (role == Qt::ToolTipRole) {
            QString tip = e.title + QStringLiteral(" (") + Event::statusLabel(e.status) + QLatin1Char(')');
            if (!e.hasDay() && !e.tentativeNote.isEmpty())
                tip += QLatin1Char('\n') + e.tentativeNote;
            return tip;
        }
        return e.title;
    case TypeColumn: {
        const auto type = m_types.constFind(e.type);
        return type != m_types.cend() ? type->displayName() : EventType::builtInName(e.type);
    }
    case VenueColumn:
        return e.venueName;
    case GoingColumn:
        return goingText(e);
    case StatusColumn:
        return Event::statusLabel(e.status);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Event");
    case TypeColumn:
        return tr("Type");
    case VenueColumn:
        return tr("Venue");
    case GoingColumn:
        return tr("People");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void AgendaModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void AgendaModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AgendaModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
}

int AgendaModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool AgendaModel::accepts(const EventSummary &event) const
{
    switch (m_filter) {
    case Filter::Upcoming:
        return lastDayOf(event) >= m_today;
    case Filter::Past:
        return lastDayOf(event) < m_today;
    case Filter::All:
        return true;
    }
    return true;
}

bool AgendaModel::lessThan(const EventSummary &a, const EventSummary &b) const
{
    const QDate dayA = a.firstDay();
    const QDate dayB = b.firstDay();
    bool less;
    if (dayA != dayB)
        less = dayA < dayB;
    else if (a.hasDay() != b.hasDay())
        less = !a.hasDay(); // a range starting that day before the events of the day
    else if (a.hasDay() && a.start != b.start)
        less = a.start < b.start;
    else
        less = a.id < b.id;
    return m_filter == Filter::Past ? !less : less;
}

int AgendaModel::insertionRow(const EventSummary &event) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), event,
                         [this](const EventSummary &a, const EventSummary &b) { return lessThan(a, b); });
    return int(it - m_rows.cbegin());
}

void AgendaModel::reload()
{
    auto events = m_store.all();
    beginResetModel();
    m_rows.clear();
    if (events) {
        for (EventSummary &event : *events) {
            if (accepts(event))
                m_rows.append(std::move(event));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const EventSummary &a, const EventSummary &b) { return lessThan(a, b); });
    }
    endResetModel();
    if (!events)
        report(events.error());
}

void AgendaModel::onInserted(qint64 id)
{
    auto event = m_store.summary(id);
    if (!event)
        return report(event.error());
    if (rowOf(id) >= 0 || !accepts(*event))
        return;
    const int row = insertionRow(*event);
    beginInsertRows({}, row, row);
    m_rows.insert(row, *event);
    endInsertRows();
}

void AgendaModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    auto event = m_store.summary(id);
    if (!event) {
        if (row >= 0)
            onRemoved(id);
        return;
    }
    if (row < 0)
        return onInserted(id);
    if (!accepts(*event))
        return onRemoved(id);
    const bool staysInPlace = (row == 0 || !lessThan(*event, m_rows.at(row - 1))) &&
                              (row == m_rows.size() - 1 || !lessThan(m_rows.at(row + 1), *event));
    if (staysInPlace) {
        m_rows[row] = *event;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    onRemoved(id);
    onInserted(id);
}

void AgendaModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AgendaModel::loadTypes()
{
    m_types.clear();
    auto types = m_store.types();
    if (!types)
        return report(types.error());
    for (const EventType &type : std::as_const(*types))
        m_types.insert(type.key, type);
}

void AgendaModel::report(const Error &error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
}

} // namespace offkai
