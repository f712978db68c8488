// File › Connect to Team Database… against the real test server: a refusal keeps what was typed and says
// why; a connection opens the database, keeps the password in the keychain, and the window names it.
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "stores/Workspace.h"
#include "team/ConnectTeamDialog.h"
#include "TestSupport.h"
#include "workflows/TeamPasswords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace offkai;

class TestConnectTeamDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QLineEdit *field(QDialog &dialog, int index)
    {
        return dialog.findChildren<QLineEdit *>().at(index);
    }
    static QLabel *problem(QDialog &dialog)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->wordWrap() && label->textInteractionFlags() & Qt::TextSelectableByMouse)
                return label;
        }
        return nullptr;
    }
    /// A team database reached over TCP with a password, as from another machine.
    ServerAddress tcpDatabase(const QString &name)
    {
        const auto local = ServerAddress::parse(test::serverAddressFor(m_dir.filePath(name)));
        return ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER_TCP"))
            ->withDatabase(local->database());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER_TCP"))
            QFAIL(
                "No test server: run through .ci/test, or `eval \"$(bash .ci/postgres start DIR)\"` first.");
    }

    void aRefusalKeepsWhatWasTypedAndSaysWhy()
    {
        const ServerAddress address = tcpDatabase(QStringLiteral("refused"));
        ConnectTeamDialog dialog;
        dialog.show();
        field(dialog, 0)->setText(address.toDisplayString());
        test::typeText(field(dialog, 1), QStringLiteral("wrong-password"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(problem(dialog)->isVisible());
        QVERIFY2(problem(dialog)->text().contains(QStringLiteral("password")),
                 qPrintable(problem(dialog)->text()));
        QCOMPARE(field(dialog, 0)->text(), address.toDisplayString());
        QCOMPARE(field(dialog, 1)->text(), QStringLiteral("wrong-password"));
        QVERIFY(!dialog.takeDatabase());

        // A malformed address is refused before anything is sent.
        field(dialog, 0)->setText(QStringLiteral("postgresql://db.example.org/ginza"));
        dialog.accept();
        QVERIFY(problem(dialog)->text().contains(QStringLiteral("no user")));
    }

    void aConnectionOpensTheDatabaseAndKeepsThePassword()
    {
        const ServerAddress address = tcpDatabase(QStringLiteral("connected"));
        QVERIFY(TeamPasswords::forget(address));
        {
            ConnectTeamDialog dialog;
            dialog.show();
            field(dialog, 0)->setText(address.toDisplayString());
            field(dialog, 1)->setText(qEnvironmentVariable("OFFKAI_TEST_SERVER_PASSWORD"));
            QVERIFY(dialog.findChild<QCheckBox *>()->isChecked());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            auto db = dialog.takeDatabase();
            QVERIFY(db);
            QVERIFY(db->isServer());
            QCOMPARE(db->schemaVersion(), Database::supportedSchemaVersion());
        }
        QCOMPARE(TeamPasswords::read(address), qEnvironmentVariable("OFFKAI_TEST_SERVER_PASSWORD"));

        // Next time the password field may stay empty: the keychain's is used. The address is remembered.
        ConnectTeamDialog again;
        QCOMPARE(field(again, 0)->text(), address.toDisplayString());
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(again.takeDatabase());
        QVERIFY(TeamPasswords::forget(address));
    }

    void theWindowNamesTheTeamDatabaseAndTheUser()
    {
        const ServerAddress address = tcpDatabase(QStringLiteral("window"));
        MainWindow window;
        window.show();
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConnectTeamDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            field(*dialog, 0)->setText(address.toDisplayString());
            field(*dialog, 1)->setText(qEnvironmentVariable("OFFKAI_TEST_SERVER_PASSWORD"));
            dialog->findChild<QCheckBox *>()->setChecked(false);
            dialog->accept();
        });
        QVERIFY(window.connectToTeamDatabase());
        QVERIFY2(window.windowTitle().contains(address.database()), qPrintable(window.windowTitle()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("postgres")));
        bool labelled = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            labelled = labelled || label->text().contains(address.toDisplayString());
        QVERIFY(labelled);
        QCOMPARE(TeamPasswords::read(address), QString()); // not kept: the box was unticked
    }
};

QTEST_MAIN(TestConnectTeamDialog)
#include "tst_connectteamdialog.moc"
