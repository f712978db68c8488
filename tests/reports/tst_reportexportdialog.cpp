#include "DemoReport.h"
#include "reports/ReportExportDialog.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace offkai;

/// The export dialog on the demo's 2nd-meetup report: the preset chooser, the slug, the files it lists,
/// and the question before replacing files.
class TestReportExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_id = 0;

    /// Answers the next message box with `button`, noting its text.
    void answerNextBox(QMessageBox::StandardButton button, QString *text)
    {
        QTimer::singleShot(0, this, [button, text] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    *text = box->text();
                    box->button(button)->click();
                }
            }
        });
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void choose(ReportExportDialog &dialog, ReportExportPreset::Kind kind)
    {
        dialog.presetBox()->setCurrentIndex(dialog.presetBox()->findData(ReportExportPreset::key(kind)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_workspace = test::openWorkspace(*path);
        QVERIFY(m_workspace);
        m_id = test::demoSecondMeetupReport(*m_workspace);
        QVERIFY(m_id > 0);
    }

    /// The choices it remembers are shared with the other tests of a run (one home): none is left behind,
    /// so that another test's export is not a Jekyll one, nor opens a file manager.
    void cleanupTestCase() { QSettings().remove(QStringLiteral("reports")); }

    void presetsAndTheFilesTheyWrite()
    {
        ReportExportDialog dialog(m_workspace->reports(), m_id);
        QCOMPARE(dialog.presetBox()->count(), 5);
        for (int i = 0; i < dialog.presetBox()->count(); ++i)
            QVERIFY(!dialog.presetBox()->itemText(i).isEmpty());
        choose(dialog, ReportExportPreset::Kind::Markdown);
        QVERIFY(dialog.frontMatterBox()->isEnabled());
        // Plain Markdown is named "<meetup's day>-<slug>.md" too: a Japanese title has no words for a
        // slug, so it starts as "report" for the user to change.
        QVERIFY(dialog.slugEdit()->isEnabled());
        QCOMPARE(dialog.slugEdit()->text(), QStringLiteral("report"));
        QVERIFY(dialog.pathsView()->toPlainText().contains(QLatin1String("images/meetup-ginza.png")));
        QVERIFY(dialog.pathsView()->toPlainText().contains(QLatin1String("\n2013-08-29-report.md")));

        choose(dialog, ReportExportPreset::Kind::Zenn);
        QVERIFY(!dialog.frontMatterBox()->isEnabled());
        QVERIFY(dialog.slugEdit()->isEnabled());
        const QString slug = dialog.slugEdit()->text();
        QVERIFY2(ReportExportPreset::checkSlug(slug, ReportExportPreset::Kind::Zenn), qPrintable(slug));
        const QStringList lines = dialog.pathsView()->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.mid(0, 2), (QStringList{QStringLiteral("images/%1/meetup-ginza.png").arg(slug),
                                               QStringLiteral("articles/%1.md").arg(slug)}));
        // The Japanese tags cannot be Zenn topics: said before exporting.
        QVERIFY(lines.size() > 3);

        // A slug typed by the user is kept across presets and shown at once.
        test::typeText(dialog.slugEdit(), QStringLiteral("-2"));
        QVERIFY(dialog.pathsView()->toPlainText().contains(QStringLiteral("articles/%1-2.md").arg(slug)));
        choose(dialog, ReportExportPreset::Kind::Hugo);
        QCOMPARE(dialog.slugEdit()->text(), slug + QStringLiteral("-2"));
        QVERIFY(dialog.pathsView()->toPlainText().contains(
            QStringLiteral("content/posts/%1-2/index.md").arg(slug)));

        // A slug that cannot be used: the list says why, and Export refuses it with nothing written.
        dialog.slugEdit()->setText(QStringLiteral("第2回"));
        Q_EMIT dialog.slugEdit()->textEdited(dialog.slugEdit()->text());
        QVERIFY(dialog.pathsView()->toPlainText().contains(QStringLiteral("第2回")));
        QTemporaryDir out;
        dialog.folderEdit()->setText(out.path());
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        dialog.accept();
        QVERIFY(shown.contains(QStringLiteral("第2回")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void asksBeforeReplacing()
    {
        QTemporaryDir out;
        {
            ReportExportDialog dialog(m_workspace->reports(), m_id);
            choose(dialog, ReportExportPreset::Kind::Jekyll);
            dialog.folderEdit()->setText(out.path());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.exportedPath().startsWith(out.filePath(QStringLiteral("_posts/"))));
        }
        ReportExportDialog again(m_workspace->reports(), m_id);
        // The preset is remembered.
        QCOMPARE(again.presetBox()->currentData().toString(), QStringLiteral("jekyll"));
        again.folderEdit()->setText(out.path());
        const QString md = out.filePath(again.pathsView()->toPlainText().section(QLatin1Char('\n'), 1, 1));
        QVERIFY2(md.endsWith(QLatin1String(".md")), qPrintable(md));
        {
            QFile edited(md);
            QVERIFY(edited.open(QIODevice::WriteOnly));
            edited.write("edited by hand\n");
        }
        // No: nothing replaced, the dialog stays open.
        QString shown;
        answerNextBox(QMessageBox::No, &shown);
        again.accept();
        QVERIFY(shown.contains(QStringLiteral("meetup-ginza.png")));
        QVERIFY(shown.contains(QFileInfo(md).fileName()));
        QCOMPARE(again.result(), int(QDialog::Rejected));
        QCOMPARE(read(md), QByteArray("edited by hand\n"));
        // Replace: written.
        answerNextBox(QMessageBox::Yes, &shown);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(read(md).startsWith("---\nlayout: \"post\"\n"));
    }

    void markdownNamedByTheMeetupAndTheFolderOpened()
    {
        QTemporaryDir out;
        QList<QUrl> opened;
        {
            ReportExportDialog dialog(m_workspace->reports(), m_id);
            dialog.setFolderOpener([&opened](const QUrl &url) {
                opened.append(url);
                return true;
            });
            choose(dialog, ReportExportPreset::Kind::Markdown);
            QVERIFY(!dialog.openFolderBox()->isChecked()); // not unless asked
            dialog.frontMatterBox()->setChecked(true);
            dialog.openFolderBox()->setChecked(true);
            dialog.folderEdit()->setText(out.path());
            dialog.slugEdit()->clear();
            test::typeText(dialog.slugEdit(), QStringLiteral("Ginza 2nd"));
            // Made fit for a file name as it is typed.
            QVERIFY2(dialog.pathsView()->toPlainText().contains(QLatin1String("\n2013-08-29-ginza-2nd.md")),
                     qPrintable(dialog.pathsView()->toPlainText()));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.exportedPath(), out.filePath(QStringLiteral("2013-08-29-ginza-2nd.md")));
        }
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QDir(out.path()).absolutePath())});
        // The front matter: the day it was published (today for a draft) and the meetup's day.
        const Report report = *m_workspace->reports().get(m_id);
        const QDate published = *m_workspace->reports().firstPublishedOn(m_id);
        const QDate date = report.status == Report::Status::Published && published.isValid()
                               ? published
                               : QDate::currentDate();
        const QByteArray md = read(out.filePath(QStringLiteral("2013-08-29-ginza-2nd.md")));
        const QByteArray dates =
            "\ndate: " + date.toString(Qt::ISODate).toLatin1() + "\nevent_date: 2013-08-29\n";
        QVERIFY2(md.contains(dates), md.left(400).constData());
        QVERIFY(md.startsWith("---\ntitle: "));
        QVERIFY(!md.contains("offkai:"));
        // Remembered, and a folder that cannot be opened is said.
        ReportExportDialog again(m_workspace->reports(), m_id);
        QVERIFY(again.openFolderBox()->isChecked());
        again.setFolderOpener([](const QUrl &) { return false; });
        again.folderEdit()->setText(out.filePath(QStringLiteral("second")));
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY2(shown.contains(QStringLiteral("could not be opened")), qPrintable(shown));
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
