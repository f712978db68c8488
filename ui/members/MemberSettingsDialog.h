#pragma once

#include "core/Result.h"

#include <functional>
#include <QDialog>

class QListWidget;
class QPushButton;

namespace offkai {

class Workspace;

/// The community's own lists, defined once: occupations (an editable catalogue) and the questions asked
/// of everyone who applies. Changes are saved as they are made.
class MemberSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberSettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *occupationList() const { return m_occupations; }
    QListWidget *questionList() const { return m_questions; }

    Result<void> addOccupation(const QString &label);
    Result<void> renameOccupation(int row, const QString &label);
    Result<void> removeOccupation(int row);
    Result<void> addQuestion(const QString &text);
    Result<void> editQuestion(int row, const QString &text);
    Result<void> removeQuestion(int row);

private:
    void reload();
    void report(const Result<void> &result);
    QWidget *buildList(QListWidget *list, const QString &title, const std::function<void()> &onAdd,
                       const std::function<void()> &onEdit, const std::function<void()> &onRemove);

    Workspace &m_workspace;
    QListWidget *m_occupations = nullptr;
    QListWidget *m_questions = nullptr;
};

} // namespace offkai
