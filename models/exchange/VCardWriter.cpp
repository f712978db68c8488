#include "VCardWriter.h"

#include <QSaveFile>

namespace offkai {

namespace {
constexpr qsizetype kMaxOctets = 75;

bool isJapanese(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= 0x3040 && c <= 0x30FF) ||                                              // hiragana, katakana
           (c >= 0x3400 && c <= 0x9FFF) ||                                              // CJK ideographs
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || c == 0x3005; // 々
}

void addLine(QByteArray &out, const QString &property, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    out += VCardWriter::fold((property + QLatin1Char(':') + value).toUtf8());
}
} // namespace

QString VCardWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Never cut before a UTF-8 continuation byte (10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

std::pair<QString, QString> VCardWriter::splitName(const QString &name)
{
    const QString trimmed = name.trimmed();
    bool japanese = false;
    for (const QChar ch : trimmed)
        japanese = japanese || isJapanese(ch);
    if (japanese) {
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            if (trimmed.at(i) == QLatin1Char(' ') || trimmed.at(i) == QChar(0x3000))
                return {trimmed.left(i).trimmed(), trimmed.mid(i + 1).trimmed()};
        }
    }
    return {trimmed, QString()};
}

QByteArray VCardWriter::card(const Member &m)
{
    QByteArray out;
    out += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
    const QString name = m.displayName.trimmed();
    out += fold((QStringLiteral("FN:") + escape(name)).toUtf8());
    const auto [family, given] = splitName(name);
    out += fold(
        (QStringLiteral("N:") + escape(family) + QLatin1Char(';') + escape(given) + QStringLiteral(";;;"))
            .toUtf8());
    const QString reading = m.reading.trimmed();
    if (!reading.isEmpty()) {
        addLine(out, QStringLiteral("SORT-STRING"), escape(reading));
        // The reading splits like the name; without a space it all reads the family part.
        QString readingFamily = reading;
        QString readingGiven;
        if (!given.isEmpty()) {
            for (qsizetype i = 0; i < reading.size(); ++i) {
                if (reading.at(i) == QLatin1Char(' ') || reading.at(i) == QChar(0x3000)) {
                    readingFamily = reading.left(i).trimmed();
                    readingGiven = reading.mid(i + 1).trimmed();
                    break;
                }
            }
        }
        addLine(out, QStringLiteral("X-PHONETIC-LAST-NAME"), escape(readingFamily));
        addLine(out, QStringLiteral("X-PHONETIC-FIRST-NAME"), escape(readingGiven));
    }
    for (const QString &email : m.emails)
        addLine(out, QStringLiteral("EMAIL;TYPE=INTERNET"), escape(email.trimmed()));
    addLine(out, QStringLiteral("TEL"), escape(m.phone.trimmed()));
    addLine(out, QStringLiteral("ORG"), escape(m.affiliation.trimmed()));
    addLine(out, QStringLiteral("TITLE"), escape(m.jobTitle.trimmed()));
    addLine(out, QStringLiteral("NOTE"), escape(m.notes));
    out += "END:VCARD\r\n";
    return out;
}

QByteArray VCardWriter::cards(const QList<Member> &members)
{
    QByteArray out;
    for (const Member &m : members)
        out += card(m);
    return out;
}

Result<void> VCardWriter::writeFile(const QString &path, const QList<Member> &members)
{
    const QByteArray bytes = cards(members);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Code::Io, tr("Could not write “%1”.").arg(path), file.errorString());
    return {};
}

} // namespace offkai
