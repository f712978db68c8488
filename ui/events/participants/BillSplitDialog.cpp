#include "BillSplitDialog.h"

#include "exchange/BillSplitter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace offkai {

BillSplitDialog::BillSplitDialog(const QList<ParticipantRow> &participants, QWidget *parent)
    : QDialog(parent)
    , m_total(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_people(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Split the Bill"));
    m_total->setRange(0, 100'000'000);
    m_total->setSingleStep(1000);
    m_total->setGroupSeparatorShown(true);
    m_total->setSuffix(tr(" yen"));
    m_total->setAccessibleName(tr("Total bill"));
    for (int unit : {1, 10, 100, 500, 1000})
        m_unit->addItem(QLocale().toString(unit), unit);
    m_unit->setCurrentIndex(2);
    for (const ParticipantRow &row : participants) {
        const Participation &p = row.participation;
        if (!p.isBilled() && p.rsvp == Participation::Rsvp::Declined)
            continue; // someone who declined is never billed
        auto *item = new QListWidgetItem(row.displayName, m_people);
        item->setData(Qt::UserRole, p.memberId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Those who came pay; before the event, those going.
        const bool anyAttended =
            std::any_of(participants.cbegin(), participants.cend(),
                        [](const ParticipantRow &r) { return r.participation.attended; });
        const bool pays = anyAttended ? p.attended : p.rsvp == Participation::Rsvp::Going;
        item->setCheckState(pays ? Qt::Checked : Qt::Unchecked);
    }
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Total:"), m_total);
    form->addRow(tr("&Round shares to:"), m_unit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *who = new QLabel(tr("&Who pays:"), this);
    who->setBuddy(m_people);
    layout->addWidget(who);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_total, &QSpinBox::valueChanged, this, &BillSplitDialog::recompute);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &BillSplitDialog::recompute);
    connect(m_people, &QListWidget::itemChanged, this, &BillSplitDialog::recompute);
    recompute();
    resize(420, 480);
}

void BillSplitDialog::recompute()
{
    QList<qint64> chosen;
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked)
            chosen.append(m_people->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_shares.clear();
    auto split = BillSplitter::split(m_total->value(), int(chosen.size()), m_unit->currentData().toInt());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!split) {
        m_preview->setText(split.error().message());
        ok->setEnabled(false);
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        m_shares.append({chosen.at(i), split->at(i)});
    }
    const auto [lo, hi] = std::minmax_element(split->cbegin(), split->cend());
    if (*lo == *hi)
        m_preview->setText(
            tr("%n people pay %1 each.", nullptr, int(chosen.size())).arg(locale.toString(*lo)));
    else
        m_preview->setText(
            tr("%n people pay %1 to %2 each; the shares add up to %3.", nullptr, int(chosen.size()))
                .arg(locale.toString(*lo), locale.toString(*hi), locale.toString(m_total->value())));
    ok->setEnabled(true);
}

} // namespace offkai
