#include "ParticipantTableModel.h"

#include "stores/ParticipationStore.h"
#include "text/TextNormalizer.h"

#include <QLocale>

namespace offkai {

ParticipantTableModel::ParticipantTableModel(ParticipationStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &ParticipationStore::changed, this, &ParticipantTableModel::onChanged);
}

void ParticipantTableModel::setEvent(qint64 eventId, const QTimeZone &zone, std::optional<int> fee)
{
    m_eventId = eventId;
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_fee = fee;
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    endResetModel();
    reload();
}

void ParticipantTableModel::reload()
{
    QList<ParticipantRow> rows;
    if (m_eventId > 0) {
        auto loaded = m_store.participantsOf(m_eventId);
        if (!loaded) {
            m_lastError = loaded.error();
            Q_EMIT errorOccurred(m_lastError);
            return;
        }
        rows = std::move(*loaded);
    }
    bool samePeople = rows.size() == m_rows.size();
    for (qsizetype i = 0; samePeople && i < rows.size(); ++i)
        samePeople = rows.at(i).participation.memberId == m_rows.at(i).participation.memberId;
    if (samePeople) {
        m_rows = std::move(rows);
        m_keys.clear();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_keys.clear();
    endResetModel();
}

void ParticipantTableModel::onChanged(qint64 eventId)
{
    if (eventId == m_eventId)
        reload();
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ParticipantTableModel::rowOf(qint64 memberId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).participation.memberId == memberId)
            return int(i);
    }
    return -1;
}

const QList<QString> &ParticipantTableModel::keys() const
{
    // Normalized on the first search, not on every load: opening a 500-person list stays fast.
    if (m_keys.size() != m_rows.size()) {
        m_keys.clear();
        m_keys.reserve(m_rows.size());
        for (const ParticipantRow &r : m_rows)
            m_keys.append(TextNormalizer::normalize(r.displayName) + QLatin1Char('\n') +
                          TextNormalizer::normalize(r.reading));
    }
    return m_keys;
}

QList<int> ParticipantTableModel::match(const QString &text) const
{
    const QString term = TextNormalizer::normalize(text).remove(QLatin1Char(' '));
    QList<int> starts;
    QList<int> contains;
    if (term.isEmpty())
        return {};
    const QList<QString> &normalized = keys();
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QStringList parts = normalized.at(i).split(QLatin1Char('\n'));
        bool atStart = false;
        bool inside = false;
        for (const QString &part : parts) {
            const QString compact = QString(part).remove(QLatin1Char(' '));
            // A family or given name typed alone matches at the start of a word too.
            const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            atStart = atStart || compact.startsWith(term) ||
                      std::any_of(words.cbegin(), words.cend(),
                                  [&](const QString &w) { return w.startsWith(term); });
            inside = inside || compact.contains(term);
        }
        if (atStart)
            starts.append(int(i));
        else if (inside)
            contains.append(int(i));
    }
    return starts + contains;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ParticipantRow &r = m_rows.at(index.row());
    const Participation &p = r.participation;
    if (role == MemberIdRole)
        return p.memberId;
    if (role == RsvpRole)
        return int(p.rsvp);
    if (role == SearchRole)
        return keys().at(index.row());
    if (role == Qt::CheckStateRole && index.column() == AttendedColumn)
        return p.attended ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == DueColumn || index.column() == PaidColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && p.walkIn)
        return tr("Came without answering beforehand (walk-in)");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return p.walkIn ? tr("%1 (walk-in)").arg(r.displayName) : r.displayName;
    case ReadingColumn:
        return r.reading;
    case AffiliationColumn:
        return r.affiliation;
    case RoleColumn:
        return Participation::roleLabel(p.role);
    case RsvpColumn:
        if (p.rsvp == Participation::Rsvp::Waitlisted && p.waitlistOrder)
            return tr("Waitlisted (#%1)").arg(*p.waitlistOrder);
        return Participation::rsvpLabel(p.rsvp);
    case CheckedInColumn:
        return p.checkedInAt.isValid()
                   ? locale.toString(p.checkedInAt.toTimeZone(m_zone).time(), QLocale::ShortFormat)
                   : QString();
    case DueColumn: {
        if (!p.isBilled())
            return QString();
        const std::optional<int> due = p.feeDue ? p.feeDue : m_fee;
        return due ? locale.toString(*due) : QString();
    }
    case PaidColumn:
        return p.feePaid ? locale.toString(*p.feePaid) : QString();
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case AffiliationColumn:
        return tr("Affiliation");
    case RoleColumn:
        return tr("Role");
    case RsvpColumn:
        return tr("Answer");
    case AttendedColumn:
        return tr("Came");
    case CheckedInColumn:
        return tr("Checked in");
    case DueColumn:
        return tr("Due");
    case PaidColumn:
        return tr("Paid");
    default:
        return {};
    }
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == AttendedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace offkai
