#pragma once

#include "core/Result.h"
#include "records/Participation.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace offkai {

/// One person of an event service's participant file, in the service's own terms translated to ours.
/// Rows of one person that a Zoom report repeats (rejoins) are already folded into one entry.
struct ParticipantEntry
{
    int line = 0; ///< the person's first row as a spreadsheet numbers it (1 = the file's first row, a plain
                  ///< file's header)
    QString name; ///< display name; Zoom device labels removed ("iPhone (佐藤 花子)" → "佐藤 花子")
    QString originalName; ///< Zoom: the name before renaming in the meeting ("佐藤 花子 (Hanako Sato)")
    QString reading;      ///< kana reading when the file has one (Peatix 参加者名(カナ))
    QString account;      ///< the user name or id on the file's service; empty when the file has none
    QStringList emails;   ///< as written, without empties or repeats
    std::optional<Participation::Rsvp> rsvp; ///< 参加 → Going, 補欠 → Waitlisted, 参加キャンセル → Declined
    bool attended = false;                   ///< 出席, a Zoom row, Attended = Yes
    QDateTime checkedInAt;                   ///< UTC: connpass 出席日時, Zoom's first join time
    std::optional<int> minutes;             ///< Zoom: minutes in the meeting, rejoin rows summed
    QString ticket;                         ///< connpass 参加枠名, Peatix チケット
    QString comment;                        ///< connpass コメント
    std::optional<int> paidYen;             ///< Peatix 支払金額 when 支払状況 says paid
    QDateTime registeredAt;                 ///< UTC: 申込日, Registration Time
    QString receipt;                        ///< connpass 受付番号
    QList<QPair<QString, QString>> answers; ///< questionnaire: column header → answer (non-empty only)
};

/// An event service's participant download (connpass, Peatix, Doorkeeper, Zoom meeting or webinar
/// report), read into ParticipantEntry rows. Pure: no database; the importer matches and writes.
class ParticipantFile
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ParticipantFile)
public:
    enum class Source
    {
        Connpass,
        Peatix,
        Doorkeeper,
        ZoomMeeting,
        ZoomWebinar,
    };

    Source source = Source::Connpass;
    QList<ParticipantEntry> entries;
    int withdrawn = 0;          ///< connpass "(退会ユーザー)" rows, skipped
    QStringList unknownColumns; ///< headers the reader has no place for (never silently dropped)
    QDate firstDay;             ///< Zoom: the first and last local day of the join times
    QDate lastDay;
    /// Translated, one line each, row named: what the reader could not take in (an unreadable time or
    /// answer, a row without a name, cells beyond the header row). The rest of the row is still read.
    QStringList warnings;

    static QList<Source> allSources();
    /// Stable keys for the command line: connpass, peatix, doorkeeper, zoom (both Zoom reports), …
    static QString key(Source source);
    static std::optional<Source> fromKey(const QString &key);
    static QString label(Source source);
    /// The columns the reader uses for `source`, as the service names them (Japanese and English
    /// spellings joined by " / "), the ones `detect` needs first.
    static QStringList expectedHeaders(Source source);

    /// The source whose known headers the file's header row carries; nullopt when none fits.
    static std::optional<Source> detect(const QStringList &headers);

    /// Decodes (TextDecoding::Auto: BOM, UTF-8, CP932), splits (CsvReader) and reads `bytes`. `source`
    /// nullopt: detected. Times without a zone are read in `zone`. An unknown file is an error that lists
    /// the headers each source expects.
    static Result<ParticipantFile> read(const QByteArray &bytes, std::optional<Source> source,
                                        const QTimeZone &zone, const QString &fileName = {});
};

} // namespace offkai
