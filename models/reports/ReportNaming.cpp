#include "ReportNaming.h"

#include "records/Occupation.h"
#include "ReportLanguage.h"

namespace offkai {

namespace {

/// The Hepburn initial of each hiragana from U+3041 (ぁ) to U+3096 (ゖ); '-' for small っ, which only
/// doubles the next consonant.
constexpr char16_t kHiraganaFirst = 0x3041;
constexpr char16_t kHiraganaLast = 0x3096;
const char kHiraganaInitials[] = "AAIIUUEEOO"      // ぁあぃいぅうぇえぉお
                                 "KGKGKGKGKG"      // かがきぎくぐけげこご
                                 "SZSJSZSZSZ"      // さざしじすずせぜそぞ
                                 "TDCJ-TZTDTD"     // ただちぢっつづてでとど
                                 "NNNNN"           // なにぬねの
                                 "HBPHBPFBPHBPHBP" // はばぱひびぴふぶぷへべぺほぼぽ
                                 "MMMMM"           // まみむめも
                                 "YYYYYY"          // ゃやゅゆょよ
                                 "RRRRR"           // らりるれろ
                                 "WWIEON"          // ゎわゐゑをん
                                 "VKK";            // ゔゕゖ
static_assert(sizeof(kHiraganaInitials) - 1 == kHiraganaLast - kHiraganaFirst + 1);

bool isJapaneseScript(QChar ch)
{
    const QChar::Script script = ch.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool isJapaneseText(const QString &text)
{
    for (const QChar ch : text) {
        if (isJapaneseScript(ch))
            return true;
    }
    return false;
}

/// The unaccented capital of a Latin letter ("é" → "E"), empty for anything else.
QString latinCapital(QChar ch)
{
    if (!ch.isLetter() || ch.script() != QChar::Script_Latin)
        return {};
    const QString base = QString(ch).normalized(QString::NormalizationForm_D);
    return QString(base.at(0)).toUpper().left(1);
}

/// The initial of a Japanese name from its reading: the first kana, or the first letter of a reading in
/// Latin letters; nothing when the reading starts with kanji or is empty.
QString readingInitial(const QString &reading)
{
    for (const QChar ch : reading) {
        const char16_t c = ch.unicode();
        const QString kana = ReportNaming::kanaInitial(ch);
        if (!kana.isEmpty())
            return kana;
        // Small っ, long vowel marks, iteration marks, spaces and punctuation start no name.
        const bool skipped = (c >= 0x3041 && c <= 0x30FF) || ch.isSpace() || ch.isPunct() || ch.isSymbol();
        if (skipped)
            continue;
        return latinCapital(ch);
    }
    return {};
}

/// The initial of a name in Latin letters: the first letter of its last word that has one.
QString latinInitial(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (auto word = words.crbegin(); word != words.crend(); ++word) {
        for (const QChar ch : *word) {
            if (ch.isLetter())
                return latinCapital(ch);
        }
    }
    return {};
}

/// The source text of a built-in occupation, as Occupation::builtInLabel() translates it.
const char *builtInOccupation(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *source;
    } builtIns[] = {
        {"freelancer", QT_TRANSLATE_NOOP("offkai::Occupation", "Freelancer")},
        {"creator", QT_TRANSLATE_NOOP("offkai::Occupation", "Creator")},
        {"executive", QT_TRANSLATE_NOOP("offkai::Occupation", "Executive")},
        {"founder", QT_TRANSLATE_NOOP("offkai::Occupation", "Founder")},
        {"employee", QT_TRANSLATE_NOOP("offkai::Occupation", "Employee")},
        {"student", QT_TRANSLATE_NOOP("offkai::Occupation", "Student")},
        {"advertising", QT_TRANSLATE_NOOP("offkai::Occupation", "Advertising and media")},
        {"other", QT_TRANSLATE_NOOP("offkai::Occupation", "Other")},
    };
    for (const auto &builtIn : builtIns) {
        if (key == QLatin1String(builtIn.key))
            return builtIn.source;
    }
    return nullptr;
}

/// "an executive", "a participant" ("経営者の方").
QString withArticle(const ReportLanguage &lang, const QString &label)
{
    if (lang.isJapanese())
        return lang.translate("offkai::ReportNaming", "a %1", "someone of this occupation").arg(label);
    QString lower = label;
    // "Executive" → "executive", but "CEO" stays.
    if (lower.size() > 1 && lower.at(0).isUpper() && lower.at(1).isLower())
        lower[0] = lower.at(0).toLower();
    const bool vowel = !lower.isEmpty() && QStringLiteral("aeiouAEIOU").contains(lower.at(0));
    return vowel ? lang.translate("offkai::ReportNaming", "an %1", "someone of this occupation").arg(lower)
                 : lang.translate("offkai::ReportNaming", "a %1", "someone of this occupation").arg(lower);
}

} // namespace

Member::NameConsent ReportNaming::rule(Report::Privacy privacy, Member::NameConsent consent)
{
    Member::NameConsent fromPrivacy = Member::NameConsent::FullName;
    if (privacy == Report::Privacy::OccupationInitial)
        fromPrivacy = Member::NameConsent::OccupationInitial;
    else if (privacy == Report::Privacy::NoNames)
        fromPrivacy = Member::NameConsent::NotNamed;
    // The enumerators go from the most open to the strictest.
    return static_cast<int>(consent) > static_cast<int>(fromPrivacy) ? consent : fromPrivacy;
}

QString ReportNaming::kanaInitial(QChar kana)
{
    char16_t c = kana.unicode();
    if (c >= 0x30F7 && c <= 0x30FA) // ヷヸヹヺ
        return QStringLiteral("V");
    if (c >= 0x30A1 && c <= 0x30F6) // katakana → hiragana
        c = static_cast<char16_t>(c - 0x60);
    if (c < kHiraganaFirst || c > kHiraganaLast)
        return {};
    const char initial = kHiraganaInitials[c - kHiraganaFirst];
    return initial == '-' ? QString() : QString(QLatin1Char(initial));
}

QString ReportNaming::initial(const QString &displayName, const QString &reading)
{
    // NFKC: half-width katakana and full-width Latin letters become the usual ones.
    const QString name = displayName.normalized(QString::NormalizationForm_KC).simplified();
    if (isJapaneseText(name))
        return readingInitial(reading.normalized(QString::NormalizationForm_KC));
    return latinInitial(name);
}

QString ReportNaming::occupationLabel(const ReportAttendee &attendee, const QString &language)
{
    const ReportLanguage lang(language);
    const QString label = attendee.occupationLabel.simplified();
    if (const char *source = builtInOccupation(attendee.occupation)) {
        // A built-in shown under its name in some language is shown in the report's; a renamed one keeps
        // the organizer's label.
        const bool builtInName =
            label.isEmpty() || label == Occupation::builtInLabel(attendee.occupation) ||
            label == QLatin1String(source) ||
            label == ReportLanguage(QStringLiteral("ja")).translate("offkai::Occupation", source);
        if (builtInName)
            return lang.translate("offkai::Occupation", source);
        return label;
    }
    if (!label.isEmpty())
        return label;
    if (!attendee.occupation.trimmed().isEmpty())
        return attendee.occupation.trimmed();
    return lang.translate("offkai::ReportNaming", "Participant");
}

QString ReportNaming::name(const ReportAttendee &attendee, Report::Privacy privacy, const QString &language)
{
    const ReportLanguage lang(language);
    switch (rule(privacy, attendee.consent)) {
    case Member::NameConsent::FullName:
        return attendee.displayName.simplified();
    case Member::NameConsent::OccupationInitial: {
        const QString occupation = occupationLabel(attendee, language);
        const QString letter = initial(attendee.displayName, attendee.reading);
        if (letter.isEmpty())
            return withArticle(lang, occupation);
        return lang.translate("offkai::ReportNaming", "%1 %2.", "occupation and initial: Executive I.")
            .arg(occupation, letter);
    }
    case Member::NameConsent::NotNamed:
        break;
    }
    return {};
}

QString ReportNaming::shortName(const ReportAttendee &attendee, Report::Privacy privacy,
                                const QString &language)
{
    switch (rule(privacy, attendee.consent)) {
    case Member::NameConsent::FullName:
        return attendee.displayName.simplified();
    case Member::NameConsent::OccupationInitial: {
        const QString letter = initial(attendee.displayName, attendee.reading);
        if (letter.isEmpty())
            return {};
        return ReportLanguage(language)
            .translate("offkai::ReportNaming", "%1.", "an initial alone: I.")
            .arg(letter);
    }
    case Member::NameConsent::NotNamed:
        break;
    }
    return {};
}

QStringList ReportNaming::names(const QList<ReportAttendee> &attendees, Report::Privacy privacy,
                                const QString &language)
{
    QStringList out;
    for (const ReportAttendee &attendee : attendees) {
        const QString shown = name(attendee, privacy, language);
        if (!shown.isEmpty())
            out.append(shown);
    }
    return out;
}

} // namespace offkai
