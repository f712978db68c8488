#pragma once

#include "core/Error.h"
#include "shell/Page.h"

class QAction;
class QTableView;
class QUndoStack;

namespace offkai {

class ReportEditor;
class ReportListModel;
class Workspace;

/// Reports: the list of post-meetup reports beside the editor with its live preview. New reports start
/// from the template filled with the event's data; they are exported as Markdown or published to blogs.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    ReportsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~ReportsPage() override;

    /// The page's name and icon in the navigation, known before the page is built.
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QList<QAction *> pageActions() const override;
    QList<QAction *> toolBarActions() const override;
    bool commitPendingEdits() override;
    /// Locks writing and publishing; the editor shows the report read-only, export and copy stay.
    void enterReadOnly() override;

    ReportListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ReportEditor *editor() const { return m_editor; }
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *publishAction() const { return m_publishAction; }

    /// Creates a report about `eventId` by `authorId` from the template, as one undoable step, and shows
    /// it. Returns its id, or 0 when it could not be created (the error was shown).
    qint64 createReport(qint64 eventId, qint64 authorId, const QString &language);
    void selectReport(qint64 id);
    qint64 currentReportId() const;

    void newReport();
    /// Asks who writes the report of `eventId` and creates it (the event preselected).
    void newReportFor(qint64 eventId);
    void deleteCurrentReport();
    void exportCurrentReport();
    void copyMarkdown();
    void copyHtml();
    void publishCurrentReport();
    void editTemplate();
    void editAccounts();

private:
    void onCurrentChanged();
    void showError(const Error &error);
    void updateActions();

    Workspace &m_workspace;
    QUndoStack &m_undo;
    ReportListModel *m_model;
    QTableView *m_view;
    ReportEditor *m_editor;
    QAction *m_newAction;
    QAction *m_deleteAction;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QAction *m_copyMarkdownAction;
    QAction *m_copyHtmlAction;
    QAction *m_publishAction;
    QAction *m_templateAction;
    QAction *m_accountsAction;
};

} // namespace offkai
