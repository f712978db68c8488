#include "members/import/ImportMappingPage.h"
#include "members/import/MemberImportWizard.h"
#include "records/CommunitySettings.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/ImportPresetStore.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Drives the import wizard through its widgets, offscreen, as a user would.
class TestMemberImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;
    std::unique_ptr<MemberImportWizard> m_wizard;
    int m_file = 0;

    template<typename T> T *widget(const char *name)
    {
        T *w = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void chooseFile(const QString &path)
    {
        auto *edit = widget<QLineEdit>("fileEdit");
        edit->setFocus();
        edit->setText(path);
        // Leaving the field loads the file (Enter would also press Next).
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    void clickNext()
    {
        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }
    void clickImport()
    {
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QCOMPARE(commit->text(), QStringLiteral("&Import"));
        QTest::mouseClick(commit, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_wizard.reset();
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberTables>(*m_db);
        m_wizard = std::make_unique<MemberImportWizard>(*m_db, *m_store);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    }
    void cleanup()
    {
        m_wizard.reset();
        m_store.reset();
        m_db.reset();
    }

    void importsAFileAcceptingTheGuesses()
    {
        QCOMPARE(m_wizard->currentId(), int(MemberImportWizard::FilePage));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        chooseFile(test::testData(QStringLiteral("csv/members-excel-sjis.csv")));
        QCOMPARE(widget<QLabel>("detectedLabel")->text(), QStringLiteral("Detected: Shift_JIS"));
        QVERIFY(widget<QPlainTextEdit>("textPreview")->toPlainText().contains(QStringLiteral("髙橋 ①郎")));
        clickNext();

        QCOMPARE(m_wizard->currentId(), int(MemberImportWizard::FormatPage));
        QCOMPARE(widget<QComboBox>("delimiterCombo")->currentText(), QStringLiteral("Comma"));
        QVERIFY(widget<QCheckBox>("headerCheck")->isChecked());
        auto *rows = widget<QTableWidget>("rowsPreview");
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->horizontalHeaderItem(1)->text(), QStringLiteral("フリガナ"));
        clickNext();

        QCOMPARE(m_wizard->currentId(), int(MemberImportWizard::MappingPage));
        auto *mapping = static_cast<ImportMappingPage *>(m_wizard->currentPage());
        QCOMPARE(mapping->fieldCombo(0)->currentText(), QStringLiteral("Name"));
        QCOMPARE(mapping->fieldCombo(1)->currentText(), QStringLiteral("Reading"));
        QCOMPARE(mapping->fieldCombo(2)->currentText(), QStringLiteral("Email"));
        QCOMPARE(mapping->fieldCombo(3)->currentText(), QStringLiteral("Affiliation"));
        auto *preview = widget<QTableWidget>("membersPreview");
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("髙橋 ①郎"));
        QCOMPARE(preview->item(0, 6)->text(), QStringLiteral("OK"));
        clickNext();

        QCOMPARE(m_wizard->currentId(), int(MemberImportWizard::OptionsPage));
        QVERIFY(widget<QRadioButton>("skipRadio")->isChecked());
        clickImport();

        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        QCOMPARE(widget<QLabel>("countsLabel")->text(),
                 QStringLiteral("Created: 2    Updated: 0    Skipped: 0    Not imported: 0"));
        QCOMPARE(*m_store->list().count(), 2);
        const auto ids = *m_store->records().idsWithEmail(QStringLiteral("takahashi@example.jp"));
        QCOMPARE(m_store->records().get(ids.constFirst())->affiliation, QStringLiteral("渋谷～新宿"));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());
    }

    void changesTheMappingSavesAPresetAndReportsRejectedRows()
    {
        chooseFile(test::testData(QStringLiteral("csv/invalid-emails.csv")));
        clickNext();
        clickNext();
        auto *page = static_cast<ImportMappingPage *>(m_wizard->currentPage());
        // Ignore the name column: nothing to import a member as, so Next is disabled.
        page->fieldCombo(0)->setCurrentIndex(
            page->fieldCombo(0)->findData(MemberCsvMapping::fieldKey(MemberCsvMapping::Field::Ignore)));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        page->fieldCombo(0)->setCurrentIndex(
            page->fieldCombo(0)->findData(MemberCsvMapping::fieldKey(MemberCsvMapping::Field::DisplayName)));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        // The preview shows the invalid address on its row.
        QCOMPARE(widget<QTableWidget>("membersPreview")->item(1, 6)->text(),
                 QStringLiteral("“not-an-email” is not a valid email address."));

        auto *name = widget<QLineEdit>("presetNameEdit");
        name->setText(QStringLiteral("会員フォーム"));
        QTest::mouseClick(widget<QPushButton>("savePresetButton"), Qt::LeftButton);
        QCOMPARE(*m_wizard->presets().names(), QStringList{QStringLiteral("会員フォーム")});
        QCOMPARE(widget<QComboBox>("presetCombo")->currentText(), QStringLiteral("会員フォーム"));
        QCOMPARE(m_wizard->presets().load(QStringLiteral("会員フォーム"))->fieldAt(1),
                 MemberCsvMapping::Field::Email);
        // Applying it maps the same way.
        page->fieldCombo(1)->setCurrentIndex(0);
        QTest::mouseClick(widget<QPushButton>("applyPresetButton"), Qt::LeftButton);
        QCOMPARE(page->fieldCombo(1)->currentText(), QStringLiteral("Email"));
        clickNext();
        clickImport();

        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        QCOMPARE(widget<QLabel>("countsLabel")->text(),
                 QStringLiteral("Created: 2    Updated: 0    Skipped: 0    Not imported: 2"));
        auto *notes = widget<QTableWidget>("notesTable");
        QCOMPARE(notes->rowCount(), 2);
        QCOMPARE(notes->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(notes->item(0, 2)->text(), QStringLiteral("“not-an-email” is not a valid email address."));
        QVERIFY(widget<QPushButton>("saveReportButton")->isEnabled());
        const QString report = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(m_wizard->saveReport(report).ok());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("3,Not imported,"));
        QCOMPARE(*m_store->list().count(), 2);
    }

    void updatesDuplicatesWhenAsked()
    {
        chooseFile(test::testData(QStringLiteral("csv/members-ja-utf8.csv")));
        clickNext();
        clickNext();
        clickNext();
        clickImport();
        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        QCOMPARE(*m_store->list().count(), 3);

        m_wizard = std::make_unique<MemberImportWizard>(*m_db, *m_store);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        chooseFile(test::testData(QStringLiteral("csv/duplicates.csv")));
        clickNext();
        clickNext();
        clickNext();
        auto *update = widget<QRadioButton>("updateRadio");
        QTest::mouseClick(update, Qt::LeftButton, {}, QPoint(8, update->height() / 2)); // on its indicator
        QVERIFY(update->isChecked());
        clickImport();
        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        QCOMPARE(widget<QLabel>("countsLabel")->text(),
                 QStringLiteral("Created: 1    Updated: 1    Skipped: 0    Not imported: 0"));
        const auto ids = *m_store->records().idsWithEmail(QStringLiteral("hanako.sato@example.jp"));
        QCOMPARE(m_store->records().get(ids.constFirst())->displayName, QStringLiteral("Hanako Updated"));
    }

    void refusesTheWrongEncodingAndBrokenFiles()
    {
        chooseFile(test::testData(QStringLiteral("csv/members-excel-sjis.csv")));
        auto *encoding = widget<QComboBox>("encodingCombo");
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
        auto *error = widget<QLabel>("errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral(
                     "members-excel-sjis.csv: The file does not look like UTF-8. Choose another encoding."));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("shift_jis")));
        QVERIFY(!error->isVisible());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        chooseFile(test::testData(QStringLiteral("csv/unbalanced-quotes.csv")));
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("auto")));
        clickNext();
        auto *formatError = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(formatError->text().contains(QStringLiteral("Row 2, column 1 (line 2)")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        m_wizard->back();
        chooseFile(m_dir.filePath(QStringLiteral("does-not-exist.csv")));
        QCOMPARE(error->text(), QStringLiteral("The file “does-not-exist.csv” no longer exists."));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(*m_store->list().count(), 0);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,Email\n");
            for (int i = 0; i < 3000; ++i)
                file.write(QStringLiteral("Member %1,m%1@example.com\n").arg(i).toUtf8());
        }
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = test::databaseChecksum(m_db->path());
        chooseFile(path);
        clickNext();
        clickNext();
        clickNext();
        bool clicked = false;
        connect(m_wizard.get(), &MemberImportWizard::importProgress, this, [&](int done, int) {
            if (done >= 100 && !clicked) {
                clicked = true;
                // The user clicks Cancel while rows are being imported.
                QTimer::singleShot(0, this, [this] {
                    QTest::mouseClick(widget<QPushButton>("cancelImportButton"), Qt::LeftButton);
                });
            }
        });
        clickImport();
        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        QVERIFY(clicked);
        QCOMPARE(widget<QLabel>("headlineLabel")->text(),
                 QStringLiteral("The import was cancelled. Nothing was changed."));
        QCOMPARE(*m_store->list().count(), 0);
        QVERIFY(!m_store->bulkWrite().isActive());
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QCOMPARE(test::databaseChecksum(m_db->path()), before);
    }

    void closingDuringTheImportCancelsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("close.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,Email\n");
            for (int i = 0; i < 3000; ++i)
                file.write(QStringLiteral("Member %1,c%1@example.com\n").arg(i).toUtf8());
        }
        chooseFile(path);
        clickNext();
        clickNext();
        clickNext();
        QSignalSpy finished(m_wizard.get(), &QDialog::finished);
        bool closed = false;
        connect(m_wizard.get(), &MemberImportWizard::importProgress, this, [&](int done, int) {
            if (done >= 100 && !closed) {
                closed = true;
                m_wizard->close(); // the window's close button: the import must stop, not the app
                QVERIFY(m_wizard->isVisible());
            }
        });
        clickImport();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(!m_wizard->isImporting());
        QCOMPARE(*m_store->list().count(), 0);
    }

    void recognisesAConnpassFileAndSkipsWithdrawnRows()
    {
        chooseFile(test::testData(QStringLiteral("csv/services/connpass-2026-utf8-bom.csv")));
        clickNext();
        clickNext();
        auto *page = static_cast<ImportMappingPage *>(m_wizard->currentPage());
        QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("connpass participants")));
        auto *presets = widget<QComboBox>("presetCombo");
        QCOMPARE(presets->currentText(), QStringLiteral("connpass participants (built in)"));
        QVERIFY(!widget<QPushButton>("deletePresetButton")->isEnabled());
        QCOMPARE(page->fieldCombo(0)->currentText(), QStringLiteral("Name"));
        QCOMPARE(page->fieldCombo(1)->currentText(), QStringLiteral("connpass user name"));
        QCOMPARE(page->fieldCombo(3)->currentText(), QStringLiteral("(Do not import)")); // 参加ステータス
        auto *ignored = widget<QLabel>("ignoredColumnsLabel");
        QVERIFY(ignored->isVisible());
        QVERIFY(ignored->text().contains(QStringLiteral("参加ステータス, 出欠ステータス")));
        QVERIFY(ignored->text().contains(QStringLiteral("好きな言語")));
        auto *preview = widget<QTableWidget>("membersPreview");
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("山田 太郎"));
        QCOMPARE(preview->item(1, 6)->text(), QStringLiteral("The account was withdrawn from the service."));

        // Corrected and saved, the built-in preset becomes the user's own; applying the built-in again
        // undoes the correction.
        auto *language = page->fieldCombo(8);
        language->setCurrentIndex(
            language->findData(MemberCsvMapping::fieldKey(MemberCsvMapping::Field::Skills)));
        QVERIFY(!ignored->text().contains(QStringLiteral("好きな言語")));
        widget<QLineEdit>("presetNameEdit")->setText(QStringLiteral("connpass 修正版"));
        QTest::mouseClick(widget<QPushButton>("savePresetButton"), Qt::LeftButton);
        const auto saved = m_wizard->presets().load(QStringLiteral("connpass 修正版"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->fieldAt(8), MemberCsvMapping::Field::Skills);
        QCOMPARE(saved->fieldAt(1), MemberCsvMapping::Field::ConnpassAccount);
        QCOMPARE(presets->currentText(), QStringLiteral("connpass 修正版"));
        QVERIFY(widget<QPushButton>("deletePresetButton")->isEnabled());
        presets->setCurrentIndex(presets->findText(QStringLiteral("connpass participants (built in)")));
        QTest::mouseClick(widget<QPushButton>("applyPresetButton"), Qt::LeftButton);
        QCOMPARE(page->fieldCombo(8)->currentText(), QStringLiteral("(Do not import)"));

        clickNext();
        clickImport();
        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        const QString counts = widget<QLabel>("countsLabel")->text();
        QVERIFY2(
            counts.startsWith(QStringLiteral("Created: 2    Updated: 0    Skipped: 2    Not imported: 0")),
            qPrintable(counts));
        QVERIFY(counts.endsWith(QStringLiteral(
            "\nOf the skipped, rows of accounts withdrawn from the service (退会ユーザー): 2")));
        QVERIFY(
            widget<QLabel>("summaryIgnoredColumnsLabel")->text().contains(QStringLiteral("参加ステータス")));
        QCOMPARE(widget<QTableWidget>("notesTable")->rowCount(), 2);
        QCOMPARE(*m_store->list().count(), 2);
    }

    void offersTheJoinQuestionsToAFormsAnswers()
    {
        const auto food = JoinQuestionCatalog(*m_db).add(QStringLiteral("好きな食べ物"));
        QVERIFY(food.ok());
        chooseFile(test::testData(QStringLiteral("csv/services/google-forms-responses.csv")));
        clickNext();
        clickNext();
        auto *page = static_cast<ImportMappingPage *>(m_wizard->currentPage());
        QCOMPARE(widget<QComboBox>("presetCombo")->currentText(),
                 QStringLiteral("Google Forms responses (built in)"));
        QCOMPARE(page->fieldCombo(0)->currentText(), QStringLiteral("Applied at (an applicant)"));
        QCOMPARE(page->fieldCombo(6)->currentText(), QStringLiteral("Naming consent"));
        QCOMPARE(page->fieldCombo(7)->currentText(), QStringLiteral("Join question: 好きな食べ物"));
        // The question nobody set up yet can be given to the one there is.
        auto *motive = page->fieldCombo(4);
        QCOMPARE(motive->currentText(), QStringLiteral("(Do not import)"));
        motive->setCurrentIndex(motive->findText(QStringLiteral("Join question: 好きな食べ物")));
        QCOMPARE(m_wizard->session().mapping.questionAt(4), *food);
        QCOMPARE(widget<QTableWidget>("membersPreview")->item(0, 5)->text(),
                 Member::statusLabel(Member::Status::Applicant));
        motive->setCurrentIndex(0);
        clickNext();
        clickImport();
        QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
        MemberQuery applicants;
        applicants.status = Member::Status::Applicant;
        QCOMPARE(*m_store->list().count(applicants), 4);
    }

    void aFileOfNoKnownServiceSaysWhatItExpected()
    {
        chooseFile(test::testData(QStringLiteral("csv/services/unknown-service.csv")));
        clickNext();
        QVERIFY(widget<QCheckBox>("headerCheck")->isChecked());
        clickNext();
        const QString message = widget<QLabel>("messageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("ユーザー名")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Name (Original Name)")));
        QVERIFY(message.contains(QStringLiteral("ID, Score, Team")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void readingsFollowTheCommunitysKanaSetting()
    {
        for (const auto kana : CommunitySettings::allReadingKana()) {
            const QString path = m_dir.filePath(QStringLiteral("kana%1.sqlite").arg(int(kana)));
            auto workspace = test::openWorkspace(path);
            QVERIFY(workspace);
            auto settings = workspace->settings().load();
            QVERIFY(settings.ok());
            settings->readingKana = kana;
            QVERIFY(workspace->settings().save(*settings).ok());

            m_wizard = std::make_unique<MemberImportWizard>(*workspace);
            const bool hiragana = kana == CommunitySettings::ReadingKana::Hiragana;
            QCOMPARE(m_wizard->session().options.readingKana,
                     hiragana ? KanaReading::Script::Hiragana : KanaReading::Script::Katakana);
            m_wizard->show();
            QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
            const QString csv = m_dir.filePath(QStringLiteral("kana%1.csv").arg(int(kana)));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QStringLiteral("名前,フリガナ,メール\r\n田中 太郎,ﾀﾅｶ ﾀﾛｳ,tanaka@example.jp\r\n").toUtf8());
            file.close();
            chooseFile(csv);
            clickNext();
            clickNext();
            clickNext();
            clickImport();
            QTRY_COMPARE(m_wizard->currentId(), int(MemberImportWizard::SummaryPage));
            const auto ids = *workspace->members().idsWithEmail(QStringLiteral("tanaka@example.jp"));
            QCOMPARE(ids.size(), 1);
            QCOMPARE(workspace->members().get(ids.constFirst())->reading,
                     hiragana ? QStringLiteral("たなか たろう") : QStringLiteral("タナカ タロウ"));
            m_wizard.reset();
        }
    }
};

QTEST_MAIN(TestMemberImportWizard)
#include "tst_memberimportwizard.moc"
