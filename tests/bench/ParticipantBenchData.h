#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace offkai {
class Database;
}

/// bench_participant_import's community (members with names, readings, emails and, for three in five, a
/// connpass user name; events; participations) and its connpass participant file. Deterministic: the
/// same seeds give the same data on every run.
class ParticipantBenchData
{
public:
    static constexpr int kMembers = 100000;
    static constexpr int kEvents = 10000;
    static constexpr int kParticipations = 100000;
    static constexpr int kRows = 3000;
    static constexpr qint64 kEventId = 9000; ///< the event the file is imported into
    static QDate eventDay() { return QDate(2026, 5, 20); }

    struct Person
    {
        QString name;
        QString reading;
    };

    /// What the file holds, row kind by row kind.
    struct FileMix
    {
        int members = 0;   ///< members by their user name
        int newcomers = 0; ///< nobody in the directory
        int namesakes = 0; ///< a member's name, a user name nobody has
        int withdrawn = 0; ///< (退会ユーザー)
    };

    /// The members' names and readings, member id i + 1 at index i. Most are distinct, some are shared.
    static QList<Person> people();
    /// Whether member `id` has a connpass user name (three in five), and which.
    static bool hasAccount(int id);
    static QString accountOf(int id);
    /// Members, their accounts, events and participations by plain SQL, in one transaction. MemberStore
    /// fills the normalized keys and the search index of members inserted this way when the database is
    /// next opened.
    static bool generate(offkai::Database &database, const QList<Person> &people);
    /// The connpass participant download (UTF-8 with a BOM, connpass's header row) for the event.
    static QByteArray connpassFile(const QList<Person> &people, FileMix &mix);
};
