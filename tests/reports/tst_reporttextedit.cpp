#include "DemoReport.h"
#include "reports/ReportEditor.h"
#include "reports/ReportTextEdit.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// The report editor's generated blocks, typed at as an author would: shown as labelled regions, kept whole
/// by every way of editing, re-filled by Refresh, and saved with their markers.
class TestReportTextEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_id = 0;

    static QString body()
    {
        return QStringLiteral("## 参加者\n"
                              "<!-- offkai:attendees -->\n"
                              "\n"
                              "| 職業 | 人数 |\n"
                              "\n"
                              "<!-- /offkai:attendees -->\n"
                              "\n"
                              "おわり\n");
    }

    static void placeCursor(QPlainTextEdit &edit, qsizetype position, qsizetype anchor = -1)
    {
        QTextCursor cursor(edit.document());
        cursor.setPosition(int(anchor < 0 ? position : anchor));
        cursor.setPosition(int(position), QTextCursor::KeepAnchor);
        edit.setTextCursor(cursor);
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

    void typingInsideABlockIsRefused()
    {
        ReportTextEdit edit;
        edit.setPlainText(body());
        QCOMPARE(edit.regions().size(), 1);
        QVERIFY(!edit.extraSelections().isEmpty()); // tinted, its marker lines hidden behind labels
        QSignalSpy refused(&edit, &ReportTextEdit::protectedEditRefused);
        const GeneratedRegion region = edit.regions().constFirst();
        placeCursor(edit, region.contentStart + 3);
        test::typeText(&edit, QStringLiteral("書き換え"));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClick(&edit, Qt::Key_Delete);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.toPlainText(), body());
        QVERIFY(refused.size() >= 4);
        QCOMPARE(refused.constFirst().constFirst().toString(), QStringLiteral("attendees"));
        // On the marker lines, and joining them to the text around.
        placeCursor(edit, region.start + 4);
        test::typeText(&edit, QStringLiteral("x"));
        placeCursor(edit, region.start);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        placeCursor(edit, region.end + 1);
        QTest::keyClick(&edit, Qt::Key_Backspace); // the blank line after: allowed, see below
        QCOMPARE(edit.toPlainText(), QString(body()).remove(region.end, 1));
        QTest::keyClick(&edit, Qt::Key_Backspace); // now "おわり" would join the marker
        QCOMPARE(edit.toPlainText(), QString(body()).remove(region.end, 1));
        // Half a block selected.
        placeCursor(edit, region.contentStart + 2, 3);
        QTest::keyClick(&edit, Qt::Key_Delete);
        test::typeText(&edit, QStringLiteral("x"));
        QCOMPARE(edit.toPlainText(), QString(body()).remove(region.end, 1));
        QCOMPARE(edit.regions().size(), 1);
    }

    void textAtAnEdgeGoesBesideTheBlock()
    {
        ReportTextEdit edit;
        edit.setPlainText(body());
        const GeneratedRegion region = edit.regions().constFirst();
        placeCursor(edit, region.start);
        test::typeText(&edit, QStringLiteral("前"));
        test::typeText(&edit, QStringLiteral("書き"));
        QVERIFY(
            edit.toPlainText().contains(QStringLiteral("## 参加者\n前書き\n<!-- offkai:attendees -->\n")));
        const GeneratedRegion moved = edit.regions().constFirst();
        placeCursor(edit, moved.end);
        test::typeText(&edit, QStringLiteral("後"));
        QVERIFY(edit.toPlainText().contains(QStringLiteral("<!-- /offkai:attendees -->\n後\n")));
        // Return before a block and after it opens a line of the author's.
        placeCursor(edit, edit.regions().constFirst().start);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.regions().size(), 1);
        QVERIFY(edit.toPlainText().contains(QStringLiteral("前書き\n\n<!-- offkai:attendees -->")));
        // Undo takes back what was typed, not the block.
        while (edit.document()->isUndoAvailable())
            edit.undo();
        QCOMPARE(edit.toPlainText(), body());
    }

    void pasteInputMethodsAndWholeBlocks()
    {
        ReportTextEdit edit;
        edit.setPlainText(body());
        QSignalSpy refused(&edit, &ReportTextEdit::protectedEditRefused);
        const GeneratedRegion region = edit.regions().constFirst();
        QApplication::clipboard()->setText(QStringLiteral("貼り付け"));
        placeCursor(edit, region.contentStart + 1);
        edit.paste();
        QCOMPARE(edit.toPlainText(), body());
        // Pasted at the opening marker: on a line of its own.
        placeCursor(edit, region.start);
        edit.paste();
        QVERIFY(edit.toPlainText().contains(QStringLiteral("貼り付け\n<!-- offkai:attendees -->")));
        edit.undo();
        QCOMPARE(edit.toPlainText(), body());
        // Ctrl+V as well.
        placeCursor(edit, region.contentStart + 1);
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit.toPlainText(), body());
        placeCursor(edit, region.end);
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(edit.toPlainText().contains(QStringLiteral("<!-- /offkai:attendees -->\n貼り付け\n")));
        edit.undo();
        QCOMPARE(edit.toPlainText(), body());
        // An input method's text inside a block.
        placeCursor(edit, region.contentStart + 1);
        QInputMethodEvent preedit(QStringLiteral("さんか"), {});
        QApplication::sendEvent(&edit, &preedit);
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("参加"));
        QApplication::sendEvent(&edit, &commit);
        QCOMPARE(edit.toPlainText(), body());
        QVERIFY(refused.size() >= 2);
        // A block selected whole may be deleted: the author does not want it.
        placeCursor(edit, region.end + 1, region.start);
        QTest::keyClick(&edit, Qt::Key_Delete);
        QVERIFY(edit.regions().isEmpty());
        QVERIFY(!edit.toPlainText().contains(QLatin1String("offkai:")));
        QVERIFY(edit.toPlainText().contains(QStringLiteral("おわり")));
        QVERIFY(
            ReportTextEdit::regionLabel(QStringLiteral("headcount")).contains(QLatin1String("Attendance")));
    }

    void refreshFillsTheProtectedBlocksAndTheMarkersAreSaved()
    {
        QUndoStack undo;
        ReportEditor editor(*m_workspace, &undo);
        editor.resize(1200, 700);
        editor.show();
        editor.setReport(m_id);
        ReportTextEdit *text = editor.markdownEdit();
        QVERIFY(text->regions().size() >= 3);
        QSignalSpy status(&editor, &ReportEditor::statusMessage);
        // Damage a block the way a script or an older version could, then refresh: it is written again.
        const GeneratedRegion attendees =
            *std::find_if(text->regions().cbegin(), text->regions().cend(),
                          [](const GeneratedRegion &r) { return r.name == QLatin1String("attendees"); });
        const QString original = text->toPlainText();
        placeCursor(*text, attendees.contentStart + 2);
        test::typeText(text, QStringLiteral("x"));
        QCOMPARE(text->toPlainText(), original);
        QVERIFY(!status.isEmpty());
        QVERIFY(status.constLast().constFirst().toString().contains(QStringLiteral("Generated: Who came")));
        QTextCursor cursor(text->document());
        cursor.setPosition(int(attendees.contentStart));
        cursor.setPosition(int(attendees.contentEnd), QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("\n古い表\n\n"));
        QVERIFY(text->toPlainText() != original);
        editor.refreshGeneratedBlocks();
        QCOMPARE(text->toPlainText(), original);
        // The author's text beside a block is saved with the markers.
        placeCursor(*text, text->regions().constFirst().end);
        test::typeText(text, QStringLiteral("会場の写真"));
        QVERIFY(editor.commitPendingEdits());
        const QString stored = m_workspace->reports().get(m_id)->body;
        QVERIFY(stored.contains(QStringLiteral("-->\n会場の写真\n")));
        QVERIFY(stored.contains(QLatin1String("<!-- offkai:attendees -->")));
        QVERIFY(stored.contains(QLatin1String("<!-- /offkai:attendees -->")));
        // Japanese text: characters only.
        QVERIFY2(editor.countLabel()->text().endsWith(QLatin1String(" characters")),
                 qPrintable(editor.countLabel()->text()));
        QVERIFY(!editor.countLabel()->text().contains(QLatin1String("words")));
        text->selectAll();
        QTest::keyClick(text, Qt::Key_Delete);
        test::typeText(text, QStringLiteral("We met in Ginza."));
        QTRY_VERIFY(editor.countLabel()->text().contains(QLatin1String("4 words")));
    }
};

QTEST_MAIN(TestReportTextEdit)
#include "tst_reporttextedit.moc"
