#include "ParticipantBenchData.h"

#include "records/ServiceAccount.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <cstdio>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace offkai;

namespace {

// Names are built from parts so that most are distinct, as in a real directory, yet some are shared.
const char16_t *const kFamilyHead[][2] = {
    {u"佐", u"さ"},   {u"山", u"やま"},   {u"田", u"た"},   {u"中", u"なか"}, {u"高", u"たか"},
    {u"小", u"こ"},   {u"大", u"おお"},   {u"石", u"いし"}, {u"松", u"まつ"}, {u"井", u"い"},
    {u"木", u"き"},   {u"林", u"はやし"}, {u"森", u"もり"}, {u"池", u"いけ"}, {u"原", u"はら"},
    {u"清", u"きよ"}, {u"岡", u"おか"},   {u"藤", u"ふじ"}, {u"村", u"むら"}, {u"川", u"かわ"},
    {u"野", u"の"},   {u"宮", u"みや"},   {u"長", u"なが"}, {u"西", u"にし"}, {u"東", u"ひがし"},
    {u"北", u"きた"}, {u"南", u"みなみ"}, {u"上", u"うえ"}, {u"髙", u"たか"}, {u"竹", u"たけ"}};
const char16_t *const kFamilyTail[][2] = {
    {u"田", u"た"},   {u"本", u"もと"}, {u"川", u"かわ"},   {u"口", u"ぐち"}, {u"野", u"の"},
    {u"藤", u"ふじ"}, {u"木", u"き"},   {u"村", u"むら"},   {u"島", u"しま"}, {u"沢", u"さわ"},
    {u"原", u"はら"}, {u"崎", u"ざき"}, {u"谷", u"たに"},   {u"井", u"い"},   {u"山", u"やま"},
    {u"岡", u"おか"}, {u"橋", u"はし"}, {u"林", u"ばやし"}, {u"部", u"べ"},   {u"内", u"うち"}};
const char16_t *const kGivenHead[][2] = {
    {u"健", u"けん"}, {u"翔", u"しょう"}, {u"大", u"だい"}, {u"美", u"み"},
    {u"由", u"ゆ"},   {u"真", u"ま"},     {u"和", u"かず"}, {u"智", u"とも"},
    {u"直", u"なお"}, {u"亮", u"りょう"}, {u"恵", u"めぐ"}, {u"彩", u"あや"},
    {u"拓", u"たく"}, {u"雄", u"ゆう"},   {u"千", u"ち"},   {u"陽", u"はる"}};
const char16_t *const kGivenTail[][2] = {
    {u"太", u"た"}, {u"子", u"こ"}, {u"也", u"や"}, {u"輔", u"すけ"}, {u"介", u"すけ"}, {u"樹", u"き"},
    {u"美", u"み"}, {u"香", u"か"}, {u"人", u"と"}, {u"郎", u"ろう"}, {u"菜", u"な"},   {u"一", u"いち"}};

template<typename T, std::size_t N> const T &pick(const T (&items)[N], QRandomGenerator &rng)
{
    return items[rng.bounded(int(N))];
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

ParticipantBenchData::Person randomPerson(QRandomGenerator &rng)
{
    const auto &f1 = pick(kFamilyHead, rng);
    const auto &f2 = pick(kFamilyTail, rng);
    const auto &g1 = pick(kGivenHead, rng);
    const auto &g2 = pick(kGivenTail, rng);
    // One in four with the full-width space that Japanese forms often get.
    const QString gap = rng.bounded(4) == 0 ? QStringLiteral("　") : QStringLiteral(" ");
    return {str(f1[0]) + str(f2[0]) + gap + str(g1[0]) + str(g2[0]),
            str(f1[1]) + str(f2[1]) + QLatin1Char(' ') + str(g1[1]) + str(g2[1])};
}

} // namespace

bool ParticipantBenchData::hasAccount(int id)
{
    return id % 5 < 3;
}

QString ParticipantBenchData::accountOf(int id)
{
    return QStringLiteral("cp_%1").arg(id, 0, 36);
}

namespace {

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return false;
}

} // namespace

QList<ParticipantBenchData::Person> ParticipantBenchData::people()
{
    QRandomGenerator rng(20261206);
    QList<Person> list;
    list.reserve(kMembers);
    for (int i = 0; i < kMembers; ++i)
        list.append(randomPerson(rng));
    return list;
}

bool ParticipantBenchData::generate(Database &database, const QList<Person> &people)
{
    QRandomGenerator rng(20261207);
    Transaction transaction(database.connection());
    const QSqlDatabase db = database.connection();
    QSqlQuery member(db);
    member.prepare(QStringLiteral("INSERT INTO members (id, display_name, reading, email, status, joined_on) "
                                  "VALUES (?, ?, ?, ?, 'active', ?)"));
    QSqlQuery account(db);
    account.prepare(QStringLiteral("INSERT INTO member_accounts (member_id, service, account, account_key) "
                                   "VALUES (?, 'connpass', ?, ?)"));
    for (int id = 1; id <= kMembers; ++id) {
        member.addBindValue(id);
        member.addBindValue(people.at(id - 1).name);
        member.addBindValue(people.at(id - 1).reading);
        member.addBindValue(QStringLiteral("member%1@example.jp").arg(id));
        member.addBindValue(QDate(2018, 1, 1).addDays(rng.bounded(3000)).toString(Qt::ISODate));
        if (!exec(member))
            return false;
        if (hasAccount(id)) {
            account.addBindValue(id);
            account.addBindValue(accountOf(id));
            account.addBindValue(ServiceAccount::accountKey(accountOf(id)));
            if (!exec(account))
                return false;
        }
    }
    QSqlQuery event(db);
    event.prepare(
        QStringLiteral("INSERT INTO events (id, title, kind, status, starts_at, time_zone, capacity) "
                       "VALUES (?, ?, 'offline_meetup', 'scheduled', ?, 'Asia/Tokyo', ?)"));
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    for (int id = 1; id <= kEvents; ++id) {
        const QDate day = id == kEventId ? eventDay() : QDate(2024, 1, 1).addDays(rng.bounded(1096));
        event.addBindValue(id);
        event.addBindValue(QStringLiteral("第%1回 交流会").arg(id));
        event.addBindValue(QDateTime(day, QTime(19, 0), tokyo).toUTC().toString(Qt::ISODate));
        event.addBindValue(id == kEventId ? QVariant() : QVariant(10 + rng.bounded(41)));
        if (!exec(event))
            return false;
    }
    QSqlQuery participation(db);
    participation.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO participations (event_id, member_id, rsvp, attended) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < kParticipations; ++i) {
        const bool going = rng.bounded(10) > 0;
        participation.addBindValue(1 + rng.bounded(kEvents));
        participation.addBindValue(1 + rng.bounded(kMembers));
        participation.addBindValue(going ? QStringLiteral("going") : QStringLiteral("declined"));
        participation.addBindValue(going && rng.bounded(10) < 8 ? 1 : 0);
        if (!exec(participation))
            return false;
    }
    return transaction.commit().ok();
}

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString connpassTime(const QDateTime &when)
{
    return QStringLiteral("%1年%2月%3日 %4時%5分")
        .arg(when.date().year())
        .arg(when.date().month())
        .arg(when.date().day())
        .arg(when.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(when.time().minute(), 2, 10, QLatin1Char('0'));
}

} // namespace

QByteArray ParticipantBenchData::connpassFile(const QList<Person> &people, FileMix &mix)
{
    QRandomGenerator rng(20260520);
    QString text =
        QStringLiteral("参加枠名,ユーザー名,表示名,利用開始日,コメント,参加ステータス,出欠ステータス,"
                       "出席日時,更新日時,受付番号\r\n");
    static const char16_t *const kComments[] = {u"",
                                                u"",
                                                u"",
                                                u"よろしくお願いします",
                                                u"初参加です、よろしくお願いします！",
                                                u"LTします。\"タイトル\"は未定",
                                                u"遅れて参加します\n(20時ごろ)"};
    QSet<int> used;
    const QDateTime opened(QDate(2026, 4, 20), QTime(12, 0));
    for (int i = 0; i < kRows; ++i) {
        const int roll = rng.bounded(100);
        QString user, name;
        if (roll < 2) {
            user = name = QStringLiteral("(退会ユーザー)");
            ++mix.withdrawn;
        } else if (roll < 12) {
            user = QStringLiteral("newcomer_%1").arg(i);
            name = QStringLiteral("ゲスト%1").arg(i);
            ++mix.newcomers;
        } else if (roll < 20) {
            int id;
            do
                id = 1 + rng.bounded(kMembers);
            while (hasAccount(id) || used.contains(id));
            used.insert(id);
            user = QStringLiteral("fresh_%1").arg(i);
            name = people.at(id - 1).name;
            ++mix.namesakes;
        } else {
            int id;
            do
                id = 1 + rng.bounded(kMembers);
            while (!hasAccount(id) || used.contains(id));
            used.insert(id);
            user = rng.bounded(20) == 0 ? accountOf(id).toUpper() : accountOf(id);
            name = people.at(id - 1).name;
            ++mix.members;
        }
        const int answer = rng.bounded(100);
        const QString status = answer < 80   ? QStringLiteral("参加")
                               : answer < 90 ? QStringLiteral("補欠")
                                             : QStringLiteral("参加キャンセル");
        const bool came = answer < 80 && rng.bounded(100) < 70;
        const QDateTime registered = opened.addSecs(qint64(i) * 600 + rng.bounded(600));
        const QString checkIn =
            came ? connpassTime(QDateTime(eventDay(), QTime(18, 45)).addSecs(rng.bounded(3600))) : QString();
        text += quoted(rng.bounded(10) == 0 ? QStringLiteral("LT枠") : QStringLiteral("一般枠")) +
                QLatin1Char(',') + quoted(user) + QLatin1Char(',') + quoted(name) + QLatin1Char(',') +
                connpassTime(registered) + QLatin1Char(',') + quoted(str(pick(kComments, rng))) +
                QLatin1Char(',') + status + QLatin1Char(',') + (came ? QStringLiteral("出席") : QString()) +
                QLatin1Char(',') + checkIn + QLatin1Char(',') + connpassTime(registered.addDays(1)) +
                QLatin1Char(',') + QString::number(1000000 + i) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
