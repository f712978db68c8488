#include "ParticipantImportModel.h"

#include <QLocale>

namespace offkai {

using Plan = ParticipantImportPlan;

ParticipantImportModel::ParticipantImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParticipantImportModel::setPlan(const ParticipantImportPlan &plan,
                                     const QHash<qint64, QString> &memberNames)
{
    beginResetModel();
    m_plan = plan;
    m_names = memberNames;
    endResetModel();
}

void ParticipantImportModel::setRow(int index, const Plan::Row &row)
{
    if (index < 0 || index >= m_plan.rows.size())
        return;
    m_plan.rows[index] = row;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

QString ParticipantImportModel::answerText(const ParticipantEntry &entry)
{
    return entry.rsvp ? Participation::rsvpLabel(*entry.rsvp) : QString();
}

QString ParticipantImportModel::attendanceText(const ParticipantEntry &entry)
{
    if (!entry.attended)
        return {};
    if (entry.minutes)
        return tr("Came (%n min)", nullptr, *entry.minutes);
    return tr("Came");
}

QString ParticipantImportModel::resultText(const Plan::Row &row) const
{
    if (row.match == Plan::Match::Review && !row.reviewed)
        return tr("To review");
    switch (row.decision) {
    case Plan::Decision::UseMember:
        return tr("%1 (#%2)").arg(m_names.value(row.memberId), QString::number(row.memberId));
    case Plan::Decision::Create:
        return tr("New member");
    case Plan::Decision::Skip:
        return tr("Skipped");
    }
    return {};
}

int ParticipantImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int ParticipantImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.rows.size())
        return {};
    const Plan::Row &row = m_plan.rows.at(index.row());
    const ParticipantEntry &e = row.entry;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(e.line);
        case NameColumn:
            return e.reading.isEmpty() ? e.name : tr("%1 (%2)").arg(e.name, e.reading);
        case AccountColumn:
            return e.account;
        case EmailColumn:
            return e.emails.join(QStringLiteral(", "));
        case AnswerColumn:
            return answerText(e);
        case AttendanceColumn:
            return attendanceText(e);
        case NoteColumn: {
            QStringList parts;
            for (const QString &text : {e.ticket, e.comment}) {
                if (!text.trimmed().isEmpty())
                    parts.append(text.simplified());
            }
            if (e.paidYen)
                parts.append(tr("Paid ¥%1").arg(QLocale().toString(*e.paidYen)));
            return parts.join(QStringLiteral(" / "));
        }
        case MatchColumn:
            return row.match == Plan::Match::None ? QString() : Plan::matchLabel(row.match);
        case ResultColumn:
            return resultText(row);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ParticipantImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("User Name");
    case EmailColumn:
        return tr("Email");
    case AnswerColumn:
        return tr("Answer");
    case AttendanceColumn:
        return tr("Attendance");
    case NoteColumn:
        return tr("Ticket and Comment");
    case MatchColumn:
        return tr("Matched By");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace offkai
