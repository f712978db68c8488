#include "ReportsPage.h"

#include "BlogAccountsDialog.h"
#include "items/ReportListModel.h"
#include "NewReportDialog.h"
#include "PublishDialog.h"
#include "ReportCommandTraits.h"
#include "ReportEditor.h"
#include "ReportExportDialog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportTemplate.h"
#include "ReportTemplateDialog.h"
#include "shell/Icons.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "workflows/ReportContextLoader.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace offkai {

ReportsPage::ReportsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_undo(undoStack)
    , m_model(new ReportListModel(workspace.reports(), this))
    , m_view(new QTableView(this))
    , m_editor(new ReportEditor(workspace, &undoStack, this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Reports"));
    m_view->setColumnHidden(ReportListModel::EventColumn, true);
    m_view->setColumnHidden(ReportListModel::AuthorColumn, true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 960});
    m_view->setColumnWidth(ReportListModel::TitleColumn, 190);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_newAction = new QAction(Icons::get(QStringLiteral("document-new")), tr("&New Report…"), this);
    m_newAction->setToolTip(tr("Start a report about an event from the template"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &ReportsPage::newReport);
    m_deleteAction = new QAction(Icons::get(QStringLiteral("edit-delete")), tr("&Delete Report"), this);
    connect(m_deleteAction, &QAction::triggered, this, &ReportsPage::deleteCurrentReport);
    m_refreshAction = new QAction(tr("&Refresh Generated Parts"), this);
    m_refreshAction->setToolTip(tr("Fill the date, headcount, attendees and next events again from the data, "
                                   "without touching your own text"));
    connect(m_refreshAction, &QAction::triggered, m_editor, &ReportEditor::refreshGeneratedBlocks);
    m_exportAction = new QAction(Icons::get(QStringLiteral("document-export")), tr("&Export…"), this);
    connect(m_exportAction, &QAction::triggered, this, &ReportsPage::exportCurrentReport);
    m_copyMarkdownAction =
        new QAction(Icons::get(QStringLiteral("edit-copy")), tr("Copy as &Markdown"), this);
    connect(m_copyMarkdownAction, &QAction::triggered, this, &ReportsPage::copyMarkdown);
    m_copyHtmlAction = new QAction(tr("Copy as &HTML"), this);
    connect(m_copyHtmlAction, &QAction::triggered, this, &ReportsPage::copyHtml);
    m_publishAction = new QAction(Icons::get(QStringLiteral("mail-send")), tr("&Publish…"), this);
    m_publishAction->setToolTip(tr("Post the report to WordPress or Hatena Blog"));
    connect(m_publishAction, &QAction::triggered, this, &ReportsPage::publishCurrentReport);
    m_templateAction = new QAction(tr("Edit &Template…"), this);
    connect(m_templateAction, &QAction::triggered, this, &ReportsPage::editTemplate);
    m_accountsAction = new QAction(Icons::get(QStringLiteral("configure")), tr("&Blog Accounts…"), this);
    connect(m_accountsAction, &QAction::triggered, this, &ReportsPage::editAccounts);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep showing the report being edited after the list reloads.
        selectReport(m_editor->reportId());
    });
    connect(m_model, &ReportListModel::errorOccurred, this, &ReportsPage::showError);
    connect(m_editor, &ReportEditor::errorOccurred, this, &ReportsPage::showError);
    connect(m_editor, &ReportEditor::statusMessage, this, &Page::statusMessage);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateActions();
}

ReportsPage::~ReportsPage() = default;

QString ReportsPage::pageTitle()
{
    return tr("Reports");
}

QIcon ReportsPage::pageIcon()
{
    return Icons::get(QStringLiteral("document-edit"));
}

QList<QAction *> ReportsPage::pageActions() const
{
    auto *separator1 = new QAction(const_cast<ReportsPage *>(this));
    separator1->setSeparator(true);
    auto *separator2 = new QAction(const_cast<ReportsPage *>(this));
    separator2->setSeparator(true);
    return {m_newAction,    m_deleteAction,       m_refreshAction,  separator1,
            m_exportAction, m_copyMarkdownAction, m_copyHtmlAction, m_publishAction,
            separator2,     m_templateAction,     m_accountsAction};
}

QList<QAction *> ReportsPage::toolBarActions() const
{
    return {m_newAction, m_exportAction, m_publishAction};
}

bool ReportsPage::commitPendingEdits()
{
    if (m_editor->commitPendingEdits())
        return true;
    return QMessageBox::warning(this, tr("Reports"),
                                tr("The report could not be saved. Close anyway and lose the last changes?"),
                                QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Discard;
}

qint64 ReportsPage::currentReportId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ReportsPage::selectReport(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    } else {
        m_editor->setReport(0);
    }
    updateActions();
}

void ReportsPage::onCurrentChanged()
{
    const qint64 id = currentReportId();
    if (id != m_editor->reportId()) {
        // Text kept over a change made elsewhere is not left behind: the report stays selected (and the
        // conflict dialog comes back) until it is saved.
        const qint64 shown = m_editor->reportId();
        if (!m_editor->commitPendingEdits() && m_editor->hasUnresolvedConflict()) {
            QTimer::singleShot(0, this, [this, shown] { selectReport(shown); });
            return;
        }
        m_editor->setReport(id);
    }
    updateActions();
}

void ReportsPage::updateActions()
{
    const bool has = currentReportId() > 0;
    for (QAction *a : {m_deleteAction, m_refreshAction, m_exportAction, m_copyMarkdownAction,
                       m_copyHtmlAction, m_publishAction})
        a->setEnabled(has);
}

void ReportsPage::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Reports"), error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

qint64 ReportsPage::createReport(qint64 eventId, qint64 authorId, const QString &language)
{
    auto context = ReportContextLoader(m_workspace).load(eventId, authorId);
    if (!context) {
        showError(context.error());
        return 0;
    }
    auto custom = m_workspace.reports().templateText(language);
    const QString templateText =
        custom && !custom->isEmpty() ? *custom : ReportTemplate::builtInTemplate(language);
    Report report;
    report.eventId = eventId;
    report.authorId = authorId;
    report.language = language;
    report.title = ReportTemplate::defaultTitle(*context, language);
    report.body = ReportTemplate::render(templateText, *context, report.privacy, language);
    m_editor->commitPendingEdits();
    bool failed = false;
    auto *command = ReportCommand::add(m_workspace.reports(), report, [this, &failed](const Error &e) {
        failed = true;
        showError(e);
    });
    m_undo.push(command); // a command that failed is obsolete and deleted by the stack
    const qint64 id = failed ? 0 : command->recordId();
    if (id > 0) {
        selectReport(id);
        m_editor->textEdit()->setFocus();
    }
    return id;
}

void ReportsPage::newReport()
{
    newReportFor(0);
}

void ReportsPage::newReportFor(qint64 eventId)
{
    NewReportDialog dialog(m_workspace, eventId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createReport(dialog.eventId(), dialog.authorId(), dialog.language());
}

void ReportsPage::deleteCurrentReport()
{
    const qint64 id = currentReportId();
    if (id == 0)
        return;
    m_editor->commitPendingEdits();
    auto snapshot = m_workspace.reports().snapshot(id);
    if (!snapshot) {
        showError(snapshot.error());
        return;
    }
    m_undo.push(
        ReportCommand::remove(m_workspace.reports(), *snapshot, [this](const Error &e) { showError(e); }));
}

void ReportsPage::exportCurrentReport()
{
    const qint64 id = currentReportId();
    if (id == 0 || !m_editor->commitPendingEdits())
        return;
    ReportExportDialog dialog(m_workspace.reports(), id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Exported to %1").arg(dialog.exportedPath()));
}

void ReportsPage::copyMarkdown()
{
    auto report = m_workspace.reports().get(currentReportId());
    if (!m_editor->commitPendingEdits() || !report)
        return;
    QApplication::clipboard()->setText(ReportExporter::markdownFor(*report));
    Q_EMIT statusMessage(tr("Copied the report as Markdown."));
}

void ReportsPage::copyHtml()
{
    auto report = m_workspace.reports().get(currentReportId());
    if (!m_editor->commitPendingEdits() || !report)
        return;
    auto *mime = new QMimeData;
    const QString html = ReportExporter::htmlFor(*report);
    mime->setHtml(html);
    mime->setText(html);
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied the report as HTML."));
}

void ReportsPage::publishCurrentReport()
{
    const qint64 id = currentReportId();
    if (id == 0 || !m_editor->commitPendingEdits())
        return;
    PublishDialog dialog(m_workspace, id, this);
    dialog.exec();
}

void ReportsPage::editTemplate()
{
    ReportTemplateDialog dialog(m_workspace.reports(), this);
    dialog.exec();
}

void ReportsPage::editAccounts()
{
    BlogAccountsDialog dialog(m_workspace, this);
    dialog.exec();
}

void ReportsPage::enterReadOnly()
{
    for (QAction *reading : {m_exportAction, m_copyMarkdownAction, m_copyHtmlAction})
        ReadOnlyLock::markReading(reading);
    ReadOnlyLock::lockActions(pageActions() + toolBarActions());
    ReadOnlyLock::lockForm(m_editor);
}

} // namespace offkai
