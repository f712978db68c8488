#include "TextDecoding.h"

#include "core/Log.h"

#include <QStringDecoder>

namespace offkai {

namespace {
const char kShiftJisCodec[] = "Shift_JIS"; // ICU's Shift_JIS includes the CP932 (Windows) extensions

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && bytes.first(length) == QByteArrayView(prefix, length);
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes); // decoding happens on conversion to QString
    return !decoder.hasError();
}

bool hasNonAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

/// UTF-16 without a byte order mark: in Latin and Japanese text one of each pair of bytes is often NUL
/// (always for ASCII). Returns LE/BE or nothing.
std::optional<bool> utf16ByteOrder(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes.at(i) == '\0';
        oddNuls += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs)
        return false; // little endian: "A\0"
    if (evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs)
        return true; // big endian: "\0A"
    return std::nullopt;
}

/// 1-based line of the first U+FFFD or U+001A (what the decoders put in place of invalid bytes).
int firstBadLine(const QString &text)
{
    int line = 1;
    for (const QChar ch : text) {
        if (ch == QChar::ReplacementCharacter || ch.unicode() == 0x1A)
            return line;
        if (ch == QLatin1Char('\n'))
            ++line;
    }
    return 0;
}

QString inFile(const QString &fileName, const QString &message)
{
    return fileName.isEmpty() ? message
                              : TextDecoding::tr("%1: %2", "file name: message").arg(fileName, message);
}
} // namespace

QList<TextDecoding::Encoding> TextDecoding::allEncodings()
{
    return {Encoding::Auto, Encoding::Utf8, Encoding::ShiftJis, Encoding::Utf16};
}

QString TextDecoding::key(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::ShiftJis:
        return QStringLiteral("shift_jis");
    case Encoding::Utf16:
        return QStringLiteral("utf-16");
    }
    return {};
}

std::optional<TextDecoding::Encoding> TextDecoding::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("auto"))
        return Encoding::Auto;
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (k == QLatin1String("shift_jis") || k == QLatin1String("shift-jis") || k == QLatin1String("sjis") ||
        k == QLatin1String("cp932") || k == QLatin1String("windows-31j"))
        return Encoding::ShiftJis;
    if (k == QLatin1String("utf-16") || k == QLatin1String("utf16"))
        return Encoding::Utf16;
    return std::nullopt;
}

QString TextDecoding::label(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return tr("Detect automatically");
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::ShiftJis:
        return tr("Shift_JIS (Windows, Excel)");
    case Encoding::Utf16:
        return tr("UTF-16");
    }
    return {};
}

QString TextDecoding::describe(const Detection &d)
{
    switch (d.encoding) {
    case Encoding::Auto:
    case Encoding::Utf8:
        return d.hasBom ? tr("UTF-8 with BOM") : tr("UTF-8");
    case Encoding::ShiftJis:
        return tr("Shift_JIS");
    case Encoding::Utf16:
        return d.bigEndian ? tr("UTF-16 BE") : tr("UTF-16 LE");
    }
    return {};
}

bool TextDecoding::isShiftJisAvailable()
{
    return QStringDecoder(kShiftJisCodec).isValid();
}

TextDecoding::Detection TextDecoding::detect(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return {Encoding::Utf8, true, false};
    if (startsWith(bytes, "\xFF\xFE", 2))
        return {Encoding::Utf16, true, false};
    if (startsWith(bytes, "\xFE\xFF", 2))
        return {Encoding::Utf16, true, true};
    if (const auto bigEndian = utf16ByteOrder(bytes))
        return {Encoding::Utf16, false, *bigEndian};
    if (isValidUtf8(bytes))
        return {Encoding::Utf8, false, false};
    return {Encoding::ShiftJis, false, false};
}

Result<void> TextDecoding::checkNotBinary(const QByteArray &bytes, const QString &fileName)
{
    struct Signature
    {
        const char *magic;
        qsizetype length;
        const char *what;
    };
    static const Signature signatures[] = {
        {"PK\x03\x04", 4, "zip"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "ole"},
        {"%PDF-", 5, "pdf"},
        {"\x89PNG\r\n\x1A\n", 8, "png"},
        {"\xFF\xD8\xFF", 3, "jpeg"},
        {"GIF8", 4, "gif"},
        {"SQLite format 3\0", 16, "sqlite"},
        {"\x7F"
         "ELF",
         4, "elf"},
        {"\x1F\x8B", 2, "gzip"},
        {"7z\xBC\xAF\x27\x1C", 6, "7z"},
    };
    for (const Signature &s : signatures) {
        if (!startsWith(bytes, s.magic, s.length))
            continue;
        const QString what = QString::fromLatin1(s.what);
        if (what == QLatin1String("zip") || what == QLatin1String("ole"))
            return Error(Error::Code::Invalid,
                         inFile(fileName, tr("This is a spreadsheet workbook or another packed file, not a "
                                             "CSV file. Save it as CSV (UTF-8) in your spreadsheet and "
                                             "import that file.")),
                         QStringLiteral("binary signature: ") + what);
        return Error(Error::Code::Invalid,
                     inFile(fileName, tr("This is not a text file. Choose a CSV file.")),
                     QStringLiteral("binary signature: ") + what);
    }
    // A program or other binary without a known signature: text in a single-byte or multibyte encoding has
    // almost no control bytes, while binaries are full of NULs. (UTF-16 has NULs by nature.) Checked on the
    // bytes, before any decoder is tried, so that the message is not about the wrong encoding.
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2) || utf16ByteOrder(bytes))
        return {};
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        controls += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    }
    if (controls > 8 && controls * 100 > sample)
        return Error(Error::Code::Invalid,
                     inFile(fileName, tr("This is not a text file. Choose a CSV file.")),
                     QStringLiteral("%1 control bytes in the first %2").arg(controls).arg(sample));
    return {};
}

Result<TextDecoding::Decoded> TextDecoding::decode(const QByteArray &bytes, Encoding encoding,
                                                   const QString &fileName)
{
    if (auto notBinary = checkNotBinary(bytes, fileName); !notBinary)
        return notBinary.error();

    Detection used;
    const Detection detected = detect(bytes);
    switch (encoding) {
    case Encoding::Auto:
        used = detected;
        break;
    case Encoding::Utf8:
        used = {Encoding::Utf8, startsWith(bytes, "\xEF\xBB\xBF", 3), false};
        break;
    case Encoding::ShiftJis:
        used = {Encoding::ShiftJis, false, false};
        break;
    case Encoding::Utf16:
        used = detected.encoding == Encoding::Utf16 ? detected : Detection{Encoding::Utf16, false, false};
        break;
    }

    const QString encodingName = describe(used);
    const auto notThisEncoding = [&](const QString &detail) {
        return Error(Error::Code::Invalid,
                     inFile(fileName,
                            tr("The file does not look like %1. Choose another encoding.").arg(encodingName)),
                     detail);
    };

    QByteArrayView body(bytes);
    QString text;
    bool hasError = false;
    switch (used.encoding) {
    case Encoding::Auto:
    case Encoding::Utf8: {
        if (used.hasBom)
            body = body.sliced(3);
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = decoder.decode(body);
        hasError = decoder.hasError();
        break;
    }
    case Encoding::ShiftJis: {
        QStringDecoder decoder(kShiftJisCodec, QStringConverter::Flag::Stateless);
        if (!decoder.isValid())
            return Error(Error::Code::Invalid,
                         tr("This build of Offkai cannot read Shift_JIS files (its Qt library has no ICU "
                            "support). Save the file as CSV UTF-8 in your spreadsheet and import that "
                            "file."),
                         QStringLiteral("QStringDecoder(\"Shift_JIS\") is not valid"));
        // Multi-byte UTF-8 is practically never valid Shift_JIS text that means something: decoding it
        // would import mojibake without any decoding error.
        if (encoding == Encoding::ShiftJis && hasNonAscii(bytes) && isValidUtf8(bytes))
            return notThisEncoding(QStringLiteral("the bytes are valid UTF-8"));
        text = decoder.decode(body);
        hasError = decoder.hasError();
        break;
    }
    case Encoding::Utf16: {
        if (used.hasBom)
            body = body.sliced(2);
        if (body.size() % 2 != 0)
            return notThisEncoding(QStringLiteral("odd number of bytes (%1)").arg(body.size()));
        QStringDecoder decoder(used.bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                               QStringConverter::Flag::Stateless);
        text = decoder.decode(body);
        hasError = decoder.hasError();
        break;
    }
    }
    if (hasError)
        return notThisEncoding(QStringLiteral("invalid byte sequence near line %1").arg(firstBadLine(text)));

    // Text has few control characters; a file full of them is binary whatever its bytes decode to.
    const qsizetype sample = std::min<qsizetype>(text.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        controls += c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
    }
    if (controls > 8 && controls * 100 > sample)
        return Error(Error::Code::Invalid,
                     inFile(fileName, tr("This is not a text file. Choose a CSV file.")),
                     QStringLiteral("%1 control characters in the first %2").arg(controls).arg(sample));

    qCDebug(lcExchange) << "decoded" << fileName << "as" << describe(used) << text.size() << "characters";
    return Decoded{std::move(text), used};
}

} // namespace offkai
