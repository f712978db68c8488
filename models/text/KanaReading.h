#pragma once

#include <QString>

namespace offkai {

/// How a community writes members' readings (furigana), and the clean-up an imported reading gets.
class KanaReading
{
public:
    enum class Script
    {
        Katakana, ///< タナカ タロウ
        Hiragana, ///< たなか たろう
    };

    /// `reading` with its half-width katakana (ﾀﾅｶ ﾀﾛｳ, as older systems and some services export them)
    /// written in full-width `script`: ﾀﾅｶ → タナカ or たなか, ｶﾞ → ガ or が (the voicing mark joins its
    /// letter), ｰ → ー. Everything else stays as written, full-width kana of either script included.
    static QString normalized(const QString &reading, Script script);
    /// True for the half-width katakana block (U+FF61–U+FF9F: letters, voicing marks, ｰ and 。「」、・).
    static bool isHalfWidthKatakana(QChar c);
};

} // namespace offkai
