#pragma once

#include "core/Result.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

/// Detects the encoding of a text file's bytes and decodes them, refusing rather than guessing wrong.
///
/// Detection order: a UTF-8 or UTF-16 byte order mark; UTF-16 without a mark when NUL bytes sit in every
/// other position; valid UTF-8 (which includes plain ASCII); otherwise Shift_JIS in its Windows form
/// (CP932, what Excel writes on Japanese Windows). Decoding never silently replaces bytes: invalid input
/// for the chosen encoding is an error that tells the user to choose another one.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TextDecoding)
public:
    enum class Encoding
    {
        Auto,
        Utf8,
        ShiftJis,
        Utf16,
    };

    /// What detection found: the encoding, whether a byte order mark was present, and for UTF-16 the byte
    /// order.
    struct Detection
    {
        Encoding encoding = Encoding::Utf8;
        bool hasBom = false;
        bool bigEndian = false;
    };

    /// Decoded text (without a byte order mark) and the encoding that was used.
    struct Decoded
    {
        QString text;
        Detection used;
    };

    static QList<Encoding> allEncodings();
    /// Stable keys for the command line and presets: auto, utf-8, shift_jis, utf-16.
    static QString key(Encoding encoding);
    static std::optional<Encoding> fromKey(const QString &key);
    /// Translated name for menus ("Shift_JIS (Windows, Excel)").
    static QString label(Encoding encoding);
    /// A short description of a detection result ("UTF-8 with BOM", "UTF-16 LE").
    static QString describe(const Detection &detection);

    /// False when this Qt build cannot decode Shift_JIS (no ICU).
    static bool isShiftJisAvailable();

    static Detection detect(const QByteArray &bytes);
    /// Decodes `bytes` as `encoding` (Auto: detected). `fileName`, when given, is named in messages.
    static Result<Decoded> decode(const QByteArray &bytes, Encoding encoding = Encoding::Auto,
                                  const QString &fileName = {});

private:
    static Result<void> checkNotBinary(const QByteArray &bytes, const QString &fileName);
};

} // namespace offkai
