#pragma once

#include "records/Member.h"
#include "records/Series.h"
#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <memory>
#include <QTimeZone>

namespace offkai::test {

inline QTimeZone tokyo()
{
    return QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
}

/// Seed 003: an online talk every 2nd Tuesday at 20:00, open end.
inline Series seedTalks()
{
    Series s;
    s.title = QStringLiteral("OB会 勉強会");
    s.type = QStringLiteral("talk");
    s.format = Event::Format::Online;
    s.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
    s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
    s.onlineUrl = QStringLiteral("https://meet.example.com/ob");
    return s;
}

/// A fresh database at `path` with its stores (test::openWorkspace), without real holidays: the tests name
/// their own.
inline std::unique_ptr<Workspace> openWorkspaceWithoutHolidays(const QString &path)
{
    auto workspace = openWorkspace(path);
    if (!workspace)
        qFatal("cannot open %s", qPrintable(path));
    workspace->series().setHolidayLookup([](const QDate &) { return QString(); });
    return workspace;
}

inline qint64 addMember(Workspace &workspace, const QString &name, const QString &reading = {})
{
    Member m;
    m.displayName = name;
    m.reading = reading;
    auto id = workspace.members().insert(m);
    if (!id)
        qFatal("insert failed: %s", qPrintable(id.error().toString()));
    return *id;
}

inline qint64 addSeries(Workspace &workspace, const Series &series)
{
    auto id = workspace.series().insert(series);
    if (!id)
        qFatal("insert failed: %s", qPrintable(id.error().toString()));
    return *id;
}

} // namespace offkai::test
