#pragma once

#include "records/Member.h"

#include <memory>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace offkai {
class Database;
class MemberTables;
} // namespace offkai

namespace offkai::test {

/// A fresh database with the member tables over it, and the helpers the member tests share. A test class
/// derives from QObject and from this, calls open() in init() and close() in cleanupTestCase().
class MemberTablesFixture
{
public:
    MemberTablesFixture();
    ~MemberTablesFixture();

    /// Opens an empty database (removing the last test's) and makes the member tables over it.
    void open();
    void close();

    static Member person(const QString &name, const QString &reading, const QString &email = {});
    static Member sato();
    /// Inserts `m` and returns its id (0, with a warning, when it fails).
    qint64 add(const Member &m);
    QList<qint64> search(const QString &text);
    int scalar(const QString &sql);
    qint64 addEvent(const QString &title);
    void attend(qint64 event, qint64 member, const QString &role, bool attended);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;
};

} // namespace offkai::test
