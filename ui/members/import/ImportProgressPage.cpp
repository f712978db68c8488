#include "ImportProgressPage.h"

#include "MemberImportWizard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace offkai {

ImportProgressPage::ImportProgressPage(MemberImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Cancel Import"), this))
{
    setTitle(tr("Importing"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cancelButton, &QPushButton::clicked, m_wizard, &MemberImportWizard::cancelImport);
    connect(m_wizard, &MemberImportWizard::importProgress, this, &ImportProgressPage::showProgress);
    connect(m_wizard, &MemberImportWizard::backingUp, this,
            [this] { m_statusLabel->setText(tr("Copying the database to its backups before the import…")); });
    connect(m_wizard, &MemberImportWizard::importFinished, this, &ImportProgressPage::finished);
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_progressBar->setRange(0, int(std::max<qsizetype>(1, m_wizard->session().dataRowCount())));
    m_progressBar->setValue(0);
    m_statusLabel->setText(tr("Starting…"));
    m_cancelButton->setEnabled(true);
    // Start once the page is shown.
    QTimer::singleShot(0, this, &ImportProgressPage::start);
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

void ImportProgressPage::start()
{
    m_wizard->runImport();
}

void ImportProgressPage::showProgress(int done, int total)
{
    m_progressBar->setMaximum(std::max(1, total));
    m_progressBar->setValue(done);
    m_statusLabel->setText(
        tr("Imported %1 of %2 rows…").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ImportProgressPage::finished()
{
    m_done = true;
    m_cancelButton->setEnabled(false);
    Q_EMIT completeChanged();
    if (m_wizard->currentPage() == this)
        m_wizard->next();
}

} // namespace offkai
