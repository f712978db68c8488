#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

class Database;

/// `offkai [--db PATH | --demo] check`: prints the schema version, SQLite's integrity check and whether
/// every stored series can be expanded. Opens the file read-only, so it can inspect a database that another
/// Offkai has open, and never creates or changes a file (see Database::Mode::ReadOnly).
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CheckCommand)
public:
    static int run(const QString &path);

private:
    static bool checkSeries(Database &database);
};

} // namespace offkai
