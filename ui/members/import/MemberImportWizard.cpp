#include "MemberImportWizard.h"

#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportProgressPage.h"
#include "ImportSummaryPage.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/ImportPresetStore.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace offkai {

MemberImportWizard::MemberImportWizard(Database &database, MemberTables &members, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_members(members)
    , m_presets(std::make_unique<ImportPresetStore>(database))
{
    setObjectName(QStringLiteral("memberImportWizard"));
    setWindowTitle(tr("Import Members"));
    // The import shares the window's database connection inside one transaction: nothing else may write
    // while it runs (and could be rolled back with it), so the wizard blocks the other windows.
    setWindowModality(Qt::ApplicationModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(FilePage, new ImportFilePage(this));
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(ProgressPage, new ImportProgressPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
    setStartId(FilePage);
    resize(820, 600);
}

MemberImportWizard::MemberImportWizard(Workspace &workspace, QWidget *parent)
    : MemberImportWizard(workspace.database(), workspace.memberTables(), parent)
{
    // Readings are written in the script the community chose (Preferences); a file whose settings cannot
    // be read keeps the importer's default.
    if (auto settings = workspace.settings().load())
        m_session.options.readingKana = settings->readingKana == CommunitySettings::ReadingKana::Hiragana
                                            ? KanaReading::Script::Hiragana
                                            : KanaReading::Script::Katakana;
}

MemberImportWizard::~MemberImportWizard() = default;

Result<QList<JoinQuestion>> MemberImportWizard::joinQuestions() const
{
    return JoinQuestionCatalog(m_database).all();
}

Result<void> MemberImportWizard::loadFile(const QString &path)
{
    m_session.path = path;
    m_session.bytes.clear();
    m_session.decoded.reset();
    m_session.table.reset();
    auto bytes = MemberImporter::readFile(path);
    if (!bytes)
        return bytes.error();
    m_session.bytes = std::move(bytes).value();
    return setEncoding(m_session.encoding);
}

Result<void> MemberImportWizard::setEncoding(TextDecoding::Encoding encoding)
{
    m_session.encoding = encoding;
    m_session.decoded.reset();
    m_session.table.reset();
    if (m_session.path.isEmpty())
        return {};
    auto decoded = TextDecoding::decode(m_session.bytes, encoding, QFileInfo(m_session.path).fileName());
    if (!decoded)
        return decoded.error();
    m_session.decoded = std::move(decoded).value();
    return {};
}

Result<void> MemberImportWizard::parse()
{
    m_session.table.reset();
    if (!m_session.decoded)
        return Error(Error::Code::Invalid, tr("Choose a file first."));
    CsvReader::Options options;
    options.delimiter = m_session.delimiter;
    options.fileName = QFileInfo(m_session.path).fileName();
    auto table = CsvReader::read(m_session.decoded->text, options);
    if (!table)
        return table.error();
    m_session.table = std::move(table).value();
    return {};
}

bool MemberImportWizard::isUndoable() const
{
    return m_session.dataRowCount() <= MemberImporter::kUndoableRows;
}

void MemberImportWizard::runImport()
{
    if (m_importer || !m_session.table)
        return;
    m_session.result.reset();
    m_session.backupPath.clear();
    const bool undoable = isUndoable();
    if (!undoable) {
        Q_EMIT backingUp();
        QCoreApplication::processEvents();
        auto copy = Backups(m_database.path())
                        .makeBeforeImport(m_database.connection(), QDateTime::currentDateTimeUtc());
        if (!copy) {
            m_session.result = Result<MemberImporter::Summary>(
                Error(copy.error().code(),
                      tr("Could not copy the database to its backups before the import, so nothing was "
                         "imported: %1")
                          .arg(copy.error().message()),
                      copy.error().detail()));
            Q_EMIT importFinished();
            return;
        }
        m_session.backupPath = *copy;
    }
    MemberImporter importer(m_database, m_members);
    m_importer = &importer;
    importer.setProgressCallback([this](int done, int total) {
        Q_EMIT importProgress(done, total);
        // Keeps the window painting and Cancel clickable; the import checks the flag between rows.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    });
    MemberImporter::Options options = m_session.options;
    options.fileName = QFileInfo(m_session.path).fileName();
    options.progressInterval = 50;
    options.keepChanges = undoable;
    MemberCsvMapping mapping = m_session.mapping;
    mapping.hasHeader = m_session.hasHeader;
    m_session.result = importer.run(*m_session.table, mapping, options);
    m_importer = nullptr;
    Q_EMIT importFinished();
    if (m_closeRequested)
        QWizard::reject();
}

void MemberImportWizard::cancelImport()
{
    if (m_importer)
        m_importer->cancel();
}

Result<void> MemberImportWizard::saveReport(const QString &path) const
{
    if (!m_session.result || !m_session.result->ok())
        return Error(Error::Code::Invalid, tr("There is no import report to save."));
    return m_session.result->value().saveReport(path);
}

void MemberImportWizard::reject()
{
    // Closing during the import cancels it; the wizard closes once it has rolled back.
    if (m_importer) {
        m_closeRequested = true;
        m_importer->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace offkai
