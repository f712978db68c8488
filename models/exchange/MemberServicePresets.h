#pragma once

#include "core/Result.h"
#include "exchange/MemberCsvMapping.h"
#include "records/JoinQuestion.h"
#include "records/Member.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// The member lists of event and form services, built in: connpass participants, Peatix and Doorkeeper
/// attendee lists, Meetup's member list, Zoom meeting participants and Google Forms responses.
///
/// A preset is recognised from the header row (by column names, in any order) and maps every column a
/// member has a place for; the rest stay unmapped, so the wizard shows them and the import report lists
/// them. Attendance columns (参加ステータス, 出欠ステータス, 支払状況, join and leave times) are not member
/// fields and are never read as a member's status. Pure: the join questions come from the caller.
class MemberServicePresets
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberServicePresets)
public:
    enum class Preset
    {
        Connpass,
        Peatix,
        Doorkeeper,
        Meetup,
        Zoom,
        GoogleForms,
    };

    struct Guess
    {
        MemberCsvMapping mapping;
        std::optional<Preset> preset; ///< nullopt: no service recognised, the columns were guessed one by one
    };

    static QList<Preset> all();
    /// Stable keys for the command line: connpass, peatix, doorkeeper, meetup, zoom, google-forms.
    static QString key(Preset preset);
    static std::optional<Preset> fromKey(const QString &key);
    static QString label(Preset preset);

    /// The preset whose characteristic columns the header row carries.
    static std::optional<Preset> detect(const QStringList &headers);
    /// The mapping of `preset` for a file with `headers`. Google Forms questions whose text is one of
    /// `questions` (compared ignoring case, spaces and full-width forms) fill that question's answer.
    static MemberCsvMapping mapping(Preset preset, const QStringList &headers,
                                    const QList<JoinQuestion> &questions = {});
    /// The preset's mapping when one is recognised, otherwise MemberCsvMapping::guess().
    static Guess guess(const QStringList &headers, const QList<JoinQuestion> &questions = {});

    /// The translated refusal for a file none of whose columns gives a name: it lists the columns each
    /// preset recognises and the file's own.
    static Error missingNameError(const QStringList &headers, const QString &fileName = {});

    // --- Values the presets need read in their own way ----------------------------------------------
    /// A name as Zoom shows it, reduced to the person: "Current (Original)" → Current, a device label
    /// with the name after it ("iPhone (佐藤 花子)") → the name.
    static QString meetingName(const QString &name);
    /// connpass's "(退会ユーザー)": the account was deleted, the row names nobody.
    static bool isWithdrawnMarker(const QString &value);
    /// True for a form question about publishing the name (名前の掲載, お名前を…公開, consent).
    static bool isConsentQuestion(const QString &text);
    /// The consent an answer gives: フルネームで可 → FullName, 職業とイニシャル → OccupationInitial,
    /// 掲載しない / 不可 / No → NotNamed. An answer that refuses anything counts as NotNamed (the safer
    /// reading); nullopt when the answer says nothing recognisable.
    static std::optional<Member::NameConsent> parseConsent(const QString &answer);
    /// A question or header as compared: NFKC, case folded, without spaces and a trailing "*", "?", ":".
    static QString questionKey(const QString &text);
};

} // namespace offkai
