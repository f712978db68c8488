#pragma once

#include <QStringList>

namespace offkai {

/// The recently opened database files, newest first, kept in QSettings.
class RecentDatabases
{
public:
    static constexpr int kMaximum = 8;

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace offkai
