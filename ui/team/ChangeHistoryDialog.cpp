#include "ChangeHistoryDialog.h"

#include "items/ChangeLogModel.h"
#include "stores/ChangeLog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace offkai {

ChangeHistoryDialog::ChangeHistoryDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_log(std::make_unique<ChangeLog>(database))
    , m_model(new ChangeLogModel(this))
    , m_organizer(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Change History"));
    resize(860, 520);
    m_organizer->setObjectName(QStringLiteral("organizer"));
    m_view->setObjectName(QStringLiteral("changes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ChangeLogModel::RecordColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *who = new QLabel(tr("&Organizer:"), this);
    who->setBuddy(m_organizer);
    auto *top = new QHBoxLayout;
    top->addWidget(who);
    top->addWidget(m_organizer, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reload = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    reload->setObjectName(QStringLiteral("refresh"));
    connect(reload, &QPushButton::clicked, this, &ChangeHistoryDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_organizer->addItem(tr("Everyone"), QString());
    connect(m_organizer, &QComboBox::currentIndexChanged, this, &ChangeHistoryDialog::refresh);
    refresh();
    for (int column = 0; column < ChangeLogModel::RecordColumn; ++column)
        m_view->resizeColumnToContents(column);
}

ChangeHistoryDialog::~ChangeHistoryDialog() = default;

void ChangeHistoryDialog::refresh()
{
    // Organizers who made their first change since are offered too.
    if (auto names = m_log->organizers()) {
        const QSignalBlocker quiet(m_organizer);
        for (const QString &name : std::as_const(*names)) {
            if (m_organizer->findData(name) < 0)
                m_organizer->addItem(name, name);
        }
    }
    const QString organizer = m_organizer->currentData().toString();
    auto entries = m_log->latest(kLimit, organizer);
    if (!entries) {
        m_model->setEntries({});
        m_status->setText(entries.error().message());
        return;
    }
    const int shown = int(entries->size());
    m_model->setEntries(std::move(entries).value());
    if (shown == 0)
        m_status->setText(tr("No changes yet."));
    else if (shown >= kLimit)
        m_status->setText(tr("The latest %n change(s).", nullptr, shown));
    else
        m_status->setText(tr("%n change(s).", nullptr, shown));
}

QString ChangeHistoryDialog::statusText() const
{
    return m_status->text();
}

} // namespace offkai
