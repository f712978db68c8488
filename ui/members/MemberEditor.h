#pragma once

#include "records/Member.h"

#include <functional>
#include <memory>
#include <QWidget>

class QLineEdit;

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace Ui {
class MemberEditor;
}

namespace offkai {

/// The detail form of one member. It edits a copy; the page turns a save into an undoable command.
/// It knows nothing of the store: the page gives it the catalogues and a way to look members up.
class MemberEditor : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        QString key;
        QString label;
    };
    struct Question
    {
        qint64 id = 0;
        QString text;
    };
    struct Person
    {
        qint64 id = 0;
        QString name;
    };
    using NameOf = std::function<QString(qint64 id)>;
    using FindPeople = std::function<QList<Person>(const QString &text)>;

    explicit MemberEditor(QWidget *parent = nullptr);
    ~MemberEditor() override;

    void setOccupations(const QList<Choice> &occupations);
    void setJoinQuestions(const QList<Question> &questions);
    /// How to show and find the member who referred this one.
    void setPeopleLookup(NameOf nameOf, FindPeople find);

    /// Shows `member` and forgets unsaved edits.
    void setMember(const Member &member);
    /// Shows `edited` in the form over the same original(): the edits are unsaved again (after a save that
    /// did not go through), nothing typed is lost.
    void showEdits(const Member &edited);
    void clear();
    bool hasMember() const { return m_original.id != 0; }
    const Member &original() const { return m_original; }
    /// The member with the form's values. A referrer typed but not found keeps the previous one.
    Member edited() const;
    bool isDirty() const;

    void showError(const QString &message);
    void focusName();
    /// Adds a tab of the page's own (e.g. the member's events) after the form's tabs.
    void addPage(QWidget *page, const QString &title);

    /// Tags typed in the form, split on commas (ASCII and Japanese) and trimmed.
    static QStringList splitTags(const QString &text);

Q_SIGNALS:
    void saveRequested();
    void approveRequested();
    void dirtyChanged(bool dirty);

private:
    void fillForm(const Member &member);
    void markChanged();
    void updateHeading();
    void updateApproval();
    void updateReferrerCompletions(const QString &text);
    void rebuildAnswers();
    /// The account field of each service.
    QList<std::pair<ServiceAccount::Service, QLineEdit *>> accountEdits() const;

    std::unique_ptr<Ui::MemberEditor> m_ui;
    Member m_original;
    QList<Question> m_questions;
    QList<QPlainTextEdit *> m_answerEdits;
    NameOf m_nameOf;
    FindPeople m_find;
    QList<Person> m_lastMatches;
    qint64 m_referrerId = 0;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
    bool m_loading = false;
    bool m_lastDirty = false;
};

} // namespace offkai
