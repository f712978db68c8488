#include "SeriesScreenshots.h"

#include "events/participants/MemberPicker.h"
#include "events/series/OccurrenceScopeDialog.h"
#include "events/series/SeriesEditorDialog.h"
#include "events/series/SeriesPipelineDialog.h"
#include "events/series/SlotSpeakerDialog.h"
#include "records/Member.h"
#include "records/MemberQuery.h"
#include "records/MemberRow.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QUndoStack>

namespace offkai {

namespace {
QTimeZone tokyo()
{
    return QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
}

qint64 memberNamed(Workspace &workspace, const QString &name, const QString &reading)
{
    MemberQuery query;
    query.search = name;
    if (auto rows = workspace.memberList().fetch(query, 0, 1); rows && !rows->isEmpty())
        return rows->constFirst().id;
    Member m;
    m.displayName = name;
    m.reading = reading;
    auto id = workspace.members().insert(m);
    return id ? *id : 0;
}

/// The talk of seed 003, found or added with two speakers.
Series talkSeries(Workspace &workspace)
{
    if (auto all = workspace.series().all()) {
        for (const Series &s : std::as_const(*all)) {
            if (s.rrule.contains(QLatin1String("BYDAY=2TU")))
                return s;
        }
    }
    Series s;
    s.title = QStringLiteral("OB会 勉強会");
    s.type = QStringLiteral("talk");
    s.format = Event::Format::Online;
    const QDate today = QDate::currentDate();
    QDate first(today.year(), today.month(), 1);
    while (first.dayOfWeek() != Qt::Tuesday)
        first = first.addDays(1);
    s.firstStart = QDateTime(first.addDays(7), QTime(20, 0), tokyo());
    s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
    s.holidayPolicy = Series::HolidayPolicy::NextWorkday;
    s.onlineUrl = QStringLiteral("https://meet.example.com/ob-talks");
    s.description = QStringLiteral("毎月第2火曜日 20:00〜 オンライン勉強会。登壇者は持ち回りです。");
    auto id = workspace.series().insert(s);
    if (!id)
        return s;
    s.id = *id;
    const QList<std::pair<qint64, QString>> speakers{
        {memberNamed(workspace, QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ")),
         QStringLiteral("Qt 6 で作るデスクトップアプリ")},
        {memberNamed(workspace, QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう")),
         QStringLiteral("SQLite を使い倒す")}};
    for (const auto &[memberId, topic] : speakers) {
        if (auto slotted = workspace.seriesSlots().slotSpeaker(s.id, memberId, topic, today); !slotted)
            qWarning("%s", qPrintable(slotted.error().toString()));
    }
    return s;
}

void save(QWidget &widget, const QString &path)
{
    widget.show();
    QApplication::processEvents();
    if (!widget.grab().save(path))
        qWarning("could not write %s", qPrintable(path));
}
} // namespace

void saveSeriesScreenshots(Workspace &workspace, const QString &dir, const QString &suffix)
{
    QDir().mkpath(dir);
    const Series talk = talkSeries(workspace);
    {
        SeriesEditorDialog editor(workspace, talk, nullptr);
        editor.resize(900, 440);
        editor.show();
        QApplication::processEvents();
        if (auto *title = editor.findChild<QLineEdit *>(QStringLiteral("title")))
            title->deselect();
        save(editor, QDir(dir).filePath(QStringLiteral("series-editor-%1.png").arg(suffix)));
    }
    {
        QUndoStack undo;
        SeriesPipelineDialog pipeline(workspace, undo, nullptr);
        pipeline.showSeries(talk.id);
        pipeline.resize(880, 480);
        // Select the first speaker's date, as an organizer about to act on it.
        if (auto found = workspace.seriesSlots().speakerSlots(talk.id); found && !found->isEmpty())
            pipeline.selectCandidate(found->constFirst().occurrenceDate);
        save(pipeline, QDir(dir).filePath(QStringLiteral("series-pipeline-%1.png").arg(suffix)));
        // The speaker dialog over it, a few letters typed.
        if (SlotSpeakerDialog *slot = pipeline.openSlotDialog()) {
            slot->picker()->lineEdit()->setText(QStringLiteral("さ"));
            save(*slot, QDir(dir).filePath(QStringLiteral("series-slot-%1.png").arg(suffix)));
            slot->close();
        }
    }
    {
        OccurrenceScopeDialog scope(talk.title, talk.firstStart.date().addMonths(3), false, nullptr);
        save(scope, QDir(dir).filePath(QStringLiteral("series-scope-%1.png").arg(suffix)));
    }
}

} // namespace offkai
