#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// `offkai [--db PATH | --demo] check`: prints the schema version and SQLite's integrity check.
/// Opens the file read-only, so it can inspect a database that another Offkai has open.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CheckCommand)
public:
    static int run(const QString &path);
};

} // namespace offkai
