#include "ParticipantFile.h"
#include "exchange/CsvReader.h"
#include "exchange/ParticipantColumns.h"
#include "exchange/ServiceDateTime.h"
#include "exchange/TextDecoding.h"
#include "exchange/ZoomReport.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <QHash>
#include <QSet>

namespace offkai {

namespace {
using Field = ParticipantColumns::Field;
using Source = ParticipantFile::Source;
using Record = CsvReader::Record;

/// How many records may come before the header row (Zoom's meeting summary, a title line).
constexpr qsizetype kHeaderSearch = 200;

QString inFile(const QString &fileName, const QString &message)
{
    return fileName.isEmpty() ? message
                              : ParticipantFile::tr("%1: %2", "file name: message").arg(fileName, message);
}

/// One line per source: "connpass: 参加枠名, ユーザー名, …".
QString expectedLines()
{
    QStringList lines;
    for (const Source source : ParticipantFile::allSources()) {
        lines.append(ParticipantFile::tr("%1: %2", "source: expected headers")
                         .arg(ParticipantFile::label(source),
                              ParticipantFile::expectedHeaders(source).join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString folded(const QString &text)
{
    return TextNormalizer::compactKey(text);
}

bool isCancelled(const QString &status)
{
    static const QStringList words = {QStringLiteral("きゃんせる"), QStringLiteral("払い戻し"),
                                      QStringLiteral("払戻"),       QStringLiteral("返金"),
                                      QStringLiteral("cancel"),     QStringLiteral("refund")};
    const QString key = TextNormalizer::compactKey(status);
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return key.contains(w); });
}

bool isPaid(const QString &status)
{
    static const QSet<QString> paid = {QStringLiteral("支払済"),   QStringLiteral("支払済み"),
                                       QStringLiteral("支払い済"), QStringLiteral("支払い済み"),
                                       QStringLiteral("決済済"),   QStringLiteral("決済済み"),
                                       QStringLiteral("入金済"),   QStringLiteral("入金済み"),
                                       QStringLiteral("paid"),     QStringLiteral("completed")};
    return paid.contains(TextNormalizer::compactKey(status));
}

/// "¥1,500", "1,500円", "JPY 1500" → 1500; nullopt when there are no digits.
std::optional<int> yenOf(const QString &text)
{
    const QString value = text.normalized(QString::NormalizationForm_KC);
    QString digits;
    for (const QChar c : value) {
        if (c == QLatin1Char('.'))
            break; // "1500.00": no sen in yen
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    bool ok = false;
    const int yen = digits.toInt(&ok);
    return ok ? std::optional<int>(yen) : std::nullopt;
}

/// Reads the rows of one source into entries; folds Zoom's rejoin rows.
class RowReader
{
public:
    RowReader(ParticipantFile &file, const ParticipantColumns &columns, const QTimeZone &zone)
        : m_file(file)
        , m_columns(columns)
        , m_zone(zone)
    {}

    void read(const Record &record)
    {
        m_record = &record;
        const auto beyond =
            std::count_if(record.fields.begin() + std::min(record.fields.size(), m_columns.width()),
                          record.fields.end(), [](const QString &f) { return !f.trimmed().isEmpty(); });
        if (beyond > 0)
            warn(ParticipantFile::tr("%n cells beyond the header row are not read.", nullptr, int(beyond)));
        ParticipantEntry entry;
        entry.line = record.row;
        switch (m_file.source) {
        case Source::Connpass:
            if (!readConnpass(entry))
                return;
            break;
        case Source::Peatix:
            readPeatix(entry);
            break;
        case Source::Doorkeeper:
            entry.name = name(Field::Name);
            entry.rsvp = Participation::Rsvp::Going;
            break;
        case Source::ZoomMeeting:
        case Source::ZoomWebinar:
            readZoom(entry);
            break;
        }
        const QString email = cell(Field::Email);
        if (!email.isEmpty())
            entry.emails.append(email);
        for (const qsizetype column : m_columns.answerColumns()) {
            const QString answer = rawCell(column).trimmed();
            if (!answer.isEmpty())
                entry.answers.append({m_columns.header(column), answer});
        }
        if (entry.name.isEmpty() && entry.account.isEmpty() && entry.emails.isEmpty()) {
            warn(ParticipantFile::tr("no name, user name or email; the row is skipped."));
            return;
        }
        add(std::move(entry));
    }

private:
    QString rawCell(qsizetype column) const
    {
        return column >= 0 && column < m_record->fields.size() ? m_record->fields.at(column) : QString();
    }
    /// The cell of `field`, trimmed; Zoom's "--" reads as empty.
    QString cell(Field field) const
    {
        const QString value = rawCell(m_columns.column(field)).trimmed();
        return value == QLatin1String("--") ? QString() : value;
    }
    /// A name with its spaces (full-width ones included) folded to one.
    QString name(Field field) const { return cell(field).simplified(); }

    void warn(const QString &message)
    {
        m_file.warnings.append(ParticipantFile::tr("Row %1: %2").arg(m_record->row).arg(message));
    }

    QDateTime time(Field field)
    {
        const QString text = cell(field);
        const QDateTime value = ServiceDateTime::parse(text, m_zone);
        if (!text.isEmpty() && !value.isValid())
            warn(ParticipantFile::tr("“%1” in %2 is not a date and time.")
                     .arg(text, m_columns.headerOf(field)));
        return value;
    }

    std::optional<int> number(Field field)
    {
        const QString text = cell(field);
        bool ok = false;
        const double value = text.normalized(QString::NormalizationForm_KC).toDouble(&ok);
        if (!text.isEmpty() && (!ok || value < 0))
            warn(ParticipantFile::tr("“%1” in %2 is not a number of minutes.")
                     .arg(text, m_columns.headerOf(field)));
        return ok && value >= 0 ? std::optional<int>(qRound(value)) : std::nullopt;
    }

    bool readConnpass(ParticipantEntry &entry)
    {
        static const QString withdrawn = QStringLiteral("(退会ユーザー)");
        entry.account = cell(Field::Account);
        entry.name = name(Field::Name);
        if (entry.account.normalized(QString::NormalizationForm_KC) == withdrawn ||
            entry.name.normalized(QString::NormalizationForm_KC) == withdrawn) {
            ++m_file.withdrawn;
            return false;
        }
        if (entry.name.isEmpty())
            entry.name = entry.account;
        const QString rsvp = cell(Field::Rsvp);
        static const QString going = folded(QStringLiteral("参加"));
        static const QString waitlisted = folded(QStringLiteral("補欠"));
        static const QString lottery = folded(QStringLiteral("抽選待ち"));
        const QString rsvpKey = folded(rsvp);
        if (rsvpKey == going)
            entry.rsvp = Participation::Rsvp::Going;
        else if (rsvpKey == waitlisted || rsvpKey == lottery)
            entry.rsvp = Participation::Rsvp::Waitlisted;
        else if (isCancelled(rsvp))
            entry.rsvp = Participation::Rsvp::Declined;
        else if (!rsvp.isEmpty())
            warn(ParticipantFile::tr("the status “%1” is not one of 参加, 補欠 and 参加キャンセル.")
                     .arg(rsvp));
        entry.attended = cell(Field::Attendance).startsWith(QStringLiteral("出席"));
        const QDateTime checkedIn = time(Field::CheckedIn);
        if (entry.attended)
            entry.checkedInAt = checkedIn;
        entry.ticket = cell(Field::Ticket);
        entry.comment = cell(Field::Comment);
        entry.receipt = cell(Field::Receipt);
        return true;
    }

    void readPeatix(ParticipantEntry &entry)
    {
        entry.name = name(Field::Name);
        entry.reading = name(Field::Reading);
        entry.ticket = cell(Field::Ticket);
        entry.registeredAt = time(Field::RegisteredAt);
        const QString payment = cell(Field::PaymentStatus);
        const bool cancelled = isCancelled(payment) || isCancelled(cell(Field::Status));
        entry.rsvp = cancelled ? Participation::Rsvp::Declined : Participation::Rsvp::Going;
        if (!cancelled && isPaid(payment)) {
            const QString amount = cell(Field::Amount);
            entry.paidYen = yenOf(amount);
            if (!entry.paidYen && !amount.isEmpty())
                warn(ParticipantFile::tr("“%1” in %2 is not an amount of yen.")
                         .arg(amount, m_columns.headerOf(Field::Amount)));
        }
    }

    void readZoom(ParticipantEntry &entry)
    {
        const ZoomReport::Name split = ZoomReport::splitName(cell(Field::Name));
        entry.name = split.name;
        entry.originalName = split.original;
        if (entry.name.isEmpty()) {
            const QString first = name(Field::FirstName);
            const QString last = name(Field::LastName);
            const bool japanese = std::any_of(last.begin(), last.end(),
                                              [](QChar c) { return TextNormalizer::isCjk(c.unicode()); });
            const QString whole =
                japanese ? last + QLatin1Char(' ') + first : first + QLatin1Char(' ') + last;
            entry.name = whole.trimmed();
        }
        if (m_file.source == Source::ZoomWebinar) {
            entry.attended = folded(cell(Field::Attended)) == QLatin1String("yes") ||
                             folded(cell(Field::Attended)) == QStringLiteral("はい");
            entry.registeredAt = time(Field::RegisteredAt);
            const QString approval = folded(cell(Field::Approval));
            entry.rsvp = approval == QLatin1String("pending") ? Participation::Rsvp::Waitlisted
                         : approval == QLatin1String("denied") || isCancelled(approval)
                             ? Participation::Rsvp::Declined
                             : Participation::Rsvp::Going;
            if (!entry.attended)
                return;
        } else {
            entry.attended = true;
        }
        const QDateTime join = time(Field::JoinTime);
        const QDateTime leave = time(Field::LeaveTime);
        entry.checkedInAt = join;
        entry.minutes = number(Field::Minutes);
        if (!entry.minutes && join.isValid() && leave.isValid() && leave >= join)
            entry.minutes = int((join.secsTo(leave) + 59) / 60);
        if (join.isValid()) {
            const QDate day = join.toTimeZone(m_zone).date();
            if (!m_file.firstDay.isValid() || day < m_file.firstDay)
                m_file.firstDay = day;
            if (!m_file.lastDay.isValid() || day > m_file.lastDay)
                m_file.lastDay = day;
        }
    }

    /// Appends `entry`, or folds it into the entry of the same person (same email; same name when one of
    /// them has no email) when the file is a Zoom report.
    void add(ParticipantEntry entry)
    {
        if (m_file.source != Source::ZoomMeeting && m_file.source != Source::ZoomWebinar) {
            m_file.entries.append(std::move(entry)); // one row a person: nothing to fold, no keys needed
            return;
        }
        const QString nameKey = TextNormalizer::compactKey(entry.name);
        const QString emailKey =
            entry.emails.isEmpty() ? QString() : entry.emails.constFirst().toCaseFolded();
        qsizetype index = emailKey.isEmpty() ? m_byName.value(nameKey, -1) : m_byEmail.value(emailKey, -1);
        if (index < 0 && !emailKey.isEmpty() && !nameKey.isEmpty()) {
            const qsizetype sameName = m_byName.value(nameKey, -1);
            if (sameName >= 0 && m_file.entries.at(sameName).emails.isEmpty())
                index = sameName;
        }
        if (index < 0) {
            index = m_file.entries.size();
            m_file.entries.append(std::move(entry));
        } else {
            fold(m_file.entries[index], entry);
        }
        if (!emailKey.isEmpty())
            m_byEmail.insert(emailKey, index);
        if (!nameKey.isEmpty() && !m_byName.contains(nameKey))
            m_byName.insert(nameKey, index);
    }

    static void fold(ParticipantEntry &into, const ParticipantEntry &row)
    {
        const auto earliest = [](QDateTime &a, const QDateTime &b) {
            if (b.isValid() && (!a.isValid() || b < a))
                a = b;
        };
        for (const QString &email : row.emails) {
            if (!into.emails.contains(email, Qt::CaseInsensitive))
                into.emails.append(email);
        }
        if (into.originalName.isEmpty())
            into.originalName = row.originalName;
        into.attended = into.attended || row.attended;
        earliest(into.checkedInAt, row.checkedInAt);
        earliest(into.registeredAt, row.registeredAt);
        if (row.minutes)
            into.minutes = into.minutes.value_or(0) + *row.minutes;
    }

    ParticipantFile &m_file;
    const ParticipantColumns &m_columns;
    QTimeZone m_zone;
    const Record *m_record = nullptr;
    QHash<QString, qsizetype> m_byEmail;
    QHash<QString, qsizetype> m_byName;
};

/// The header row of `source` (or, with no source, of any) among the records, and the source it is of.
std::optional<std::pair<qsizetype, Source>> findHeader(const QList<Record> &records,
                                                       std::optional<Source> source)
{
    // With a source asked for, a header row that has its columns is taken even when another source
    // would fit better (a Peatix file read as Doorkeeper's); asked for a Zoom meeting, the webinar form
    // is taken as well.
    const auto sourceOf = [&](const QStringList &fields) -> std::optional<Source> {
        if (!source)
            return ParticipantFile::detect(fields);
        if (*source == Source::ZoomMeeting && ParticipantColumns(Source::ZoomWebinar, fields).matches())
            return Source::ZoomWebinar;
        if (ParticipantColumns(*source, fields).matches())
            return *source;
        return std::nullopt;
    };
    const qsizetype attendees = ZoomReport::findTitle(records, QStringLiteral("Attendee Details"));
    if (attendees >= 0 && attendees + 1 < records.size()) {
        if (const auto found = sourceOf(records.at(attendees + 1).fields))
            return std::pair(attendees + 1, *found);
    }
    for (qsizetype i = 0; i < std::min(records.size(), kHeaderSearch); ++i) {
        if (const auto found = sourceOf(records.at(i).fields))
            return std::pair(i, *found);
    }
    return std::nullopt;
}

Error notRecognised(const QStringList &headers, std::optional<Source> source, const QString &fileName)
{
    const QString found = headers.join(QStringLiteral(", "));
    QString message;
    if (source) {
        message = ParticipantFile::tr("This is not a %1 participant list: the header row lacks %2.\n"
                                      "A %1 list has the columns: %3.\nThe file's header row: %4")
                      .arg(ParticipantFile::label(*source),
                           ParticipantColumns(*source, headers).missing().join(QStringLiteral(", ")),
                           ParticipantFile::expectedHeaders(*source).join(QStringLiteral(", ")), found);
    } else {
        const bool hasName = ParticipantColumns::hasNameColumn(headers);
        message = (hasName ? ParticipantFile::tr("The header row matches no participant list Offkai reads.")
                           : ParticipantFile::tr("The file has no name column, so it is no participant list "
                                                 "Offkai reads.")) +
                  QLatin1Char('\n') + ParticipantFile::tr("The file's header row: %1").arg(found) +
                  QLatin1Char('\n') + ParticipantFile::tr("Expected headers:") + QLatin1Char('\n') +
                  expectedLines();
    }
    return Error(Error::Code::Invalid, inFile(fileName, message),
                 QStringLiteral("participants: unrecognised header: ") + found);
}
} // namespace

QList<ParticipantFile::Source> ParticipantFile::allSources()
{
    return {Source::Connpass, Source::Peatix, Source::Doorkeeper, Source::ZoomMeeting, Source::ZoomWebinar};
}

QString ParticipantFile::key(Source source)
{
    switch (source) {
    case Source::Connpass:
        return QStringLiteral("connpass");
    case Source::Peatix:
        return QStringLiteral("peatix");
    case Source::Doorkeeper:
        return QStringLiteral("doorkeeper");
    case Source::ZoomMeeting:
        return QStringLiteral("zoom");
    case Source::ZoomWebinar:
        return QStringLiteral("zoom-webinar");
    }
    return {};
}

std::optional<ParticipantFile::Source> ParticipantFile::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == QLatin1String("zoom-meeting"))
        return Source::ZoomMeeting;
    for (const Source source : allSources()) {
        if (ParticipantFile::key(source) == wanted)
            return source;
    }
    return std::nullopt;
}

QString ParticipantFile::label(Source source)
{
    switch (source) {
    case Source::Connpass:
        return tr("connpass");
    case Source::Peatix:
        return tr("Peatix");
    case Source::Doorkeeper:
        return tr("Doorkeeper");
    case Source::ZoomMeeting:
        return tr("Zoom meeting");
    case Source::ZoomWebinar:
        return tr("Zoom webinar");
    }
    return {};
}

QStringList ParticipantFile::expectedHeaders(Source source)
{
    return ParticipantColumns(source).expected();
}

std::optional<ParticipantFile::Source> ParticipantFile::detect(const QStringList &headers)
{
    std::optional<Source> best;
    int bestScore = 0;
    for (const Source source : allSources()) {
        const ParticipantColumns columns(source, headers);
        if (columns.matches() && columns.score() > bestScore) {
            best = source;
            bestScore = columns.score();
        }
    }
    return best;
}

Result<ParticipantFile> ParticipantFile::read(const QByteArray &bytes, std::optional<Source> source,
                                              const QTimeZone &zone, const QString &fileName)
{
    auto decoded = TextDecoding::decode(bytes, TextDecoding::Encoding::Auto, fileName);
    if (!decoded)
        return decoded.error();
    if (decoded->text.trimmed().isEmpty()) {
        return Error(Error::Code::Invalid,
                     inFile(fileName, tr("The file is empty: a participant list has a header row and a row "
                                         "for each person.")),
                     QStringLiteral("participants: empty file"));
    }
    CsvReader::Options options;
    options.fileName = fileName;
    auto table = CsvReader::read(decoded->text, options);
    if (!table)
        return table.error();
    const QList<Record> &records = table->records;
    const auto header = findHeader(records, source);
    if (!header)
        return notRecognised(records.constFirst().fields, source, fileName);

    ParticipantFile file;
    file.source = header->second;
    const QStringList &headers = records.at(header->first).fields;
    const ParticipantColumns columns(file.source, headers);
    file.unknownColumns = columns.unknownColumns();
    const bool zoom = file.source == Source::ZoomMeeting || file.source == Source::ZoomWebinar;
    const qsizetype end = zoom ? ZoomReport::sectionEnd(records, header->first) : records.size();
    RowReader reader(file, columns, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    for (qsizetype i = header->first + 1; i < end; ++i) {
        const Record &record = records.at(i);
        if (std::all_of(record.fields.begin(), record.fields.end(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        reader.read(record);
    }
    return file;
}

} // namespace offkai
