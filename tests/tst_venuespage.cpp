#include "items/VenueTableModel.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "venues/VenueEditor.h"
#include "venues/VenuesPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Drives the venues page through its widgets: keyboard and mouse as a user would.
class TestVenuesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    VenueStore *m_store = nullptr;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<VenuesPage> m_page;
    int m_file = 0;

    template<typename T> T *field(const char *name)
    {
        T *w = m_page->editor()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        test::typeText(edit, text);
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_page.reset();
        m_undo.reset();
        m_store = nullptr;
        m_workspace.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        m_store = &m_workspace->venues();
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<VenuesPage>(*m_workspace, *m_undo);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_store = nullptr;
        m_workspace.reset();
    }

    void addEditUndoRedoAndDeleteAVenue()
    {
        // Add: the shortcut creates a venue and puts the cursor in its name.
        QTest::keySequence(m_page.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QCOMPARE(*m_store->count(), 1);
        QCOMPARE(m_page->model()->rowCount(), 1);
        auto *name = field<QLineEdit>("nameEdit");
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(name->selectedText(), QStringLiteral("New venue"));

        // Edit through the form and save with Enter in the name field.
        test::typeText(name, QStringLiteral("スペインバル 高田馬場"));
        field<QComboBox>("kindCombo")
            ->setCurrentIndex(
                field<QComboBox>("kindCombo")->findData(Venue::kindKey(Venue::Kind::Restaurant)));
        field<QPlainTextEdit>("addressEdit")->setPlainText(QStringLiteral("東京都新宿区高田馬場2-8-3"));
        field<QSpinBox>("capacitySpin")->setValue(20);
        QTest::mouseClick(field<QPushButton>("addStationButton"), Qt::LeftButton);
        auto *stations = field<QTableWidget>("stationsTable");
        QCOMPARE(stations->rowCount(), 1);
        stations->item(0, 0)->setText(QStringLiteral("高田馬場駅"));
        stations->setItem(0, 2, new QTableWidgetItem(QStringLiteral("早稲田口")));
        auto *walk = new QTableWidgetItem;
        walk->setData(Qt::EditRole, 2);
        stations->setItem(0, 3, walk);
        QVERIFY(m_page->editor()->isDirty());
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!m_page->editor()->isDirty());

        const qint64 id = m_page->currentVenueId();
        Venue saved = *m_store->get(id);
        QCOMPARE(saved.name, QStringLiteral("スペインバル 高田馬場"));
        QCOMPARE(saved.kind, Venue::Kind::Restaurant);
        QCOMPARE(saved.capacity, std::optional<int>(20));
        QCOMPARE(saved.stations.size(), 1);
        QCOMPARE(saved.stations.constFirst().exit, QStringLiteral("早稲田口"));
        QCOMPARE(saved.stations.constFirst().walkMinutes, std::optional<int>(2));
        QCOMPARE(m_page->model()->index(0, VenueTableModel::StationColumn).data().toString(),
                 QStringLiteral("高田馬場駅 早稲田口 2 min walk"));

        // Undo the edit: the store and the form go back to "New venue".
        QCOMPARE(m_undo->count(), 2);
        m_undo->undo();
        QCOMPARE(m_store->get(id)->name, QStringLiteral("New venue"));
        QCOMPARE(name->text(), QStringLiteral("New venue"));
        QVERIFY(m_store->get(id)->stations.isEmpty());
        m_undo->redo();
        QCOMPARE(name->text(), QStringLiteral("スペインバル 高田馬場"));

        // Delete with the Delete key in the list; undo brings back the same id with its stations.
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QCOMPARE(*m_store->count(), 0);
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(!m_page->editor()->isEnabled());
        m_undo->undo();
        QCOMPARE(*m_store->count(), 1);
        QVERIFY(m_store->get(id)->sameContent(saved));
        // Undo everything: nothing is left.
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(*m_store->count(), 0);
    }

    void shortMapLinkIsSavedAndAnOnlineRoomHidesThePlacesFields()
    {
        QTest::keySequence(m_page.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        auto *shortMap = field<QLineEdit>("shortMapEdit");
        QVERIFY(shortMap->isVisible());
        typeInto(shortMap, QStringLiteral("https://maps.app.goo.gl/AbC123"));
        field<QPlainTextEdit>("addressEdit")->setPlainText(QStringLiteral("東京都中央区銀座二丁目14-5"));
        QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
        QCOMPARE(m_store->list()->constFirst().shortMapUrl, QStringLiteral("https://maps.app.goo.gl/AbC123"));

        // A room online has no address, map, stations, bus, parking or nearby: those rows go away, and
        // what they held stays.
        auto *kind = field<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(Venue::kindKey(Venue::Kind::Online)));
        for (const char *name : {"addressEdit", "mapUrlEdit", "shortMapEdit", "stationsTable", "busEdit",
                                 "parkingEdit", "nearbyEdit", "openMapButton", "addStationButton"})
            QVERIFY2(!field<QWidget>(name)->isVisible(), name);
        QVERIFY(field<QWidget>("meetingEdit")->isVisible());
        QVERIFY(field<QWidget>("capacitySpin")->isVisible());
        QCOMPARE(m_page->editor()->edited().address, QStringLiteral("東京都中央区銀座二丁目14-5"));
        kind->setCurrentIndex(kind->findData(Venue::kindKey(Venue::Kind::Bar)));
        QVERIFY(field<QWidget>("addressEdit")->isVisible());
        QVERIFY(field<QWidget>("shortMapEdit")->isVisible());

        // A short link that is not a web address is refused.
        typeInto(shortMap, QStringLiteral("maps.app.goo.gl/x"));
        QVERIFY(!m_store->update(m_page->editor()->edited()).ok());
    }

    void invalidEditsAreExplainedAndKept()
    {
        m_page->addVenue();
        auto *web = field<QLineEdit>("webEdit");
        typeInto(web, QStringLiteral("not a url"));
        QVERIFY(!m_page->saveEditor());
        auto *message = field<QLabel>("messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("web page")));
        // What was typed is still there, and nothing was written.
        QCOMPARE(web->text(), QStringLiteral("not a url"));
        QVERIFY(m_store->get(m_page->currentVenueId())->webUrl.isEmpty());
        typeInto(web, QStringLiteral("https://example.com/"));
        QVERIFY(m_page->saveEditor());
        QVERIFY(!message->isVisible());
    }

    void switchingVenuesSavesTheEdits()
    {
        Venue a;
        a.name = QStringLiteral("Alpha");
        Venue b;
        b.name = QStringLiteral("Bravo");
        const qint64 ida = *m_store->insert(a);
        *m_store->insert(b);
        m_page->selectVenue(ida);
        auto *parking = field<QPlainTextEdit>("parkingEdit");
        parking->setFocus();
        test::typeText(parking, QStringLiteral("コインパーキング"));
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                          m_page->view()->visualRect(m_page->model()->index(1, 0)).center());
        QCOMPARE(m_store->get(ida)->parking, QStringLiteral("コインパーキング"));
        QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("Bravo"));
    }

    void searchFieldFiltersTheList()
    {
        for (const char *name : {"銀座ワインバー", "高田馬場スペインバル", "田町レンタルスペース"}) {
            Venue v;
            v.name = QString::fromUtf8(name);
            QVERIFY(m_store->insert(v).ok());
        }
        QCOMPARE(m_page->model()->rowCount(), 3);
        m_page->focusSearch();
        QVERIFY(m_page->searchField()->hasFocus());
        test::typeText(m_page->searchField(), QStringLiteral("バル"));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QTest::keyClick(m_page->searchField(), Qt::Key_Escape);
        m_page->searchField()->clear();
        QCOMPARE(m_page->model()->rowCount(), 3);
    }

    void deletingAVenueInUseIsRefusedWithTheEvents()
    {
        Venue v;
        v.name = QStringLiteral("ワインバー");
        const qint64 id = *m_store->insert(v);
        QVERIFY(QSqlQuery(m_workspace->database().connection())
                    .exec(QStringLiteral("INSERT INTO events (title, starts_at, venue_id) VALUES "
                                         "('第2回オフ会', '2013-08-29T10:30:00Z', %1)")
                              .arg(id)));
        m_page->selectVenue(id);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                }
            }
        });
        m_page->deleteAction()->trigger();
        QVERIFY(shown.contains(QStringLiteral("第2回オフ会")));
        QVERIFY(m_store->get(id).ok());
        QCOMPARE(m_undo->count(), 0);
    }
};

QTEST_MAIN(TestVenuesPage)
#include "tst_venuespage.moc"
