#include "events/AnnouncementDialog.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The announcement dialog: both formats, the meeting-link switch, and saving.
class TestAnnouncementDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void showsCopiesAndSaves()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(opened);
        Workspace workspace(std::move(opened).value());
        Venue venue;
        venue.name = QStringLiteral("ワインバー ヴィーニョ銀座");
        venue.address = QStringLiteral("東京都中央区銀座二丁目14-5");
        auto venueId = workspace.venues().insert(venue);
        QVERIFY(venueId);
        Event event;
        event.title = QStringLiteral("第2回オフ会 *hybrid*");
        event.format = Event::Format::Hybrid;
        event.start = QDateTime(QDate(2013, 8, 29), QTime(19, 30), event.timeZone);
        event.end = QDateTime(QDate(2013, 8, 29), QTime(22, 30), event.timeZone);
        event.venueId = *venueId;
        event.onlineUrl = QStringLiteral("https://zoom.us/j/1?pwd=secret");
        auto eventId = workspace.events().insert(event);
        QVERIFY(eventId);

        AnnouncementDialog dialog(workspace, *eventId);
        dialog.show();
        QCOMPARE(dialog.format(), AnnouncementWriter::Format::Markdown);
        QVERIFY(dialog.text().startsWith(QStringLiteral("# 第2回オフ会 \\*hybrid\\*\n")));
        QVERIFY(!dialog.text().contains(QLatin1String("pwd=secret")));
        dialog.setFormat(AnnouncementWriter::Format::PlainText);
        QVERIFY(dialog.text().startsWith(QStringLiteral("第2回オフ会 *hybrid*\n")));

        auto *link = dialog.findChild<QCheckBox *>();
        QVERIFY(link);
        QVERIFY(link->isVisible());
        link->setChecked(true);
        QVERIFY(dialog.text().contains(QLatin1String("pwd=secret")));
        link->setChecked(false);

        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.text());

        const QString path = m_dir.filePath(QStringLiteral("announce.txt"));
        QVERIFY(dialog.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), dialog.text());

        const auto failed = dialog.saveTo(m_dir.filePath(QStringLiteral("missing/folder/a.md")));
        QVERIFY(!failed);
        QVERIFY(!failed.error().message().isEmpty());
    }

    void unknownEvent()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("e.sqlite")));
        QVERIFY(opened);
        Workspace workspace(std::move(opened).value());
        AnnouncementDialog dialog(workspace, 4242);
        QVERIFY(dialog.text().isEmpty());
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
    }
};

QTEST_MAIN(TestAnnouncementDialog)
#include "tst_announcementdialog.moc"
