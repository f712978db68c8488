#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace offkai {

/// Builds the demo database (`--demo`): always a new file, never the user's database.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoDatabase)
public:
    /// Creates `folder/offkai-demo.sqlite` from scratch (replacing an older demo file there) and
    /// returns its path. The caller then opens it like any other database.
    /// Next to it, it writes the participant downloads of two demo events, to try the participant import
    /// on: connpass's list of the 2nd meetup and Zoom's report of the September online meetup.
    static Result<QString> create(const QString &folder, const QDate &today = QDate::currentDate());
    /// Writes a fresh demo database to `path`, a file the user keeps (`offkai demo create`). Refuses,
    /// changing nothing, when `path` exists; a failure leaves no file behind. Returns the absolute path.
    static Result<QString> createFile(const QString &path, const QDate &today = QDate::currentDate());
    /// The participant files create() writes into `folder`: connpass's, then Zoom's.
    static QStringList participantFiles(const QString &folder);
};

} // namespace offkai
