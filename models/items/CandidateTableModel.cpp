#include "CandidateTableModel.h"

#include "items/AgendaModel.h"
#include "records/Event.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"

namespace offkai {

CandidateTableModel::CandidateTableModel(SeriesStore &series, SeriesSlotStore &slots, EventStore *events,
                                         QObject *parent)
    : QAbstractTableModel(parent)
    , m_slots(slots)
{
    connect(&series, &SeriesStore::seriesChanged, this, [this](qint64 id) {
        if (id == m_seriesId)
            reload();
    });
    connect(&series, &SeriesStore::seriesRemoved, this, [this](qint64 id) {
        if (id == m_seriesId)
            setSeries(0);
    });
    if (events) {
        const auto follow = [this] {
            if (m_seriesId > 0)
                reload();
        };
        connect(events, &EventStore::eventInserted, this, follow);
        connect(events, &EventStore::eventRemoved, this, follow);
    }
}

void CandidateTableModel::setSeries(qint64 seriesId)
{
    m_seriesId = seriesId;
    reload();
}

void CandidateTableModel::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = qMax(1, count);
    reload();
}

void CandidateTableModel::setFrom(const QDate &from)
{
    m_from = from;
    reload();
}

QDate CandidateTableModel::from() const
{
    return m_from.isValid() ? m_from : QDate::currentDate();
}

void CandidateTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void CandidateTableModel::reload()
{
    QList<Candidate> rows;
    m_lastError = Error();
    if (m_seriesId > 0) {
        auto list = m_slots.candidates(m_seriesId, from(), m_count);
        if (list) {
            rows = std::move(list).value();
        } else {
            m_lastError = list.error();
            Q_EMIT errorOccurred(m_lastError);
        }
    }
    // The same dates: update in place, so that the view keeps its selection.
    bool sameDates = rows.size() == m_rows.size() && !rows.isEmpty();
    for (qsizetype i = 0; sameDates && i < rows.size(); ++i)
        sameDates = rows.at(i).occurrence.occurrenceDate == m_rows.at(i).occurrence.occurrenceDate;
    if (sameDates) {
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CandidateTableModel::State CandidateTableModel::stateOf(const Candidate &c)
{
    if (c.eventId > 0)
        return State::Confirmed;
    if (c.slot)
        return State::Speaker;
    if (c.occurrence.state == Occurrence::State::HolidaySkipped)
        return State::HolidaySkipped;
    return State::Free;
}

QString CandidateTableModel::whenText(const QDateTime &start, const QLocale &locale)
{
    if (!start.isValid())
        return {};
    return AgendaModel::shortDateText(start.date(), locale) + QLatin1Char(' ') +
           Event::timeText(start.time(), locale);
}

QString CandidateTableModel::stateText(const Candidate &c) const
{
    switch (stateOf(c)) {
    case State::Confirmed:
        return tr("Confirmed as an event");
    case State::Speaker: {
        if (c.slot->declinedDates.isEmpty())
            //: a speaker is slotted into this candidate date, not yet confirmed as an event
            return tr("Slotted");
        QStringList days;
        for (const QDate &day : c.slot->declinedDates)
            days.append(AgendaModel::shortDateText(day, m_locale));
        //: %1 the dates the speaker could not make, as in "Slotted (could not make Tue, Jan 13, 2026)"
        return tr("Slotted (could not make %1)").arg(m_locale.createSeparatedList(days));
    }
    case State::HolidaySkipped:
        //: %1 is the name of the public holiday
        return tr("Skipped: %1").arg(c.occurrence.holidayName);
    case State::Free:
        break;
    }
    return tr("Free");
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            QString text = whenText(c.occurrence.start, m_locale);
            if (c.occurrence.state == Occurrence::State::HolidayMoved)
                //: %1 the date and time, %2 the public holiday it was moved off
                text = tr("%1 (moved: %2)").arg(text, c.occurrence.holidayName);
            else if (c.occurrence.state == Occurrence::State::Moved)
                text = tr("%1 (moved)").arg(text);
            return text;
        }
        case SpeakerColumn:
            return c.slot ? c.slot->memberName : QString();
        case StateColumn:
            return stateText(c);
        case TopicColumn:
            return c.slot ? c.slot->topic : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn && c.occurrence.occurrenceDate != c.occurrence.start.date())
            return tr("Rule date: %1").arg(AgendaModel::shortDateText(c.occurrence.occurrenceDate, m_locale));
        return {};
    case OccurrenceDateRole:
        return c.occurrence.occurrenceDate;
    case StartRole:
        return c.occurrence.start;
    case MemberIdRole:
        return c.slot ? c.slot->memberId : qint64(0);
    case EventIdRole:
        return c.eventId;
    case StateRole:
        return int(stateOf(c));
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Speaker");
    case StateColumn:
        //: column header: free, slotted, confirmed as an event, skipped for a holiday
        return tr("State");
    case TopicColumn:
        return tr("Topic");
    default:
        return {};
    }
}

int CandidateTableModel::rowOf(const QDate &occurrenceDate) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).occurrence.occurrenceDate == occurrenceDate)
            return int(i);
    }
    return -1;
}

} // namespace offkai
