#pragma once

#include "exchange/ParticipantFile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// Which column of a participant file's header row holds what, for one source: the columns each service
/// is known to write (matched by name in any order, full-width and half-width spellings alike), the ones
/// a file must have to be of that service, and what is left (questionnaire answers or unknown columns).
class ParticipantColumns
{
public:
    enum class Field
    {
        Name,
        Reading,
        Account,
        Email,
        Rsvp,
        Attendance,
        CheckedIn,
        Ticket,
        Comment,
        Amount,
        PaymentStatus,
        Status,
        RegisteredAt,
        Receipt,
        JoinTime,
        LeaveTime,
        Minutes,
        Attended,
        FirstName,
        LastName,
        Approval,
        Known, ///< a column the service writes that the reader has no use for
    };

    explicit ParticipantColumns(ParticipantFile::Source source, const QStringList &headers = {});

    /// True when the header row has the columns the source requires.
    bool matches() const;
    /// How many headers the source knows: the best-matching source wins detection.
    int score() const { return m_score; }
    /// The required columns the header row lacks, as expected() spells them.
    QStringList missing() const;

    /// The index of `field`'s column, or -1.
    qsizetype column(Field field) const { return m_columns.value(field, -1); }
    QString header(qsizetype column) const;
    QString headerOf(Field field) const { return header(column(field)); }
    qsizetype width() const { return m_headers.size(); }
    /// Columns that hold questionnaire answers (connpass, Peatix, Doorkeeper: the ones the service does
    /// not write itself).
    const QList<qsizetype> &answerColumns() const { return m_answers; }
    const QStringList &unknownColumns() const { return m_unknown; }

    /// The columns read, required ones first; Japanese and English spellings joined by " / ".
    QStringList expected() const;
    /// True when a header names a person in any source (a name, user name or first name column).
    static bool hasNameColumn(const QStringList &headers);

    struct Column
    {
        Field field;
        QStringList headers;
    };
    struct Spec
    {
        QList<Column> columns;
        QList<Field> required; ///< all of these
        QList<Field> anyOf;    ///< and at least one of these (when not empty)
        bool answers = false;  ///< other columns are questionnaire answers
        QHash<QString, Field> byKey;
    };

private:
    static const Spec &spec(ParticipantFile::Source source);
    QString spelling(Field field) const;

    const Spec &m_spec;
    QStringList m_headers;
    QHash<Field, qsizetype> m_columns;
    QList<qsizetype> m_answers;
    QStringList m_unknown;
    int m_score = 0;
};

} // namespace offkai
