#include "items/ReportListModel.h"
#include "reports/ReportAutosaver.h"
#include "reports/ReportEditor.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportPhotoStrip.h"
#include "reports/ReportPreview.h"
#include "reports/ReportsPage.h"
#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

namespace {

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db)
        return nullptr;
    return std::make_unique<Workspace>(std::move(db).value());
}

qint64 eventId(Workspace &w, const QString &title)
{
    QSqlQuery q(w.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM events WHERE title = ?"));
    q.addBindValue(title);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

const QString kTyped = QStringLiteral("二次会は近くのバーへ。");

/// The child of killedWhileTyping(): opens the page, types, says when the text is saved, keeps typing
/// until it is killed.
int runChild(const QString &path)
{
    auto workspace = openWorkspace(path);
    if (!workspace)
        return 3;
    QUndoStack undo;
    ReportsPage page(*workspace, undo);
    page.resize(1200, 800);
    page.show();
    const qint64 id =
        workspace->reports().forEvent(eventId(*workspace, QStringLiteral("第2回オフ会")))->constFirst().id;
    page.selectReport(id);
    QPlainTextEdit *text = page.editor()->textEdit();
    text->moveCursor(QTextCursor::End);
    QSignalSpy saved(page.editor()->autosaver(), &ReportAutosaver::saved);
    test::typeText(text, QStringLiteral("\n\n") + kTyped);
    if (!saved.wait(ReportAutosaver::kMaxDelayMs + 2000))
        return 4;
    std::fputs("SAVED\n", stdout);
    std::fflush(stdout);
    for (;;) {
        test::typeText(text, QStringLiteral("あ"));
        QTest::qWait(50);
    }
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReportsPage> m_page;

    qint64 reportOf(const QString &title)
    {
        auto reports = m_workspace->reports().forEvent(eventId(*m_workspace, title));
        return reports && !reports->isEmpty() ? reports->constFirst().id : 0;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void init()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
        const QString folder = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        auto path = DemoDatabase::create(folder, QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_path = *path;
        m_workspace = openWorkspace(m_path);
        QVERIFY(m_workspace);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<ReportsPage>(*m_workspace, *m_undo);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
    }

    void listsAndPreviewsTheDemoReports()
    {
        QCOMPARE(m_page->model()->rowCount(), 2);
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        m_page->selectReport(id);
        QCOMPARE(m_page->editor()->reportId(), id);
        QCOMPARE(m_page->editor()->textEdit()->toPlainText(), m_workspace->reports().get(id)->body);
        const QString html = m_page->editor()->preview()->html();
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(!html.contains(QStringLiteral("offkai:")));
        QVERIFY(html.contains(QStringLiteral("経営者Iさん")));
        // The photo link resolves to the stored image.
        const QVariant image = m_page->editor()->preview()->loadResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("images/meetup-ginza.png")));
        QVERIFY(image.canConvert<QImage>());
        QVERIFY(!image.value<QImage>().isNull());
        QCOMPARE(m_page->editor()->photoStrip()->list()->count(), 1);
        QVERIFY(m_page->editor()->countLabel()->text().contains(QRegularExpression(QStringLiteral("\\d"))));
    }

    void newReportFromTheTemplateIsUndoable()
    {
        const qint64 off2 = eventId(*m_workspace, QStringLiteral("第2回オフ会"));
        const qint64 id = m_page->createReport(off2, 0, QStringLiteral("en"));
        QVERIFY(id > 0);
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_page->editor()->reportId(), id);
        auto report = m_workspace->reports().get(id);
        QVERIFY(report->body.contains(QStringLiteral("9 people (1 walk-in)")));
        QVERIFY(!report->title.isEmpty());
        m_undo->undo();
        QCOMPARE(m_page->model()->rowCount(), 2);
        QVERIFY(!m_workspace->reports().get(id).ok());
        m_undo->redo();
        QCOMPARE(m_workspace->reports().get(id)->body, report->body);
    }

    void typingIsSavedAndUndoable()
    {
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        m_page->selectReport(id);
        QPlainTextEdit *text = m_page->editor()->textEdit();
        const QString before = text->toPlainText();
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QSignalSpy saved(m_page->editor()->autosaver(), &ReportAutosaver::saved);
        QTest::keyClick(text, Qt::Key_Return);
        test::typeText(text, kTyped);
        QVERIFY(saved.wait(ReportAutosaver::kIdleMs + 2000));
        const QString stored = m_workspace->reports().get(id)->body;
        QCOMPARE(stored.right(40), QString(before + QStringLiteral("\n") + kTyped).right(40));
        QCOMPARE(stored, before + QStringLiteral("\n") + kTyped);
        QTRY_VERIFY(m_page->editor()->preview()->html().contains(kTyped));
        text->undo();
        QVERIFY(m_page->editor()->commitPendingEdits());
        QVERIFY(!m_workspace->reports().get(id)->body.contains(kTyped));
        // Switching reports saves what was typed at once.
        test::typeText(text, QStringLiteral("X"));
        m_page->selectReport(reportOf(QStringLiteral("第1回オフ会")));
        QVERIFY(m_workspace->reports().get(id)->body.endsWith(QLatin1Char('X')));
    }

    void privacyRuleRenamesAttendeesAndUndoes()
    {
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        m_page->selectReport(id);
        QPlainTextEdit *text = m_page->editor()->textEdit();
        const QString initial = text->toPlainText();
        QComboBox *privacy = m_page->editor()->privacyCombo();
        privacy->setCurrentIndex(privacy->findData(int(Report::Privacy::NoNames)));
        Q_EMIT privacy->activated(privacy->currentIndex());
        QCOMPARE(m_workspace->reports().get(id)->privacy, Report::Privacy::NoNames);
        QVERIFY(initial.contains(QStringLiteral("| 職業 | 人数 | 名前 |")));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("| 職業 | 人数 | 名前 |")));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Iさん、")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("9名（うち当日参加1名）")));
        m_undo->undo();
        QCOMPARE(m_workspace->reports().get(id)->privacy, Report::Privacy::OccupationInitial);
        QCOMPARE(privacy->currentData().toInt(), int(Report::Privacy::OccupationInitial));
        QCOMPARE(text->toPlainText(), initial);
    }

    void refreshKeepsTheAuthorsText()
    {
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        m_page->selectReport(id);
        QPlainTextEdit *text = m_page->editor()->textEdit();
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("\n著者の追記"));
        // Someone else turns out to have come.
        Member late;
        late.displayName = QStringLiteral("遅刻 太郎");
        late.reading = QStringLiteral("ちこく たろう");
        auto member = m_workspace->members().insert(late);
        QVERIFY(member.ok());
        QVERIFY(m_workspace->participations()
                    .checkIn(eventId(*m_workspace, QStringLiteral("第2回オフ会")), *member)
                    .ok());
        m_page->editor()->refreshGeneratedBlocks();
        QVERIFY(text->toPlainText().contains(QStringLiteral("10名（うち当日参加2名）")));
        QVERIFY(text->toPlainText().endsWith(QStringLiteral("著者の追記")));
        QVERIFY(
            text->toPlainText().contains(QStringLiteral("月末の平日・木曜日、前回と同じ銀座のワインバーに")));
        text->undo();
        QVERIFY(text->toPlainText().contains(QStringLiteral("9名（うち当日参加1名）")));
    }

    void deleteIsUndoable()
    {
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        m_page->selectReport(id);
        const QString body = m_workspace->reports().get(id)->body;
        m_page->deleteCurrentReport();
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(!m_workspace->reports().get(id).ok());
        m_undo->undo();
        QCOMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(m_workspace->reports().get(id)->body, body);
        QCOMPARE(m_workspace->reports().photos(id)->size(), 1);
    }

    void aFileThatIsNotAnImageIsRefused()
    {
        // The strip on its own: on the page its errors open a message box.
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        ReportPhotoStrip standalone(m_workspace->reports());
        standalone.setReport(id);
        QTemporaryDir files;
        QFile fake(files.filePath(QStringLiteral("photo.jpg")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("this is not a JPEG");
        fake.close();
        ReportPhotoStrip *strip = &standalone;
        QSignalSpy errors(strip, &ReportPhotoStrip::errorOccurred);
        QVERIFY(strip->addFiles({fake.fileName(), files.filePath(QStringLiteral("missing.png"))}).isEmpty());
        QCOMPARE(errors.count(), 2);
        QVERIFY(
            errors.constFirst().constFirst().value<Error>().message().contains(QStringLiteral("photo.jpg")));
        QCOMPARE(m_workspace->reports().photos(id)->size(), 1);
        QCOMPARE(strip->list()->count(), 1);
    }

    void exportDialogWritesMarkdownAndImages()
    {
        const qint64 id = reportOf(QStringLiteral("第2回オフ会"));
        QTemporaryDir out;
        ReportExportDialog dialog(m_workspace->reports(), id);
        dialog.folderEdit()->setText(out.path());
        dialog.frontMatterBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QFile md(dialog.exportedPath());
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.startsWith(QStringLiteral("---\n")));
        QVERIFY(!text.contains(QStringLiteral("<!--")));
        QVERIFY(text.contains(QStringLiteral("(images/meetup-ginza.png)")));
        QVERIFY(QFileInfo(QFileInfo(md).dir().filePath(QStringLiteral("images/meetup-ginza.png"))).size() >
                1000);
    }

    void killedWhileTyping()
    {
        // A real kill (SIGKILL) of a process typing into the editor: the text saved before it is there.
        m_page.reset();
        m_workspace.reset();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFKAI_AUTOSAVE_CHILD"), m_path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("SAVED") && clock.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(500);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("SAVED"), child.readAllStandardError().constData());
        QTest::qWait(300); // killed in the middle of typing more
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_workspace = openWorkspace(m_path);
        QVERIFY(m_workspace);
        QSqlQuery check(m_workspace->database().connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(m_workspace->reports().get(reportOf(QStringLiteral("第2回オフ会")))->body.contains(kTyped));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OFFKAI_AUTOSAVE_CHILD")) {
        test::prepareEnvironment();
        return runChild(qEnvironmentVariable("OFFKAI_AUTOSAVE_CHILD"));
    }
    TestReportsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportspage.moc"
