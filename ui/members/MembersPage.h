#pragma once

#include "core/Result.h"
#include "records/MemberQuery.h"
#include "shell/ListDetailPage.h"

#include <functional>
#include <memory>

class QComboBox;
class QMenu;
class QPushButton;
class QTimer;

namespace offkai {

class EmptyListNotice;
class EventHistoryView;
class MemberEditor;
class MemberEngagementView;
class MemberSaver;
class MemberTableModel;
class Workspace;

/// Members: a directory that stays quick with 100,000 people. Search, filters and sorting run in SQL;
/// the editor beside the list saves through undoable commands; bulk actions work on the selection.
class MembersPage : public ListDetailPage
{
    Q_OBJECT
public:
    MembersPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~MembersPage() override;

    /// The page's name and icon in the navigation, known before the page is built.
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QList<QAction *> pageActions() const override;
    QList<QAction *> toolBarActions() const override;

    MemberTableModel *model() const { return m_model; }
    MemberEditor *editor() const { return m_editor; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    /// "Not seen for N months": the months as item data, 0 for any attendance.
    QComboBox *seenFilter() const { return m_seenFilter; }
    MemberEngagementView *engagementView() const { return m_engagement; }
    /// The words over an empty list ("No members match").
    EmptyListNotice *emptyNotice() const { return m_emptyNotice; }

    void selectMember(qint64 id);
    /// The row of member `id` under the current query, or -1; looks beyond the loaded pages when needed.
    int rowOf(qint64 id) const;
    qint64 currentMemberId() const;
    QList<qint64> selectedMemberIds() const;

    void addMember();
    bool saveEditor() override;
    void deleteSelected();
    void approveSelected();
    void setStatusOfSelected(int status);
    void tagSelected();
    void copyEmailsOfSelected();
    void showApplicants();
    void findDuplicates();
    void editSettings();
    /// Runs the CSV import wizard.
    void importCsv();
    /// Asks where and how, then exports these members (empty: everyone) as CSV or vCard.
    void exportMembers(const QList<qint64> &ids);

protected:
    void showRow(const QModelIndex &current) override;
    bool editorIsDirty() const override;
    qint64 editedId() const override;
    void selectRecord(qint64 id) override;

private:
    void showHistory(qint64 memberId);
    void onAttendanceChanged();
    void applyQuery();
    void onMemberChanged(qint64 id);
    void refreshCatalogues();
    void updateApplicantsBanner();
    void updateActions();
    void updateCount();
    void pushChange(const QString &text, const QList<qint64> &ids,
                    const std::function<Result<void>()> &apply);

    Workspace &m_workspace;
    MemberTableModel *m_model = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_occupationFilter = nullptr;
    QComboBox *m_seenFilter = nullptr;
    QPushButton *m_applicantsBanner = nullptr;
    EmptyListNotice *m_emptyNotice = nullptr;
    MemberEditor *m_editor = nullptr;
    std::unique_ptr<MemberSaver> m_saver;
    EventHistoryView *m_history = nullptr;
    MemberEngagementView *m_engagement = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_bccAction = nullptr;
    QAction *m_duplicatesAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QMenu *m_statusMenu = nullptr;
    QAction *m_statusMenuAction = nullptr;
};

} // namespace offkai
