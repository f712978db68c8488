#include "MemberCsvWriter.h"

#include "CsvWriter.h"
#include "MemberCsvMapping.h"

#include <QStringEncoder>

namespace offkai {

namespace {
using Field = MemberCsvMapping::Field;

// Column order of the export; the keys are MemberCsvMapping's, so an export imports back.
const Field kColumns[] = {
    Field::DisplayName,   Field::Reading,         Field::Email,         Field::Phone,
    Field::Line,          Field::Facebook,        Field::XHandle,       Field::Slack,
    Field::OtherUrl,      Field::Affiliation,     Field::JobTitle,      Field::Occupation,
    Field::Industry,      Field::Region,          Field::Introduction,  Field::Skills,
    Field::Tags,          Field::Status,          Field::JoinedOn,      Field::LeftOn,
    Field::Notes,         Field::ConnpassAccount, Field::PeatixAccount, Field::DoorkeeperAccount,
    Field::MeetupAccount,
};

const QString kListSeparator = QStringLiteral("; ");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// Unicode has two spellings for a few JIS X 0208 characters; CP932 maps only the Windows one.
QString toWindowsJis(QString text)
{
    static const std::pair<char16_t, char16_t> pairs[] = {
        {u'\u301C', u'\uFF5E'}, // WAVE DASH → FULLWIDTH TILDE
        {u'\u2016', u'\u2225'}, // DOUBLE VERTICAL LINE → PARALLEL TO
        {u'\u2212', u'\uFF0D'}, // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
        {u'\u00A2', u'\uFFE0'}, // CENT SIGN
        {u'\u00A3', u'\uFFE1'}, // POUND SIGN
        {u'\u00AC', u'\uFFE2'}, // NOT SIGN
        {u'\u2014', u'\u2015'}, // EM DASH → HORIZONTAL BAR
    };
    for (const auto &[from, to] : pairs)
        text.replace(QChar(from), QChar(to));
    return text;
}

/// The characters of `text` that CP932 cannot hold, each once, in order.
QStringList unencodable(const QString &text)
{
    QStringList bad;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString ch = text.mid(i, length);
        QStringEncoder encoder("Shift_JIS", QStringConverter::Flag::Stateless);
        const QByteArray bytes = encoder.encode(ch);
        if (encoder.hasError() && !bad.contains(ch))
            bad.append(ch);
        i += length - 1;
    }
    return bad;
}
} // namespace

QStringList MemberCsvWriter::header(Header header)
{
    QStringList names;
    for (const Field field : kColumns)
        names.append(header == Header::Keys ? MemberCsvMapping::fieldKey(field)
                                            : MemberCsvMapping::fieldLabel(field));
    return names;
}

QStringList MemberCsvWriter::row(const Member &m)
{
    QStringList fields;
    for (const Field field : kColumns) {
        switch (field) {
        case Field::DisplayName:
            fields.append(m.displayName);
            break;
        case Field::Reading:
            fields.append(m.reading);
            break;
        case Field::Email:
            fields.append(m.emails.join(kListSeparator));
            break;
        case Field::Phone:
            fields.append(m.phone);
            break;
        case Field::Line:
            fields.append(m.line);
            break;
        case Field::Facebook:
            fields.append(m.facebook);
            break;
        case Field::XHandle:
            fields.append(m.xHandle);
            break;
        case Field::Slack:
            fields.append(m.slack);
            break;
        case Field::OtherUrl:
            fields.append(m.otherUrl);
            break;
        case Field::Affiliation:
            fields.append(m.affiliation);
            break;
        case Field::JobTitle:
            fields.append(m.jobTitle);
            break;
        case Field::Occupation:
            fields.append(m.occupation);
            break;
        case Field::Industry:
            fields.append(m.industry);
            break;
        case Field::Region:
            fields.append(m.region);
            break;
        case Field::Introduction:
            fields.append(m.introduction);
            break;
        case Field::Skills:
            fields.append(m.skills);
            break;
        case Field::Tags:
            fields.append(m.tags.join(kListSeparator));
            break;
        case Field::Status:
            fields.append(Member::statusKey(m.status));
            break;
        case Field::JoinedOn:
            fields.append(dateText(m.joinedOn));
            break;
        case Field::LeftOn:
            fields.append(dateText(m.leftOn));
            break;
        case Field::Notes:
            fields.append(m.notes);
            break;
        case Field::ConnpassAccount:
            fields.append(m.accounts.value(ServiceAccount::Service::Connpass));
            break;
        case Field::PeatixAccount:
            fields.append(m.accounts.value(ServiceAccount::Service::Peatix));
            break;
        case Field::DoorkeeperAccount:
            fields.append(m.accounts.value(ServiceAccount::Service::Doorkeeper));
            break;
        case Field::MeetupAccount:
            fields.append(m.accounts.value(ServiceAccount::Service::Meetup));
            break;
        default:
            fields.append(QString());
            break;
        }
    }
    return fields;
}

Result<QByteArray> MemberCsvWriter::toCsv(const QList<Member> &members, const Options &options)
{
    CsvWriter writer;
    writer.setProtectFormulas(options.protectFormulas);
    writer.addRow(header(options.header));
    for (const Member &m : members)
        writer.addRow(row(m));
    if (options.encoding == Encoding::Utf8Bom)
        return QByteArray(QByteArray("\xEF\xBB\xBF") + writer.text().toUtf8());

    QStringEncoder encoder("Shift_JIS", QStringConverter::Flag::Stateless);
    if (!encoder.isValid())
        return Error(Error::Code::Invalid,
                     tr("This build of Offkai cannot write Shift_JIS (its Qt library has no ICU support). "
                        "Export as UTF-8 instead."),
                     QStringLiteral("QStringEncoder(\"Shift_JIS\") is not valid"));
    QByteArray bytes = encoder.encode(toWindowsJis(writer.text()));
    if (!encoder.hasError())
        return bytes;

    // Say exactly where: member, column and the characters.
    const QStringList names = header(Header::Translated);
    QStringList places;
    QStringList characters;
    for (const Member &m : members) {
        const QStringList fields = row(m);
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const QStringList bad = unencodable(toWindowsJis(fields.at(c)));
            if (bad.isEmpty())
                continue;
            for (const QString &ch : bad) {
                if (!characters.contains(ch))
                    characters.append(ch);
            }
            if (places.size() < 10)
                places.append(tr("%1 (%2): %3").arg(m.displayName, names.at(c), bad.join(QLatin1Char(' '))));
        }
    }
    return Error(Error::Code::Invalid,
                 tr("Some characters cannot be written in Shift_JIS: %1. Export as UTF-8 instead, or change "
                    "these members: %2")
                     .arg(characters.join(QLatin1Char(' ')), places.join(QStringLiteral("; "))),
                 QStringLiteral("%1 unencodable characters").arg(characters.size()));
}

} // namespace offkai
