// ReadOnlyLock: a viewer's form offers no change (fail-closed), keeps reading, and stays locked when the
// page's own code enables things again or adds widgets later.
#include "shell/ReadOnlyLock.h"
#include "TestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>
#include <QVBoxLayout>

using namespace offkai;

class TestReadOnlyLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void everyInputIsLockedButWhatOnlyReads()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *name = new QLineEdit(QStringLiteral("青木 悟"), &form);
        name->setClearButtonEnabled(true);
        auto *notes = new QPlainTextEdit(&form);
        auto *count = new QSpinBox(&form);
        auto *status = new QComboBox(&form);
        status->addItems({QStringLiteral("在籍中"), QStringLiteral("退会")});
        auto *save = new QPushButton(QStringLiteral("Save"), &form);
        auto *copy = new QPushButton(QStringLiteral("Copy"), &form);
        ReadOnlyLock::markReading(copy);
        auto *search = new QLineEdit(&form);
        ReadOnlyLock::markReading(search);
        for (QWidget *w : std::initializer_list<QWidget *>{name, notes, count, status, save, copy, search})
            layout->addWidget(w);

        ReadOnlyLock::lockForm(&form);
        QVERIFY(name->isReadOnly());
        QVERIFY(!name->isClearButtonEnabled());
        QVERIFY(name->isEnabled()); // its text can still be selected and copied
        QVERIFY(notes->isReadOnly());
        QVERIFY(count->isReadOnly());
        QVERIFY(!status->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(copy->isEnabled());
        QVERIFY(!search->isReadOnly());

        // Typing changes nothing.
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("x"));
        QCOMPARE(name->text(), QStringLiteral("青木 悟"));

        // The page's code enabling things again (a selection change) is overruled.
        save->setEnabled(true);
        name->setReadOnly(false);
        QTRY_VERIFY(!save->isEnabled());
        QTRY_VERIFY(name->isReadOnly());

        // A widget the form adds later is locked as it appears; a dialog it opens is not the form.
        auto *later = new QLineEdit(&form);
        layout->addWidget(later);
        later->show();
        QTRY_VERIFY(later->isReadOnly());
        auto *message = new QMessageBox(QMessageBox::Warning, QStringLiteral("t"), QStringLiteral("m"),
                                        QMessageBox::Ok, &form);
        message->show();
        QCoreApplication::processEvents();
        QVERIFY(message->button(QMessageBox::Ok)->isEnabled());
        delete message;
    }

    void actionsAreDisabledAndStaySo()
    {
        QObject owner;
        auto *remove = new QAction(QStringLiteral("Delete"), &owner);
        auto *exportAction = new QAction(QStringLiteral("Export"), &owner);
        ReadOnlyLock::markReading(exportAction);
        auto *separator = new QAction(&owner);
        separator->setSeparator(true);
        ReadOnlyLock::lockActions({remove, exportAction, separator, nullptr});
        QVERIFY(!remove->isEnabled());
        QVERIFY(exportAction->isEnabled());
        remove->setEnabled(true);
        QVERIFY(!remove->isEnabled());
        bool triggered = false;
        connect(remove, &QAction::triggered, this, [&] { triggered = true; });
        remove->trigger();
        QVERIFY(!triggered);
    }

    void checkBoxesInALockedListDoNotToggle()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        QStandardItemModel model(2, 1);
        for (int row = 0; row < 2; ++row) {
            auto *item = new QStandardItem(QStringLiteral("came"));
            item->setCheckable(true);
            item->setCheckState(Qt::Unchecked);
            model.setItem(row, 0, item);
        }
        auto *view = new QTableView(&form);
        view->setModel(&model);
        layout->addWidget(view);
        form.resize(400, 300);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        ReadOnlyLock::lockForm(&form);

        const QRect cell = view->visualRect(model.index(0, 0));
        // The check box sits at the cell's left; click there, then try the keyboard.
        const QPoint box(cell.left() + 10, cell.center().y());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, box);
        view->setCurrentIndex(model.index(1, 0));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(model.item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(model.item(1)->checkState(), Qt::Unchecked);
        QCOMPARE(view->currentIndex().row(), 1); // selecting still works

        // The same clicks on an unlocked view do toggle (the test can tell).
        QTableView open;
        open.setModel(&model);
        open.resize(400, 300);
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        QTest::mouseClick(open.viewport(), Qt::LeftButton, {},
                          QPoint(open.visualRect(model.index(0, 0)).left() + 10,
                                 open.visualRect(model.index(0, 0)).center().y()));
        QCOMPARE(model.item(0)->checkState(), Qt::Checked);
    }
};

QTEST_MAIN(TestReadOnlyLock)
#include "tst_readonlylock.moc"
