#include "MemberCsvMapping.h"
#include "text/AsciiDigits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace offkai {

namespace {
using Field = MemberCsvMapping::Field;

/// NFKC (full-width → ASCII, half-width kana → full), case folded, without spaces and punctuation.
QString normalizeHeader(const QString &header, bool dropBrackets)
{
    QString text = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    if (dropBrackets) {
        static const QRegularExpression brackets(
            QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】|〔[^〕]*〕"));
        text.remove(brackets);
    }
    static const QRegularExpression noise(QStringLiteral("[\\s_\\-./:・*※?？()\\[\\]【】〔〕]|\\d+$"));
    text.remove(noise);
    return text;
}

struct Synonym
{
    Field field;
    const char *names; // '|'-separated, UTF-8
};

// Exact names after normalizeHeader(…, true). Keep Japanese and English spellings together.
const Synonym kSynonyms[] = {
    {Field::DisplayName,
     "氏名|名前|お名前|おなまえ|フルネーム|表示名|会員名|メンバー名|参加者名|申込者名|購入者名|"
     "ニックネーム|name|fullname|displayname|nickname|attendeename|membername|"
     "buyername|participantname|username"},
    {Field::FamilyName, "姓|苗字|名字|lastname|familyname|surname"},
    {Field::GivenName, "名|firstname|givenname"},
    {Field::Reading, "ふりがな|フリガナ|よみがな|ヨミガナ|読み|よみ|ヨミ|読み仮名|カナ|かな|氏名カナ|"
                     "reading|furigana|kana|phonetic|phoneticname|namereading"},
    {Field::FamilyReading, "せい|セイ|姓ふりがな|姓フリガナ|lastnamereading|phoneticlastname"},
    {Field::GivenReading, "めい|メイ|名ふりがな|名フリガナ|firstnamereading|phoneticfirstname"},
    {Field::Email, "メールアドレス|メール|eメール|電子メール|mail|email|emailaddress|mailaddress"},
    {Field::Phone,
     "電話|電話番号|携帯|携帯電話|携帯番号|連絡先電話番号|tel|phone|phonenumber|mobile|telephone"},
    {Field::Line, "line|lineid|ラインid|ライン"},
    {Field::Facebook, "facebook|fb|facebookurl|facebookprofile|facebookprofileurl|facebookアカウント|"
                      "facebookname|profileurl|profilelink"},
    {Field::XHandle, "x|twitter|xtwitter|twitterx|twitterid|xid|xアカウント|twitterアカウント|"
                     "twitterhandle|xhandle"},
    {Field::Slack, "slack|slackid|slackname|slack名|slack表示名|slackusername"},
    {Field::OtherUrl,
     "url|otherurl|website|webサイト|ウェブサイト|ホームページ|hp|blog|ブログ|sns|webpage|homepage"},
    {Field::Affiliation, "所属|会社名|会社|勤務先|所属先|所属団体|学校|学校名|団体名|company|companyname|"
                         "organization|organisation|affiliation|employer|school"},
    {Field::JobTitle, "役職|肩書き|肩書|役職名|title|jobtitle|position|role"},
    {Field::Occupation, "職業|職種|occupation|job|profession"},
    {Field::Industry, "業種|業界|industry|sector"},
    {Field::Region,
     "地域|都道府県|居住地|お住まい|お住まいの地域|エリア|region|prefecture|area|location|city"},
    {Field::Introduction, "自己紹介|紹介文|ひとこと|一言|プロフィール|introduction|selfintroduction|bio|"
                          "aboutme|about|profile"},
    {Field::Skills, "スキル|得意分野|興味|関心|興味関心|趣味|skills|interests|skillsandinterests"},
    {Field::Tags, "タグ|ラベル|tags|tag|labels|label"},
    {Field::Notes, "メモ|備考|ノート|コメント|notes|note|memo|remarks|comment|comments"},
    {Field::Status, "状態|ステータス|会員状態|会員ステータス|status|memberstatus|membershipstatus"},
    {Field::JoinedOn, "入会日|登録日|加入日|参加日|入会年月日|joined|joindate|joinedon|datejoined|registered|"
                      "registrationdate|membersince|signupdate"},
    {Field::LeftOn, "退会日|脱退日|left|lefton|leavedate|dateleft"},
    {Field::ConnpassAccount, "connpass|connpassid|connpassユーザー名|connpassアカウント|connpassusername"},
    {Field::PeatixAccount, "peatix|peatixid|peatixアカウント|peatixusername"},
    {Field::DoorkeeperAccount, "doorkeeper|doorkeeperid|doorkeeperアカウント|doorkeeperusername"},
    {Field::MeetupAccount, "meetup|meetupid|meetupmemberid|meetupアカウント"},
};

const QHash<QString, Field> &synonymTable()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        for (const Synonym &s : kSynonyms) {
            const QStringList names = QString::fromUtf8(s.names).split(QLatin1Char('|'));
            for (const QString &name : names)
                t.insert(normalizeHeader(name, true), s.field);
        }
        return t;
    }();
    return table;
}

bool containsAny(const QString &text, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (text.contains(QString::fromUtf8(part)))
            return true;
    }
    return false;
}

struct FieldInfo
{
    Field field;
    const char *key;
};
const FieldInfo kFieldKeys[] = {
    {Field::Ignore, "ignore"},
    {Field::DisplayName, "displayName"},
    {Field::FamilyName, "familyName"},
    {Field::GivenName, "givenName"},
    {Field::Reading, "reading"},
    {Field::FamilyReading, "familyReading"},
    {Field::GivenReading, "givenReading"},
    {Field::Email, "emails"},
    {Field::Phone, "phone"},
    {Field::Line, "line"},
    {Field::Facebook, "facebook"},
    {Field::XHandle, "x"},
    {Field::Slack, "slack"},
    {Field::OtherUrl, "otherUrl"},
    {Field::Affiliation, "affiliation"},
    {Field::JobTitle, "jobTitle"},
    {Field::Occupation, "occupation"},
    {Field::Industry, "industry"},
    {Field::Region, "region"},
    {Field::Introduction, "introduction"},
    {Field::Skills, "skills"},
    {Field::Tags, "tags"},
    {Field::Notes, "notes"},
    {Field::Status, "status"},
    {Field::JoinedOn, "joinedOn"},
    {Field::LeftOn, "leftOn"},
    {Field::ConnpassAccount, "connpass"},
    {Field::PeatixAccount, "peatix"},
    {Field::DoorkeeperAccount, "doorkeeper"},
    {Field::MeetupAccount, "meetup"},
    {Field::MeetingName, "meetingName"},
    {Field::KanaName, "kanaName"},
    {Field::LabelledNote, "labelledNote"},
    {Field::Answer, "answer"},
    {Field::NameConsent, "nameConsent"},
    {Field::AppliedAt, "appliedAt"},
};

/// A column name as presets match it: trimmed and without U+FEFF. Qt's JSON reader drops U+FEFF from
/// strings, so a preset saved from a header that holds one would otherwise never match that header again.
QString headerKey(const QString &header)
{
    QString key = header;
    key.remove(QChar(0xFEFF));
    return key.trimmed();
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

/// 1–12 for an English month name or its first three letters, 0 otherwise.
int monthFromName(const QString &name)
{
    static const char *const months[] = {"january",   "february", "march",    "april",
                                         "may",       "june",     "july",     "august",
                                         "september", "october",  "november", "december"};
    const QString wanted = name.toLower();
    for (int i = 0; i < 12; ++i) {
        const QString month = QString::fromLatin1(months[i]);
        if (wanted == month || (wanted.size() >= 3 && month.startsWith(wanted)))
            return i + 1;
    }
    return 0;
}
} // namespace

MemberCsvMapping::Field MemberCsvMapping::fieldAt(int index) const
{
    for (const Column &c : columns) {
        if (c.index == index)
            return c.field;
    }
    return Field::Ignore;
}

qint64 MemberCsvMapping::questionAt(int index) const
{
    for (const Column &c : columns) {
        if (c.index == index)
            return c.field == Field::Answer ? c.questionId : 0;
    }
    return 0;
}

void MemberCsvMapping::setField(int index, Field field, qint64 questionId)
{
    const qint64 question = field == Field::Answer || field == Field::NameConsent ? questionId : 0;
    for (Column &c : columns) {
        if (c.index == index) {
            c.field = field;
            c.questionId = question;
            return;
        }
    }
    columns.append({index, QString(), field, question});
}

bool MemberCsvMapping::maps(Field field) const
{
    for (const Column &c : columns) {
        if (c.field == field)
            return true;
    }
    return false;
}

bool MemberCsvMapping::mapsName() const
{
    return maps(Field::DisplayName) || maps(Field::FamilyName) || maps(Field::GivenName) ||
           maps(Field::MeetingName) || maps(Field::KanaName);
}

QStringList MemberCsvMapping::ignoredHeaders() const
{
    QStringList headers;
    for (const Column &c : columns) {
        if (c.field == Field::Ignore && !c.header.trimmed().isEmpty())
            headers.append(headerKey(c.header));
    }
    return headers;
}

MemberCsvMapping::Field MemberCsvMapping::guessField(const QString &header)
{
    const QString loose = normalizeHeader(header, false);
    if (loose.isEmpty())
        return Field::Ignore;
    // Readings first: "氏名（フリガナ）" is a reading, though it starts with a name.
    if (containsAny(loose, {"ふりがな", "フリガナ", "よみがな", "ヨミガナ", "furigana", "reading", "phonetic",
                            "カナ", "kana"})) {
        if (containsAny(loose, {"姓", "せい", "セイ", "last", "family"}))
            return Field::FamilyReading;
        if (loose.startsWith(QStringLiteral("名")) || containsAny(loose, {"めい", "メイ", "first", "given"}))
            return Field::GivenReading;
        return Field::Reading;
    }
    const QString exact = normalizeHeader(header, true);
    const auto found = synonymTable().constFind(exact);
    if (found != synonymTable().cend())
        return *found;
    // A mailing list or newsletter column says yes or no to mail, it holds no address.
    if (containsAny(loose, {"mailinglist", "newsletter", "メーリングリスト", "メルマガ", "配信"}))
        return Field::Ignore;
    // Looser clues for headers like "連絡用メールアドレス" or "Work email".
    if (containsAny(loose, {"mail", "メール"}))
        return Field::Email;
    if (containsAny(loose, {"電話", "phone", "tel"}))
        return Field::Phone;
    if (containsAny(loose, {"会社", "所属", "company", "organization"}))
        return Field::Affiliation;
    if (containsAny(loose, {"自己紹介", "introduc"}))
        return Field::Introduction;
    if (containsAny(loose, {"備考", "メモ", "note"}))
        return Field::Notes;
    if (containsAny(loose, {"twitter"}))
        return Field::XHandle;
    if (containsAny(loose, {"facebook"}))
        return Field::Facebook;
    return Field::Ignore;
}

MemberCsvMapping MemberCsvMapping::guess(const QStringList &headers)
{
    MemberCsvMapping mapping;
    for (int i = 0; i < headers.size(); ++i)
        mapping.columns.append({i, headers.at(i), guessField(headers.at(i))});
    // A lone "名" next to "姓" is the given name; alone it is more likely a name column.
    if (mapping.maps(Field::GivenName) && !mapping.maps(Field::FamilyName) &&
        !mapping.maps(Field::DisplayName)) {
        for (Column &c : mapping.columns) {
            if (c.field == Field::GivenName)
                c.field = Field::DisplayName;
        }
    }
    return mapping;
}

MemberCsvMapping MemberCsvMapping::appliedTo(const QStringList &headers, bool fileHasHeader) const
{
    MemberCsvMapping applied = *this;
    applied.hasHeader = fileHasHeader;
    applied.columns.clear();
    for (int i = 0; i < headers.size(); ++i) {
        Field field = Field::Ignore;
        qint64 question = 0;
        bool found = false;
        if (fileHasHeader) {
            for (const Column &c : columns) {
                if (!c.header.isEmpty() && headerKey(c.header) == headerKey(headers.at(i))) {
                    field = c.field;
                    question = c.questionId;
                    found = true;
                    break;
                }
            }
        }
        if (!found && !(fileHasHeader && hasHeader)) {
            field = fieldAt(i);
            question = questionAt(i);
        }
        applied.columns.append({i, fileHasHeader ? headers.at(i) : QString(), field, question});
    }
    return applied;
}

QList<MemberCsvMapping::Field> MemberCsvMapping::allFields()
{
    QList<Field> fields;
    for (const FieldInfo &info : kFieldKeys) {
        if (info.field != Field::Answer)
            fields.append(info.field);
    }
    return fields;
}

QString MemberCsvMapping::fieldKey(Field field)
{
    for (const FieldInfo &info : kFieldKeys) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("ignore");
}

std::optional<MemberCsvMapping::Field> MemberCsvMapping::fieldFromKey(const QString &key)
{
    for (const FieldInfo &info : kFieldKeys) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString MemberCsvMapping::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(Do not import)");
    case Field::DisplayName:
        return tr("Name");
    case Field::FamilyName:
        return tr("Family name");
    case Field::GivenName:
        return tr("Given name");
    case Field::Reading:
        return tr("Reading");
    case Field::FamilyReading:
        return tr("Family name reading");
    case Field::GivenReading:
        return tr("Given name reading");
    case Field::Email:
        return tr("Email");
    case Field::Phone:
        return tr("Phone");
    case Field::Line:
        return tr("LINE");
    case Field::Facebook:
        return tr("Facebook");
    case Field::XHandle:
        return tr("X (Twitter)");
    case Field::Slack:
        return tr("Slack");
    case Field::OtherUrl:
        return tr("Other URL");
    case Field::Affiliation:
        return tr("Affiliation");
    case Field::JobTitle:
        return tr("Job title");
    case Field::Occupation:
        return tr("Occupation");
    case Field::Industry:
        return tr("Industry");
    case Field::Region:
        return tr("Region");
    case Field::Introduction:
        return tr("Self-introduction");
    case Field::Skills:
        return tr("Skills and interests");
    case Field::Tags:
        return tr("Tags");
    case Field::Notes:
        return tr("Notes");
    case Field::Status:
        return tr("Status");
    case Field::JoinedOn:
        return tr("Joined on");
    case Field::LeftOn:
        return tr("Left on");
    case Field::ConnpassAccount:
        return tr("connpass user name");
    case Field::PeatixAccount:
        return tr("Peatix account");
    case Field::DoorkeeperAccount:
        return tr("Doorkeeper account");
    case Field::MeetupAccount:
        return tr("Meetup member ID");
    case Field::MeetingName:
        return tr("Name in an online meeting");
    case Field::KanaName:
        return tr("Name in kana");
    case Field::LabelledNote:
        return tr("Notes, with the column name");
    case Field::Answer:
        return tr("Join question");
    case Field::NameConsent:
        return tr("Naming consent");
    case Field::AppliedAt:
        return tr("Applied at (an applicant)");
    }
    return {};
}

QByteArray MemberCsvMapping::toJson() const
{
    QJsonArray array;
    for (const Column &c : columns) {
        QJsonObject column;
        column.insert(QStringLiteral("index"), c.index);
        if (!c.header.isEmpty())
            column.insert(QStringLiteral("header"), c.header);
        column.insert(QStringLiteral("field"), fieldKey(c.field));
        if (c.questionId > 0)
            column.insert(QStringLiteral("question"), c.questionId);
        array.append(column);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("encoding"), encoding);
    root.insert(QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter));
    root.insert(QStringLiteral("hasHeader"), hasHeader);
    root.insert(QStringLiteral("columns"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<MemberCsvMapping> MemberCsvMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto invalid = [](const QString &detail) {
        return Error(Error::Code::Invalid, tr("The saved column mapping is damaged; map the columns again."),
                     detail);
    };
    if (!doc.isObject())
        return invalid(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return invalid(QStringLiteral("unknown preset version"));
    MemberCsvMapping mapping;
    mapping.encoding = root.value(QStringLiteral("encoding")).toString(QStringLiteral("auto"));
    const QString delimiter = root.value(QStringLiteral("delimiter")).toString();
    mapping.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    mapping.hasHeader = root.value(QStringLiteral("hasHeader")).toBool(true);
    for (const QJsonValue &value : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        const auto field = fieldFromKey(column.value(QStringLiteral("field")).toString());
        if (!field)
            return invalid(QStringLiteral("unknown field ") +
                           column.value(QStringLiteral("field")).toString());
        const qint64 question = column.value(QStringLiteral("question")).toInteger();
        if (*field == Field::Answer && question <= 0)
            return invalid(QStringLiteral("an answer column without its question"));
        mapping.columns.append({column.value(QStringLiteral("index")).toInt(),
                                column.value(QStringLiteral("header")).toString(), *field, question});
    }
    return mapping;
}

QStringList MemberCsvMapping::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、;|，；｜\\r\\n]+"));
    QStringList items;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty() || seen.contains(item.toCaseFolded()))
            continue;
        seen.insert(item.toCaseFolded());
        items.append(item);
    }
    return items;
}

std::optional<Member::Status> MemberCsvMapping::parseStatus(const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    if (t.isEmpty())
        return std::nullopt;
    for (const Member::Status status : Member::allStatuses()) {
        if (t == Member::statusKey(status) || t == Member::statusLabel(status).toCaseFolded())
            return status;
    }
    static const QHash<QString, Member::Status> words = [] {
        QHash<QString, Member::Status> w;
        for (const char *s : {"申請中", "承認待ち", "申込中", "仮会員", "pending", "applied"})
            w.insert(QString::fromUtf8(s), Member::Status::Applicant);
        for (const char *s : {"有効", "会員", "正会員", "在籍", "在籍中", "活動中", "アクティブ", "approved"})
            w.insert(QString::fromUtf8(s), Member::Status::Active);
        for (const char *s : {"休会", "休会中", "停止", "非アクティブ", "休眠", "dormant", "suspended"})
            w.insert(QString::fromUtf8(s), Member::Status::Inactive);
        for (const char *s : {"退会", "退会済", "退会済み", "脱退", "former", "removed"})
            w.insert(QString::fromUtf8(s), Member::Status::Left);
        return w;
    }();
    const auto found = words.constFind(t);
    if (found != words.cend())
        return *found;
    return std::nullopt;
}

std::optional<QDate> MemberCsvMapping::parseDate(const QString &text)
{
    // Nearly every date of a list is written 2024-04-01: read those without the expression (an import
    // reads one per row). The result is the expression's, which matches them the same way.
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        const auto number = [&text](qsizetype from, qsizetype length) {
            return AsciiDigits::value(text, from, length);
        };
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        if (year >= 0 && month >= 0 && day >= 0) {
            const QDate date(year, month, day);
            return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
        }
    }
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT].*)?$"));
    if (const auto match = pattern.match(normalized); match.hasMatch())
        return validDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    // The US order of English exports (Meetup): 04/01/2019.
    static const QRegularExpression us(QStringLiteral("^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[\\sT].*)?$"));
    if (const auto match = us.match(normalized); match.hasMatch())
        return validDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
    // "April 01, 2019", "Apr 1 2019".
    static const QRegularExpression named(
        QStringLiteral("^\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:[\\sT].*)?$"));
    if (const auto match = named.match(normalized); match.hasMatch()) {
        const int month = monthFromName(match.captured(1));
        if (month > 0)
            return validDate(match.captured(3).toInt(), month, match.captured(2).toInt());
    }
    return std::nullopt;
}

std::optional<QDateTime> MemberCsvMapping::parseDateTime(const QString &text)
{
    const auto date = parseDate(text);
    if (!date)
        return std::nullopt;
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    // The time is what follows the date: after a space or T, hours and minutes (and seconds), with
    // AM/PM or 午前/午後 before or after it.
    static const QRegularExpression time(
        QStringLiteral("[\\sT日](午前|午後|AM|PM)?\\s*(\\d{1,2})\\s*[:時]\\s*(\\d{1,2})\\s*分?(?:\\s*:?\\s*("
                       "\\d{1,2})\\s*秒?)?"
                       "\\s*(AM|PM|午前|午後)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = time.match(normalized);
    if (!match.hasMatch())
        return QDateTime(*date, QTime(0, 0));
    int hour = match.captured(2).toInt();
    const QString half = (match.captured(1) + match.captured(5)).toUpper();
    if (half == QLatin1String("PM") || half == QStringLiteral("午後")) {
        if (hour < 12)
            hour += 12;
    } else if ((half == QLatin1String("AM") || half == QStringLiteral("午前")) && hour == 12) {
        hour = 0;
    }
    const QTime clock(hour, match.captured(3).toInt(), match.captured(4).toInt());
    if (!clock.isValid())
        return std::nullopt;
    return QDateTime(*date, clock);
}

} // namespace offkai
