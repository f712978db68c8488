#include "MemberSettingsDialog.h"

#include "records/JoinQuestion.h"
#include "records/Occupation.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberStore.h"
#include "stores/OccupationCatalog.h"
#include "stores/Workspace.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

MemberSettingsDialog::MemberSettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Member Settings"));
    m_occupations = new QListWidget(this);
    m_occupations->setObjectName(QStringLiteral("occupationList"));
    m_questions = new QListWidget(this);
    m_questions->setObjectName(QStringLiteral("questionList"));
    m_questions->setWordWrap(true);

    auto *occupations = buildList(
        m_occupations, tr("Occupations"),
        [this] {
            bool ok = false;
            const QString label = QInputDialog::getText(this, tr("Add Occupation"), tr("Occupation:"),
                                                        QLineEdit::Normal, {}, &ok);
            if (ok && !label.trimmed().isEmpty())
                report(addOccupation(label.trimmed()));
        },
        [this] {
            const int row = m_occupations->currentRow();
            if (row < 0)
                return;
            bool ok = false;
            const QString label =
                QInputDialog::getText(this, tr("Rename Occupation"), tr("Occupation:"), QLineEdit::Normal,
                                      m_occupations->item(row)->text(), &ok);
            if (ok)
                report(renameOccupation(row, label.trimmed()));
        },
        [this] { report(removeOccupation(m_occupations->currentRow())); });
    auto *questions = buildList(
        m_questions, tr("Join questions"),
        [this] {
            bool ok = false;
            const QString text =
                QInputDialog::getMultiLineText(this, tr("Add Question"), tr("Question:"), {}, &ok);
            if (ok && !text.trimmed().isEmpty())
                report(addQuestion(text.trimmed()));
        },
        [this] {
            const int row = m_questions->currentRow();
            if (row < 0)
                return;
            bool ok = false;
            const QString text = QInputDialog::getMultiLineText(this, tr("Edit Question"), tr("Question:"),
                                                                m_questions->item(row)->text(), &ok);
            if (ok && !text.trimmed().isEmpty())
                report(editQuestion(row, text.trimmed()));
        },
        [this] {
            const int row = m_questions->currentRow();
            if (row < 0)
                return;
            if (QMessageBox::question(this, tr("Remove Question"),
                                      tr("Remove this question and every member's answer to it?")) ==
                QMessageBox::Yes)
                report(removeQuestion(row));
        });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *lists = new QHBoxLayout;
    lists->addWidget(occupations);
    lists->addWidget(questions, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

QWidget *MemberSettingsDialog::buildList(QListWidget *list, const QString &title,
                                         const std::function<void()> &onAdd,
                                         const std::function<void()> &onEdit,
                                         const std::function<void()> &onRemove)
{
    auto *group = new QGroupBox(title, this);
    auto *add = new QPushButton(tr("Add…"), group);
    auto *edit = new QPushButton(tr("Edit…"), group);
    auto *remove = new QPushButton(tr("Remove"), group);
    connect(add, &QPushButton::clicked, this, onAdd);
    connect(edit, &QPushButton::clicked, this, onEdit);
    connect(remove, &QPushButton::clicked, this, onRemove);
    connect(list, &QListWidget::itemDoubleClicked, this, onEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(list, 1);
    layout->addLayout(buttons);
    return group;
}

void MemberSettingsDialog::reload()
{
    m_occupations->clear();
    if (auto occupations = m_workspace.occupations().all()) {
        for (const Occupation &o : std::as_const(*occupations)) {
            auto *item = new QListWidgetItem(o.displayLabel(), m_occupations);
            item->setData(KeyRole, o.key);
        }
    }
    m_questions->clear();
    if (auto questions = m_workspace.joinQuestions().all()) {
        for (const JoinQuestion &q : std::as_const(*questions)) {
            auto *item = new QListWidgetItem(q.text, m_questions);
            item->setData(KeyRole, q.id);
        }
    }
}

void MemberSettingsDialog::report(const Result<void> &result)
{
    if (!result)
        QMessageBox::warning(this, windowTitle(), result.error().message());
}

Result<void> MemberSettingsDialog::addOccupation(const QString &label)
{
    auto added = m_workspace.occupations().add(label);
    reload();
    if (!added)
        return added.error();
    return {};
}

Result<void> MemberSettingsDialog::renameOccupation(int row, const QString &label)
{
    if (row < 0 || row >= m_occupations->count())
        return {};
    auto renamed =
        m_workspace.occupations().rename(m_occupations->item(row)->data(KeyRole).toString(), label);
    reload();
    return renamed;
}

Result<void> MemberSettingsDialog::removeOccupation(int row)
{
    if (row < 0 || row >= m_occupations->count())
        return {};
    auto removed = m_workspace.occupations().remove(m_occupations->item(row)->data(KeyRole).toString());
    reload();
    return removed;
}

Result<void> MemberSettingsDialog::addQuestion(const QString &text)
{
    auto added = m_workspace.joinQuestions().add(text);
    reload();
    if (!added)
        return added.error();
    return {};
}

Result<void> MemberSettingsDialog::editQuestion(int row, const QString &text)
{
    if (row < 0 || row >= m_questions->count())
        return {};
    JoinQuestion question;
    if (auto questions = m_workspace.joinQuestions().all(); questions && row < questions->size())
        question = questions->at(row);
    question.text = text;
    auto updated = m_workspace.joinQuestions().update(question);
    reload();
    return updated;
}

Result<void> MemberSettingsDialog::removeQuestion(int row)
{
    if (row < 0 || row >= m_questions->count())
        return {};
    auto removed = m_workspace.joinQuestions().remove(m_questions->item(row)->data(KeyRole).toLongLong());
    reload();
    return removed;
}

} // namespace offkai
