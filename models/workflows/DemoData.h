#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace offkai {

/// Fills a freshly migrated, empty database with the demo community (the seeds' stories).
///
/// The community is "オンライン異業種交流会", a private Facebook group holding online meetups (オン会) and
/// offline meetups (オフ会): about thirty members, four venues (a Ginza wine bar, a Takadanobaba Spanish bar,
/// a rental space with full access notes, and a paid Zoom room), the 2013 meetups with their attendance,
/// two tentative events without a fixed day, and three upcoming events placed relative to `today`.
/// The data is Japanese, as a Japanese organizer would type it; it is not translated.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoData)

public:
    /// Inserts everything; the caller wraps the call in a transaction. `today` anchors the upcoming events.
    static Result<void> populate(QSqlDatabase db, const QDate &today);
};

} // namespace offkai
