#include "MoveOccurrenceDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace offkai {

MoveOccurrenceDialog::MoveOccurrenceDialog(const QString &title, const QDateTime &start, const QDateTime &end,
                                           QWidget *parent)
    : QDialog(parent)
    , m_zone(start.timeZone())
{
    setWindowTitle(tr("Move Occurrence"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Hold “%1” at another time, this once:").arg(title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(start.date(), this);
    m_date->setCalendarPopup(true);
    m_date->setObjectName(QStringLiteral("date"));
    m_from = new QTimeEdit(start.time(), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QTimeEdit(end.isValid() ? end.time() : start.time().addSecs(7200), this);
    m_to->setObjectName(QStringLiteral("to"));
    m_openEnd = new QCheckBox(tr("Open end"), this);
    m_openEnd->setChecked(!end.isValid());
    m_to->setEnabled(end.isValid());
    connect(m_openEnd, &QCheckBox::toggled, m_to, [this](bool open) { m_to->setEnabled(!open); });
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Starts at:"), m_from);
    form->addRow(tr("&Ends at:"), m_to);
    form->addRow(QString(), m_openEnd);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDateTime MoveOccurrenceDialog::start() const
{
    return QDateTime(m_date->date(), m_from->time(), m_zone);
}

QDateTime MoveOccurrenceDialog::end() const
{
    if (m_openEnd->isChecked())
        return {};
    QDateTime end(m_date->date(), m_to->time(), m_zone);
    // An end before the start runs past midnight.
    return end <= start() ? end.addDays(1) : end;
}

} // namespace offkai
