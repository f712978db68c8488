#include "ConnectTeamDialog.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "workflows/TeamPasswords.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace offkai {

namespace {
const QString kLastAddressKey = QStringLiteral("team/lastAddress");
}

ConnectTeamDialog::ConnectTeamDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Database"));
    auto *intro =
        new QLabel(tr("A team database lets several organizers work on the same community at the same "
                      "time. Ask the person who set up the server for its address and your password."),
                   this);
    intro->setWordWrap(true);
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_address->setText(QSettings().value(kLastAddressKey).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: the saved password"));
    m_remember->setChecked(true);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    QPushButton *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectTeamDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectTeamDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

ConnectTeamDialog::~ConnectTeamDialog() = default;

void ConnectTeamDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

std::unique_ptr<Database> ConnectTeamDialog::takeDatabase()
{
    return std::move(m_database);
}

void ConnectTeamDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    // Grow to the message's height, as the dialog would with a window manager's help.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

void ConnectTeamDialog::accept()
{
    const auto address = ServerAddress::parse(m_address->text());
    if (!address) {
        showProblem(address.error().message());
        m_address->setFocus();
        return;
    }
    const QString typed = m_password->text();
    const QString password = typed.isEmpty() ? TeamPasswords::read(*address) : typed;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::openServer(*address, password);
    QApplication::restoreOverrideCursor();
    if (!db) {
        showProblem(db.error().message());
        (db.error().code() == Error::Code::Unauthorized ? m_password : m_address)->setFocus();
        return;
    }
    QSettings().setValue(kLastAddressKey, address->toDisplayString());
    if (m_remember->isChecked() && !typed.isEmpty()) {
        if (auto saved = TeamPasswords::save(*address, typed); !saved)
            qWarning("team password not saved: %s", qPrintable(saved.error().toString()));
    }
    m_database = std::move(db).value();
    QDialog::accept();
}

} // namespace offkai
