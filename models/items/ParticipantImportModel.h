#pragma once

#include "exchange/ParticipantImportPlan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace offkai {

/// The rows of a participant import's plan, for its preview: what the file says of each person and what
/// the import will do with them. The review step changes the plan's decisions through setRow().
class ParticipantImportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        NameColumn,
        AccountColumn,
        EmailColumn,
        AnswerColumn,
        AttendanceColumn,
        NoteColumn,
        MatchColumn,
        ResultColumn,
        ColumnCount
    };

    explicit ParticipantImportModel(QObject *parent = nullptr);

    /// Shows `plan`; `memberNames` names the members the rows matched or could be (id → name).
    void setPlan(const ParticipantImportPlan &plan, const QHash<qint64, QString> &memberNames);
    const ParticipantImportPlan &plan() const { return m_plan; }
    /// Replaces row `index` of the plan (a review decision).
    void setRow(int index, const ParticipantImportPlan::Row &row);

    /// What the import does with a row, as the Result column says it ("佐藤 花子 (#12)", "New member", …).
    QString resultText(const ParticipantImportPlan::Row &row) const;
    /// The row's answer and attendance, as the Answer and Attendance columns say them.
    static QString answerText(const ParticipantEntry &entry);
    static QString attendanceText(const ParticipantEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ParticipantImportPlan m_plan;
    QHash<qint64, QString> m_names;
};

} // namespace offkai
