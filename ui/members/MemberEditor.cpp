#include "MemberEditor.h"

#include "records/MemberFields.h"

#include "ui_MemberEditor.h"

#include <QCompleter>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace offkai {

MemberEditor::MemberEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MemberEditor>())
{
    m_ui->setupUi(this);
    for (Member::Status status : Member::allStatuses())
        m_ui->statusCombo->addItem(Member::statusLabel(status), Member::statusKey(status));
    for (auto consent : {Member::NameConsent::FullName, Member::NameConsent::OccupationInitial,
                         Member::NameConsent::NotNamed})
        m_ui->consentCombo->addItem(Member::consentLabel(consent), Member::consentKey(consent));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 6px; "
                                                     "border-radius: 4px;"));
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->timestampsLabel->setForegroundRole(QPalette::PlaceholderText);
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    m_ui->joinedDate->setDisplayFormat(dateFormat);
    m_ui->leftDate->setDisplayFormat(dateFormat);

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_ui->referredByEdit->setCompleter(m_completer);
    connect(m_ui->referredByEdit, &QLineEdit::textEdited, this, &MemberEditor::updateReferrerCompletions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() >= 0 && index.row() < m_lastMatches.size())
                    m_referrerId = m_lastMatches.at(index.row()).id;
                markChanged();
            });

    const auto changed = [this] {
        markChanged();
    };
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->readingEdit, m_ui->affiliationEdit, m_ui->jobTitleEdit, m_ui->industryEdit,
          m_ui->regionEdit, m_ui->phoneEdit, m_ui->lineEdit, m_ui->facebookEdit, m_ui->xEdit, m_ui->slackEdit,
          m_ui->otherUrlEdit, m_ui->referredByEdit, m_ui->tagsEdit, m_ui->connpassEdit, m_ui->peatixEdit,
          m_ui->doorkeeperEdit, m_ui->meetupEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *edit : {m_ui->introductionEdit, m_ui->skillsEdit, m_ui->emailsEdit, m_ui->notesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *combo : {m_ui->occupationCombo, m_ui->statusCombo, m_ui->consentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->occupationCombo, &QComboBox::editTextChanged, this, changed);
    for (QCheckBox *check : {m_ui->joinedCheck, m_ui->leftCheck}) {
        connect(check, &QCheckBox::toggled, this, changed);
    }
    connect(m_ui->joinedCheck, &QCheckBox::toggled, m_ui->joinedDate, &QWidget::setEnabled);
    connect(m_ui->leftCheck, &QCheckBox::toggled, m_ui->leftDate, &QWidget::setEnabled);
    connect(m_ui->joinedDate, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->leftDate, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &MemberEditor::updateHeading);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &MemberEditor::updateApproval);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &MemberEditor::approveRequested);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MemberEditor::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { setMember(m_original); });
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &MemberEditor::saveRequested);
    clear();
}

MemberEditor::~MemberEditor() = default;

void MemberEditor::setOccupations(const QList<Choice> &occupations)
{
    const QString current = m_ui->occupationCombo->currentData().toString();
    m_loading = true;
    m_ui->occupationCombo->clear();
    m_ui->occupationCombo->addItem(QString(), QString());
    for (const Choice &choice : occupations)
        m_ui->occupationCombo->addItem(choice.label, choice.key);
    m_ui->occupationCombo->setCurrentIndex(qMax(0, m_ui->occupationCombo->findData(current)));
    m_loading = false;
}

void MemberEditor::setJoinQuestions(const QList<Question> &questions)
{
    m_questions = questions;
    rebuildAnswers();
    if (hasMember())
        setMember(m_original);
}

void MemberEditor::rebuildAnswers()
{
    auto *form = m_ui->answersForm;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_answerEdits.clear();
    for (const Question &question : std::as_const(m_questions)) {
        auto *edit = new QPlainTextEdit(m_ui->answersGroup);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(64);
        edit->setAccessibleName(question.text);
        auto *label = new QLabel(question.text, m_ui->answersGroup);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        form->addRow(label, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { markChanged(); });
        m_answerEdits.append(edit);
    }
    m_ui->answersGroup->setVisible(!m_questions.isEmpty());
}

void MemberEditor::setPeopleLookup(NameOf nameOf, FindPeople find)
{
    m_nameOf = std::move(nameOf);
    m_find = std::move(find);
}

void MemberEditor::updateReferrerCompletions(const QString &text)
{
    m_referrerId = 0;
    m_lastMatches = m_find && text.trimmed().size() >= 1 ? m_find(text.trimmed()) : QList<Person>();
    QStringList names;
    for (const Person &person : std::as_const(m_lastMatches))
        names.append(person.name);
    m_completions->setStringList(names);
    // A name typed in full that only one member has needs no click in the list.
    if (m_lastMatches.size() == 1 && m_lastMatches.constFirst().name == text.trimmed())
        m_referrerId = m_lastMatches.constFirst().id;
}

void MemberEditor::setMember(const Member &m)
{
    m_original = m;
    fillForm(m);
}

void MemberEditor::showEdits(const Member &edited)
{
    fillForm(edited);
}

void MemberEditor::fillForm(const Member &m)
{
    m_loading = true;
    setEnabled(true);
    m_ui->nameEdit->setText(m.displayName);
    m_ui->readingEdit->setText(m.reading);
    m_ui->affiliationEdit->setText(m.affiliation);
    m_ui->jobTitleEdit->setText(m.jobTitle);
    int occupation = m_ui->occupationCombo->findData(m.occupation);
    if (occupation < 0 && !m.occupation.isEmpty()) {
        m_ui->occupationCombo->addItem(m.occupation, m.occupation);
        occupation = m_ui->occupationCombo->count() - 1;
    }
    m_ui->occupationCombo->setCurrentIndex(qMax(0, occupation));
    m_ui->industryEdit->setText(m.industry);
    m_ui->regionEdit->setText(m.region);
    m_ui->introductionEdit->setPlainText(m.introduction);
    m_ui->skillsEdit->setPlainText(m.skills);
    m_ui->emailsEdit->setPlainText(m.emails.join(QLatin1Char('\n')));
    m_ui->phoneEdit->setText(m.phone);
    m_ui->lineEdit->setText(m.line);
    m_ui->facebookEdit->setText(m.facebook);
    m_ui->xEdit->setText(m.xHandle);
    m_ui->slackEdit->setText(m.slack);
    m_ui->otherUrlEdit->setText(m.otherUrl);
    for (const auto &[service, edit] : accountEdits())
        edit->setText(m.accounts.value(service));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(Member::statusKey(m.status)));
    m_ui->joinedCheck->setChecked(m.joinedOn.isValid());
    m_ui->joinedDate->setEnabled(m.joinedOn.isValid());
    m_ui->joinedDate->setDate(m.joinedOn.isValid() ? m.joinedOn : QDate::currentDate());
    m_ui->leftCheck->setChecked(m.leftOn.isValid());
    m_ui->leftDate->setEnabled(m.leftOn.isValid());
    m_ui->leftDate->setDate(m.leftOn.isValid() ? m.leftOn : QDate::currentDate());
    m_referrerId = m.referredBy;
    m_ui->referredByEdit->setText(m.referredBy != 0 && m_nameOf ? m_nameOf(m.referredBy) : QString());
    m_ui->tagsEdit->setText(m.tags.join(QStringLiteral(", ")));
    m_ui->consentCombo->setCurrentIndex(m_ui->consentCombo->findData(Member::consentKey(m.nameConsent)));
    m_ui->notesEdit->setPlainText(m.notes);
    for (qsizetype i = 0; i < m_questions.size() && i < m_answerEdits.size(); ++i)
        m_answerEdits.at(i)->setPlainText(m.answers.value(m_questions.at(i).id));
    const QLocale locale;
    const QString added = locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
    const QString changed = locale.toString(m.updatedAt.toLocalTime(), QLocale::ShortFormat);
    m_ui->timestampsLabel->setText(
        !m.createdAt.isValid()  ? QString()
        : m.updatedBy.isEmpty() ? tr("Added %1 · Last changed %2").arg(added, changed)
                                : tr("Added %1 · Last changed %2 by %3").arg(added, changed, m.updatedBy));
    m_ui->messageLabel->hide();
    m_loading = false;
    updateHeading();
    updateApproval();
    markChanged();
}

void MemberEditor::clear()
{
    setMember(Member());
    m_ui->headingLabel->setText(tr("No member selected"));
    setEnabled(false);
}

QStringList MemberEditor::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、，;；]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

Member MemberEditor::edited() const
{
    Member m = m_original;
    m.displayName = m_ui->nameEdit->text();
    m.reading = m_ui->readingEdit->text();
    m.affiliation = m_ui->affiliationEdit->text();
    m.jobTitle = m_ui->jobTitleEdit->text();
    const int occupation = m_ui->occupationCombo->currentIndex();
    const QString typed = m_ui->occupationCombo->currentText().trimmed();
    m.occupation =
        occupation >= 0 && m_ui->occupationCombo->itemText(occupation) == m_ui->occupationCombo->currentText()
            ? m_ui->occupationCombo->currentData().toString()
            : typed;
    m.industry = m_ui->industryEdit->text();
    m.region = m_ui->regionEdit->text();
    m.introduction = m_ui->introductionEdit->toPlainText();
    m.skills = m_ui->skillsEdit->toPlainText();
    m.emails.clear();
    for (const QString &line : m_ui->emailsEdit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            m.emails.append(line.trimmed());
    }
    m.phone = m_ui->phoneEdit->text();
    m.line = m_ui->lineEdit->text();
    m.facebook = m_ui->facebookEdit->text();
    m.xHandle = m_ui->xEdit->text();
    m.slack = m_ui->slackEdit->text();
    m.otherUrl = m_ui->otherUrlEdit->text();
    for (const auto &[service, edit] : accountEdits()) {
        if (edit->text().trimmed().isEmpty())
            m.accounts.remove(service);
        else
            m.accounts.insert(service, edit->text().trimmed());
    }
    m.status =
        Member::statusFromKey(m_ui->statusCombo->currentData().toString()).value_or(Member::Status::Active);
    m.joinedOn = m_ui->joinedCheck->isChecked() ? m_ui->joinedDate->date() : QDate();
    m.leftOn = m_ui->leftCheck->isChecked() ? m_ui->leftDate->date() : QDate();
    m.referredBy = m_ui->referredByEdit->text().trimmed().isEmpty() ? 0 : m_referrerId;
    m.tags = splitTags(m_ui->tagsEdit->text());
    m.nameConsent = Member::consentFromKey(m_ui->consentCombo->currentData().toString())
                        .value_or(Member::NameConsent::OccupationInitial);
    m.notes = m_ui->notesEdit->toPlainText();
    for (qsizetype i = 0; i < m_questions.size() && i < m_answerEdits.size(); ++i) {
        const QString answer = m_answerEdits.at(i)->toPlainText();
        if (answer.isEmpty())
            m.answers.remove(m_questions.at(i).id);
        else
            m.answers.insert(m_questions.at(i).id, answer);
    }
    return m;
}

QList<std::pair<ServiceAccount::Service, QLineEdit *>> MemberEditor::accountEdits() const
{
    return {{ServiceAccount::Service::Connpass, m_ui->connpassEdit},
            {ServiceAccount::Service::Peatix, m_ui->peatixEdit},
            {ServiceAccount::Service::Doorkeeper, m_ui->doorkeeperEdit},
            {ServiceAccount::Service::Meetup, m_ui->meetupEdit}};
}

bool MemberEditor::isDirty() const
{
    if (!hasMember())
        return false;
    return !MemberFields::differing(edited(), m_original).isEmpty();
}

void MemberEditor::markChanged()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_ui->saveButton->setEnabled(dirty);
    m_ui->revertButton->setEnabled(dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void MemberEditor::updateHeading()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    m_ui->headingLabel->setText(name.isEmpty() ? tr("Unnamed member") : name);
}

void MemberEditor::updateApproval()
{
    const bool applicant = m_original.status == Member::Status::Applicant;
    m_ui->approveButton->setVisible(applicant);
    const QLocale locale;
    if (applicant)
        m_ui->approvalLabel->setText(tr("Waiting for approval"));
    else if (m_original.approvedAt.isValid())
        m_ui->approvalLabel->setText(
            tr("Approved %1")
                .arg(locale.toString(m_original.approvedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_ui->approvalLabel->setText(tr("No approval recorded"));
}

void MemberEditor::showError(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void MemberEditor::focusName()
{
    m_ui->tabs->setCurrentIndex(0);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void MemberEditor::addPage(QWidget *page, const QString &title)
{
    m_ui->tabs->addTab(page, title);
}

} // namespace offkai
