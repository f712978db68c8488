#pragma once

#include "records/Member.h"
#include "records/Report.h"
#include "records/ReportContext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// How a report names the people who came.
///
/// The rule for one person is the stricter of the report's privacy and the member's own consent
/// (full name < occupation and initial < not named):
/// - full name: the display name, "井上 一郎";
/// - occupation and initial, as in "経営者Iさん" (Japanese) or "Executive I." (English); without an
///   initial "経営者の方" / "an executive"; without an occupation "参加者Iさん" / "Participant I.";
/// - not named: left out of every list of names, but still counted.
///
/// The initial is the Latin initial of the family name. For a Japanese name (kanji or kana in the display
/// name) it is the romanized first kana of the reading, in Hepburn (し→S, ち→C, つ→T, ふ→F, じ/ぢ→J,
/// づ→Z, を→O, ん→N; katakana and half-width kana alike; long vowel marks and small っ skipped); a
/// reading in Latin letters gives its first letter; a reading in kanji, or none, gives no initial. Any
/// other name gives the first Latin letter of its last word ("Alice Smith" → "S"), without accents.
///
/// The language is the report's ("ja" or "en", see ReportLanguage). Everything returned is plain text,
/// not Markdown: the caller escapes it.
class ReportNaming
{
public:
    /// The stricter of the two, as a consent: FullName, OccupationInitial or NotNamed.
    static Member::NameConsent rule(Report::Privacy privacy, Member::NameConsent consent);

    /// "I", "S", "C", "F", "T" …; empty when none can be made.
    static QString initial(const QString &displayName, const QString &reading);
    /// The Hepburn initial of one kana ("し" → "S"), empty when `kana` is not kana.
    static QString kanaInitial(QChar kana);

    /// The occupation as the report shows it: a built-in one in the report's language, an organizer's
    /// own label as it is; "Participant" / "参加者" when unknown.
    static QString occupationLabel(const ReportAttendee &attendee, const QString &language);

    /// How the person is named in the text: "井上 一郎", "経営者Iさん", "Executive I.", "経営者の方";
    /// empty when they are not named.
    static QString name(const ReportAttendee &attendee, Report::Privacy privacy, const QString &language);
    /// How the person is named in a row that already says their occupation: "井上 一郎", "Iさん", "I.";
    /// empty when not named or when there is no initial.
    static QString shortName(const ReportAttendee &attendee, Report::Privacy privacy,
                             const QString &language);
    /// name() of everyone who may be named, in the given order.
    static QStringList names(const QList<ReportAttendee> &attendees, Report::Privacy privacy,
                             const QString &language);
};

} // namespace offkai
