#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace offkai {

/// Builds the demo database (`--demo`): always a new file, never the user's database.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoDatabase)
public:
    /// Creates `folder/offkai-demo.sqlite` from scratch (replacing an older demo file there) and
    /// returns its path. The caller then opens it like any other database.
    static Result<QString> create(const QString &folder, const QDate &today = QDate::currentDate());
};

} // namespace offkai
