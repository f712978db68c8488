#include "MemberTablesFixture.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

namespace offkai::test {

MemberTablesFixture::MemberTablesFixture() = default;
MemberTablesFixture::~MemberTablesFixture() = default;

void MemberTablesFixture::open()
{
    m_store.reset();
    m_db.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")) + suffix);
    Database::Options options;
    options.dailyBackup = false;
    auto db = test::openDatabase(m_dir.filePath(QStringLiteral("m.sqlite")), options);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_store = std::make_unique<MemberTables>(*m_db);
    QVERIFY(m_store->list().hasFullTextSearch());
}

void MemberTablesFixture::close()
{
    m_store.reset();
    m_db.reset();
}

Member MemberTablesFixture::person(const QString &name, const QString &reading, const QString &email)
{
    Member m;
    m.displayName = name;
    m.reading = reading;
    if (!email.isEmpty())
        m.emails = {email};
    m.joinedOn = QDate(2024, 4, 1);
    return m;
}

Member MemberTablesFixture::sato()
{
    Member m = person(QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"),
                      QStringLiteral("Hanako.Sato@Example.jp"));
    m.emails.append(QStringLiteral("hanako@example.com"));
    m.phone = QStringLiteral("090-0000-0000");
    m.line = QStringLiteral("hanako_line");
    m.facebook = QStringLiteral("https://facebook.com/hanako");
    m.xHandle = QStringLiteral("@hanako");
    m.slack = QStringLiteral("hanako.s");
    m.otherUrl = QStringLiteral("https://hanako.example.jp");
    m.affiliation = QStringLiteral("東京デザイン株式会社");
    m.jobTitle = QStringLiteral("デザイナー");
    m.occupation = QStringLiteral("creator");
    m.industry = QStringLiteral("デザイン");
    m.region = QStringLiteral("東京都");
    m.introduction = QStringLiteral("よろしくお願いします。");
    m.skills = QStringLiteral("Figma, 写真");
    m.status = Member::Status::Active;
    m.approvedAt = QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC);
    m.tags = {QStringLiteral("常連"), QStringLiteral("Designer")};
    m.nameConsent = Member::NameConsent::FullName;
    m.notes = QStringLiteral("第1回から参加");
    return m;
}

qint64 MemberTablesFixture::add(const Member &m)
{
    auto id = m_store->records().insert(m);
    if (!id.ok())
        qWarning() << id.error().toString();
    return id.ok() ? *id : 0;
}

QList<qint64> MemberTablesFixture::search(const QString &text)
{
    MemberQuery q;
    q.search = text;
    auto rows = m_store->list().fetch(q, 0, 1000);
    if (!rows.ok()) {
        qWarning() << rows.error().toString();
        return {};
    }
    auto n = m_store->list().count(q);
    if (!n.ok() || *n != rows->size())
        qWarning() << "count disagrees with fetch for" << text;
    QList<qint64> ids;
    for (const MemberRow &r : std::as_const(*rows))
        ids.append(r.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

int MemberTablesFixture::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

qint64 MemberTablesFixture::addEvent(const QString &title)
{
    QSqlQuery q(m_db->connection());
    // RETURNING on PostgreSQL: lastval() there is whatever sequence a trigger used last (the change log).
    const SqlDialect dialect(m_db->backend());
    q.prepare(QStringLiteral("INSERT INTO events (title, starts_at) VALUES (?, '2024-05-01T10:00:00Z')") +
              dialect.returningId());
    q.addBindValue(title);
    return q.exec() ? dialect.insertedId(q) : 0;
}

void MemberTablesFixture::attend(qint64 event, qint64 member, const QString &role, bool attended)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO participations (event_id, member_id, role, attended) VALUES (?, ?, ?, ?)"));
    q.addBindValue(event);
    q.addBindValue(member);
    q.addBindValue(role);
    q.addBindValue(attended ? 1 : 0);
    QVERIFY(q.exec());
}
} // namespace offkai::test
