#include "MemberServicePresets.h"

#include <QHash>
#include <QRegularExpression>
#include <span>

namespace offkai {

namespace {
using Field = MemberCsvMapping::Field;
using Preset = MemberServicePresets::Preset;

/// A column of a service's file and where it goes ('|'-separated names, compared by questionKey()).
/// Ignore marks a column that is known and has no place in a member (attendance, payment).
struct KnownColumn
{
    Field field;
    const char *names;
};

// connpass 「CSVダウンロード」: 参加枠名,ユーザー名,表示名,利用開始日,コメント,参加ステータス,出欠ステータス,
// 出席日時,…,更新日時,受付番号; paid events add PayPal取引ID,請求書ID; questionnaire columns come before
// 更新日時 and are guessed like any other column.
const KnownColumn kConnpass[] = {
    {Field::ConnpassAccount, "ユーザー名"},
    {Field::DisplayName, "表示名"},
    {Field::Ignore, "参加枠名|利用開始日|コメント|参加ステータス|出欠ステータス|出席日時|更新日時|受付番号|"
                    "PayPal取引ID|請求書ID"},
};
// Zoom meeting participants, Japanese and English UI (and the webinar's attendee columns).
const KnownColumn kZoom[] = {
    {Field::MeetingName, "名前(元の名前)|Name(Original Name)|User Name(Original Name)"},
    {Field::Email, "ユーザーメール|User Email|Email"},
    {Field::Ignore,
     "参加時刻|退出時刻|所要時間(分)|ゲスト|Join Time|Leave Time|Duration(Minutes)|Guest|Attended|"
     "Registration Time|Approval Status|Time in Session(minutes)|Is Guest|"
     "録画の同意|Recording Consent|In Waiting Room|待機室内"},
};
// Meetup's member list (tab-separated, saved as .xls). Member ID is the number that stays; the User ID
// and the member's title in the group are kept in the notes with their column names.
const KnownColumn kMeetup[] = {
    {Field::DisplayName, "Name"},
    {Field::MeetupAccount, "Member ID"},
    {Field::LabelledNote, "User ID|Title"},
    {Field::Region, "Location"},
    {Field::JoinedOn, "Joined Group on"},
    {Field::Introduction, "Intro"},
    {Field::OtherUrl, "URL of Member Profile"},
    {Field::Ignore, "Last visited group on|Last Attended|Total RSVPs|RSVPed Yes|RSVPed Maybe|RSVPed No|"
                    "Meetups attended|No shows|Photo|Assistant Organizer|Mailing List"},
};
// Peatix (from its documentation: the exact header row is not published). The kana name is all Peatix
// discloses of a person unless the event's form asks for more.
const KnownColumn kPeatix[] = {
    {Field::KanaName, "参加者名(カナ)"},
    {Field::Ignore, "チケット|支払金額|支払状況|申込日|注文ID|チケットID|支払方法"},
};
// Doorkeeper (from its documentation): 名前, メールアドレス and the form's answers.
const KnownColumn kDoorkeeper[] = {
    {Field::DisplayName, "名前"},
    {Field::Email, "メールアドレス"},
    {Field::Ignore, "チケット|チケット名|チケット種別|参加状況|申込日時|登録日時|ステータス"},
};
// Google Forms responses: タイムスタンプ first, メールアドレス when collected, then a column per question.
const KnownColumn kGoogleForms[] = {
    {Field::AppliedAt, "タイムスタンプ|Timestamp"},
    {Field::Email, "メールアドレス|Email Address|Email"},
    {Field::Ignore, "スコア|Score"},
};

std::span<const KnownColumn> knownColumns(Preset preset)
{
    switch (preset) {
    case Preset::Connpass:
        return kConnpass;
    case Preset::Peatix:
        return kPeatix;
    case Preset::Doorkeeper:
        return kDoorkeeper;
    case Preset::Meetup:
        return kMeetup;
    case Preset::Zoom:
        return kZoom;
    case Preset::GoogleForms:
        return kGoogleForms;
    }
    return {};
}

/// The known column `header` is, if any.
std::optional<Field> knownField(Preset preset, const QString &header)
{
    const QString wanted = MemberServicePresets::questionKey(header);
    for (const KnownColumn &column : knownColumns(preset)) {
        for (const QString &name : QString::fromUtf8(column.names).split(QLatin1Char('|'))) {
            if (MemberServicePresets::questionKey(name) == wanted)
                return column.field;
        }
    }
    return std::nullopt;
}

/// The headers' keys, to ask which of some names a file has.
class HeaderKeys
{
public:
    explicit HeaderKeys(const QStringList &headers)
    {
        for (const QString &header : headers)
            m_keys.append(MemberServicePresets::questionKey(header));
    }
    /// True when one of the '|'-separated names is a header.
    bool has(const char *names) const
    {
        for (const QString &name : QString::fromUtf8(names).split(QLatin1Char('|'))) {
            if (m_keys.contains(MemberServicePresets::questionKey(name)))
                return true;
        }
        return false;
    }
    QString first() const { return m_keys.isEmpty() ? QString() : m_keys.constFirst(); }

private:
    QStringList m_keys;
};

QString normalizedAnswer(const QString &text)
{
    QString n = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    n.replace(QChar(0x2019), QLatin1Char('\''));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    n.remove(spaces);
    return n;
}

bool containsAny(const QString &text, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (text.contains(QString::fromUtf8(part)))
            return true;
    }
    return false;
}

bool startsWithAny(const QString &text, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        const QString p = QString::fromUtf8(part);
        // "no" must not match "none of…" unless it ends there or punctuation follows.
        if (text == p || (text.startsWith(p) && !text.at(p.size()).isLetter()))
            return true;
    }
    return false;
}
} // namespace

QList<MemberServicePresets::Preset> MemberServicePresets::all()
{
    return {Preset::Connpass, Preset::Peatix, Preset::Doorkeeper,
            Preset::Meetup,   Preset::Zoom,   Preset::GoogleForms};
}

QString MemberServicePresets::key(Preset preset)
{
    switch (preset) {
    case Preset::Connpass:
        return QStringLiteral("connpass");
    case Preset::Peatix:
        return QStringLiteral("peatix");
    case Preset::Doorkeeper:
        return QStringLiteral("doorkeeper");
    case Preset::Meetup:
        return QStringLiteral("meetup");
    case Preset::Zoom:
        return QStringLiteral("zoom");
    case Preset::GoogleForms:
        return QStringLiteral("google-forms");
    }
    return {};
}

std::optional<MemberServicePresets::Preset> MemberServicePresets::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const Preset preset : all()) {
        if (MemberServicePresets::key(preset) == wanted)
            return preset;
    }
    return std::nullopt;
}

QString MemberServicePresets::label(Preset preset)
{
    switch (preset) {
    case Preset::Connpass:
        return tr("connpass participants");
    case Preset::Peatix:
        return tr("Peatix attendees");
    case Preset::Doorkeeper:
        return tr("Doorkeeper attendees");
    case Preset::Meetup:
        return tr("Meetup member list");
    case Preset::Zoom:
        return tr("Zoom meeting participants");
    case Preset::GoogleForms:
        return tr("Google Forms responses");
    }
    return {};
}

std::optional<MemberServicePresets::Preset> MemberServicePresets::detect(const QStringList &headers)
{
    const HeaderKeys h(headers);
    if (h.has("ユーザー名") && h.has("表示名") && h.has("参加ステータス|出欠ステータス|参加枠名|受付番号"))
        return Preset::Connpass;
    if (h.has("名前(元の名前)|Name(Original Name)|User Name(Original Name)") &&
        h.has("ユーザーメール|User Email|Email|参加時刻|Join Time"))
        return Preset::Zoom;
    if (h.has("Member ID") &&
        h.has("Joined Group on|URL of Member Profile|Last visited group on|Total RSVPs"))
        return Preset::Meetup;
    if (h.has("参加者名(カナ)") || (h.has("支払状況") && h.has("チケット")))
        return Preset::Peatix;
    if (h.has("名前") && h.has("メールアドレス") &&
        h.has("チケット|チケット名|チケット種別|参加状況|申込日時"))
        return Preset::Doorkeeper;
    if (h.first() == questionKey(QStringLiteral("タイムスタンプ")) ||
        h.first() == questionKey(QStringLiteral("Timestamp")))
        return Preset::GoogleForms;
    return std::nullopt;
}

MemberCsvMapping MemberServicePresets::mapping(Preset preset, const QStringList &headers,
                                               const QList<JoinQuestion> &questions)
{
    QHash<QString, qint64> questionIds;
    if (preset == Preset::GoogleForms) {
        for (const JoinQuestion &q : questions)
            questionIds.insert(questionKey(q.text), q.id);
    }
    MemberCsvMapping result;
    for (int i = 0; i < headers.size(); ++i) {
        const QString &header = headers.at(i);
        MemberCsvMapping::Column column{i, header, Field::Ignore, 0};
        const auto question = questionIds.constFind(questionKey(header));
        if (const auto known = knownField(preset, header)) {
            column.field = *known;
        } else if (preset == Preset::GoogleForms && isConsentQuestion(header)) {
            // The consent sets the member's naming consent, and is kept as the answer when it is asked
            // as a join question too.
            column.field = Field::NameConsent;
            column.questionId = question != questionIds.cend() ? *question : 0;
        } else if (question != questionIds.cend()) {
            column.field = Field::Answer;
            column.questionId = *question;
        } else {
            column.field = MemberCsvMapping::guessField(header);
            // A service's own status columns are attendance or payment, never the member's status.
            if (column.field == Field::Status)
                column.field = Field::Ignore;
        }
        result.columns.append(column);
    }
    // A Peatix form that asks for the name makes the kana the reading only: KanaName does that itself.
    return result;
}

MemberServicePresets::Guess MemberServicePresets::guess(const QStringList &headers,
                                                        const QList<JoinQuestion> &questions)
{
    if (const auto preset = detect(headers))
        return {mapping(*preset, headers, questions), preset};
    return {MemberCsvMapping::guess(headers), std::nullopt};
}

Error MemberServicePresets::missingNameError(const QStringList &headers, const QString &fileName)
{
    QStringList expected;
    expected << tr("connpass: ユーザー名, 表示名, 参加ステータス")
             << tr("Zoom: 名前 (元の名前) or Name (Original Name), ユーザーメール or User Email")
             << tr("Meetup: Name, Member ID, Joined Group on")
             << tr("Peatix: 参加者名(カナ), チケット, 支払状況")
             << tr("Doorkeeper: 名前, メールアドレス, チケット")
             << tr("Google Forms: タイムスタンプ (Timestamp) first, then a name question")
             << tr("any list: a column named 氏名, 名前, 表示名, Name or 姓 and 名");
    QStringList own;
    for (const QString &header : headers)
        own.append(header.trimmed().isEmpty() ? tr("(empty)") : header.trimmed());
    const QString message =
        tr("No column holds the members' names, and the file is from no service Offkai knows. Columns "
           "that are recognised:\n%1\nThe file's columns: %2")
            .arg(QStringLiteral("  ") + expected.join(QStringLiteral("\n  ")),
                 own.join(QStringLiteral(", ")));
    return Error(Error::Code::Invalid,
                 fileName.isEmpty() ? message : tr("%1: %2", "file name: message").arg(fileName, message),
                 QStringLiteral("no name column mapped"));
}

QString MemberServicePresets::meetingName(const QString &name)
{
    // Runs of ASCII blanks are Zoom's padding; a full-width space between names is kept as written.
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\r\\n]+"));
    const QString text = QString(name).replace(blanks, QStringLiteral(" ")).trimmed();
    static const QRegularExpression renamed(QStringLiteral("^(.*?)\\s*[(（]([^()（）]*)[)）]$"));
    const auto match = renamed.match(text);
    if (!match.hasMatch())
        return text;
    const QString current = match.captured(1).trimmed();
    const QString original = match.captured(2).trimmed();
    // A device name: the model's word, then only model numbers and suffixes ("iPhone 15 Pro", "Galaxy
    // S23"), perhaps after an owner ("Hanako's iPad", "佐藤のiPhone"). "Mac Miller" is a person.
    static const QRegularExpression device(
        QStringLiteral(
            "^(?:\\S+(?:'s|’s|の)\\s*)?(?:iphone|ipad|android|galaxy|pixel|xperia|aquos|arrows|windows|"
            "macbook|mac|pc|zoom\\s*user|zoomユーザー)(?:\\s*[\\w\\-]*\\d[\\w\\-]*|\\s*(?:pro|max|plus|"
            "mini|air|ultra|lite))*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (current.isEmpty() || (device.match(current).hasMatch() && !original.isEmpty()))
        return original;
    return current;
}

bool MemberServicePresets::isWithdrawnMarker(const QString &value)
{
    // Every name of an import passes here: most are told apart without normalizing them.
    if (!value.contains(QStringLiteral("退会")))
        return false;
    const QString v = normalizedAnswer(value);
    return v == QStringLiteral("(退会ユーザー)") || v == QStringLiteral("退会ユーザー");
}

bool MemberServicePresets::isConsentQuestion(const QString &text)
{
    const QString t = normalizedAnswer(text);
    if (containsAny(t, {"consent", "同意"}) && containsAny(t, {"name", "名前", "氏名", "掲載", "公開"}))
        return true;
    return containsAny(t, {"名前", "氏名", "実名", "name"}) &&
           containsAny(t, {"掲載", "公開", "載せ", "記載", "publish"});
}

std::optional<Member::NameConsent> MemberServicePresets::parseConsent(const QString &answer)
{
    using Consent = Member::NameConsent;
    const QString a = normalizedAnswer(answer);
    if (a.isEmpty())
        return std::nullopt;
    // Anything refused is read as refused: a wrong "not named" costs less than a name published.
    if (containsAny(a, {"不可", "しない", "しません", "ないで", "載せない", "出さない", "非公開", "匿名",
                        "控え", "希望せず", "notnamed", "don't", "donot", "notpublish", "anonymous"}) ||
        startsWithAny(a, {"いいえ", "no", "ng", "disagree"}))
        return Consent::NotNamed;
    if (containsAny(a, {"イニシャル", "initial", "職業", "occupation", "所属"}))
        return Consent::OccupationInitial;
    if (containsAny(a, {"フルネーム", "実名", "本名", "氏名", "fullname", "名前を掲載", "名前の掲載",
                        "構いません", "かまいません", "大丈夫"}) ||
        startsWithAny(a, {"はい", "可", "yes", "ok", "agree", "iagree", "同意する", "同意します", "掲載可",
                          "公開可", "掲載してよい", "問題ない", "問題ありません"}))
        return Consent::FullName;
    return std::nullopt;
}

QString MemberServicePresets::questionKey(const QString &text)
{
    QString key = normalizedAnswer(text);
    key.remove(QChar(0xFEFF));
    static const QRegularExpression trailing(QStringLiteral("[*?:。.]+$"));
    key.remove(trailing);
    return key;
}

} // namespace offkai
