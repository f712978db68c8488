#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace offkai {

/// Two edits of one record that met: the organizer's form (`mine`, started from `base`) and the row as
/// somebody else saved it meanwhile (`theirs`). Lists each field where the two differ, with both values
/// as text and whose value is the natural choice; merge() then puts the chosen values onto `theirs`, so that
/// the result is written over the row's current version. Works on any record with a field list in the
/// shape of MemberFields or RecordField (all(), find(), each field's key, label(), equal, text, copy); the
/// conflict dialog (ConflictDialog) shows it.
class FieldConflict
{
public:
    struct Row
    {
        QString key;    ///< the field's key in its list
        QString label;  ///< the field's translated name
        QString theirs; ///< their value as text
        QString mine;   ///< my value as text
        /// Both changed the field since `base`: a real disagreement, not only one side's edit.
        bool bothChanged = false;
        /// The value chosen until the organizer says otherwise: mine where I changed the field, theirs
        /// where only they did.
        bool keepMineByDefault = true;
    };

    FieldConflict() = default;
    /// `recordName` names the record in the dialog ("Café Mori"); `savedAt` and `savedBy` say when and by
    /// whom their version was saved (`savedBy` empty when unknown, as on a file).
    FieldConflict(QString recordName, QDateTime savedAt, QString savedBy, QList<Row> rows);

    /// The conflict of `base` → `mine` with `theirs`, field by field over `Fields::all()`.
    template<typename Fields, typename Record, typename Lookups>
    static FieldConflict of(const Record &base, const Record &mine, const Record &theirs,
                            const Lookups &lookups, const QString &recordName)
    {
        QList<Row> rows;
        for (const auto &field : Fields::all()) {
            if (field.equal(mine, theirs))
                continue;
            Row row;
            row.key = field.key;
            row.label = field.label();
            row.theirs = field.text(theirs, lookups);
            row.mine = field.text(mine, lookups);
            const bool iChanged = !field.equal(mine, base);
            const bool theyChanged = !field.equal(theirs, base);
            row.bothChanged = iChanged && theyChanged;
            row.keepMineByDefault = iChanged;
            rows.append(row);
        }
        return FieldConflict(recordName, theirs.updatedAt, theirs.updatedBy, rows);
    }

    /// `theirs` with my value in each field of `keepMine` (keys), and their version: what to save.
    template<typename Fields, typename Record>
    static Record merge(const Record &theirs, const Record &mine, const QSet<QString> &keepMine)
    {
        Record result = theirs;
        for (const QString &key : keepMine) {
            if (const auto *field = Fields::find(key))
                field->copy(result, mine);
        }
        return result;
    }

    const QString &recordName() const { return m_recordName; }
    const QDateTime &savedAt() const { return m_savedAt; }
    const QString &savedBy() const { return m_savedBy; }
    /// The fields where mine and theirs differ, in the editor's order.
    const QList<Row> &rows() const { return m_rows; }
    /// The fields both sides changed (Row::bothChanged).
    int disagreements() const;
    /// The keys of the rows that keep my value by default.
    QSet<QString> defaultChoices() const;

private:
    QString m_recordName;
    QDateTime m_savedAt;
    QString m_savedBy;
    QList<Row> m_rows;
};

} // namespace offkai
