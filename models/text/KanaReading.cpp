#include "KanaReading.h"

#include "TextNormalizer.h"

namespace offkai {

bool KanaReading::isHalfWidthKatakana(QChar c)
{
    return c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F;
}

QString KanaReading::normalized(const QString &reading, Script script)
{
    QString out;
    out.reserve(reading.size());
    qsizetype i = 0;
    while (i < reading.size()) {
        if (!isHalfWidthKatakana(reading.at(i))) {
            out.append(reading.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < reading.size() && isHalfWidthKatakana(reading.at(end)))
            ++end;
        // NFKC widens the run and composes each voicing mark with its letter (ｶﾞ → ガ).
        const QString wide = reading.mid(i, end - i).normalized(QString::NormalizationForm_KC);
        out += script == Script::Hiragana ? TextNormalizer::foldKana(wide) : wide;
        i = end;
    }
    return out;
}

} // namespace offkai
