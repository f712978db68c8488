#include "ImportOptionsPage.h"

#include "MemberImportWizard.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace offkai {

ImportOptionsPage::ImportOptionsPage(MemberImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_skipRadio(new QRadioButton(tr("&Skip the row and keep the member as they are"), this))
    , m_updateRadio(new QRadioButton(tr("&Update the member with the row's filled-in values"), this))
    , m_createRadio(new QRadioButton(tr("&Create another member anyway"), this))
    , m_rejectRadio(new QRadioButton(tr("&Leave the row out and list it in the summary"), this))
    , m_withoutEmailRadio(new QRadioButton(tr("&Import the member without that address"), this))
    , m_abortRadio(new QRadioButton(tr("S&top: import nothing"), this))
    , m_undoLabel(new QLabel(this))
{
    setTitle(tr("Duplicates and Invalid Addresses"));
    setSubTitle(tr("The import changes nothing unless it completes: Cancel or an error leaves the directory "
                   "as it was."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_skipRadio->setObjectName(QStringLiteral("skipRadio"));
    m_updateRadio->setObjectName(QStringLiteral("updateRadio"));
    m_createRadio->setObjectName(QStringLiteral("createRadio"));
    m_rejectRadio->setObjectName(QStringLiteral("rejectRadio"));
    m_withoutEmailRadio->setObjectName(QStringLiteral("withoutEmailRadio"));
    m_abortRadio->setObjectName(QStringLiteral("abortRadio"));
    m_undoLabel->setObjectName(QStringLiteral("undoLabel"));
    m_undoLabel->setWordWrap(true);
    m_undoLabel->setTextFormat(Qt::PlainText);

    auto *duplicates = new QGroupBox(tr("When a row's email address belongs to a member already here"), this);
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    auto *duplicatesGroup = new QButtonGroup(duplicates);
    for (QRadioButton *radio : {m_skipRadio, m_updateRadio, m_createRadio}) {
        duplicatesLayout->addWidget(radio);
        duplicatesGroup->addButton(radio);
    }
    auto *emails = new QGroupBox(tr("When a row has an invalid email address"), this);
    auto *emailsLayout = new QVBoxLayout(emails);
    auto *emailsGroup = new QButtonGroup(emails);
    for (QRadioButton *radio : {m_rejectRadio, m_withoutEmailRadio, m_abortRadio}) {
        emailsLayout->addWidget(radio);
        emailsGroup->addButton(radio);
    }
    m_skipRadio->setChecked(true);
    m_rejectRadio->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(duplicates);
    layout->addWidget(emails);
    layout->addWidget(m_undoLabel);
    layout->addStretch(1);
}

void ImportOptionsPage::initializePage()
{
    const qsizetype rows = m_wizard->session().dataRowCount();
    setSubTitle(tr("%1 rows are ready. The import changes nothing unless it completes: Cancel or an error "
                   "leaves the directory as it was.")
                    .arg(QLocale().toString(qint64(rows))));
    // Said before the import starts: how it can be taken back.
    m_undoLabel->setText(
        m_wizard->isUndoable()
            ? tr("Once imported, Edit › Undo takes the whole import back in one step.")
            : tr("More than %1 rows are too many to undo step by step. Before the import starts, the "
                 "database "
                 "is copied to its backups; to undo the import, restore that copy (“Before a member "
                 "import”) with File › Restore from Backup….")
                  .arg(QLocale().toString(qint64(MemberImporter::kUndoableRows))));
}

bool ImportOptionsPage::validatePage()
{
    MemberImporter::Options &options = m_wizard->session().options;
    options.duplicates = m_updateRadio->isChecked()   ? MemberImporter::DuplicatePolicy::Update
                         : m_createRadio->isChecked() ? MemberImporter::DuplicatePolicy::Create
                                                      : MemberImporter::DuplicatePolicy::Skip;
    options.invalidEmails = m_withoutEmailRadio->isChecked()
                                ? MemberImporter::InvalidEmailPolicy::ImportWithoutEmail
                            : m_abortRadio->isChecked() ? MemberImporter::InvalidEmailPolicy::AbortImport
                                                        : MemberImporter::InvalidEmailPolicy::RejectRow;
    return true;
}

} // namespace offkai
