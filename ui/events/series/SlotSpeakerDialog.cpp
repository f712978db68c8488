#include "SlotSpeakerDialog.h"

#include "events/participants/MemberPicker.h"
#include "records/MemberQuery.h"
#include "records/MemberRow.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace offkai {

SlotSpeakerDialog::SlotSpeakerDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("slotSpeakerDialog"));
    setWindowTitle(tr("Slot Speaker"));
    m_picker = new MemberPicker(
        tr("Type a few letters of a name or reading, then Enter"),
        [this](const QString &text) {
            QList<MemberPicker::Candidate> found;
            MemberQuery query;
            query.search = text;
            auto members = m_workspace.memberList().fetch(query, 0, 8);
            for (const MemberRow &m : members ? *members : QList<MemberRow>()) {
                found.append({m.id,
                              m.reading.isEmpty() ? m.displayName
                                                  //: a member's name and, in brackets, its reading
                                                  : tr("%1 (%2)").arg(m.displayName, m.reading),
                              m.affiliation});
            }
            return found;
        },
        this);
    m_picker->setObjectName(QStringLiteral("memberPicker"));
    m_picker->lineEdit()->setObjectName(QStringLiteral("memberSearch"));
    m_chosen = new QLabel(tr("No speaker chosen yet."), this);
    m_chosen->setObjectName(QStringLiteral("chosenSpeaker"));
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setPlaceholderText(tr("e.g. What I learned moving to Fukuoka"));
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlotSpeakerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SlotSpeakerDialog::reject);
    connect(m_picker, &MemberPicker::picked, this, [this](qint64 id) {
        setMember(id);
        // After the Enter that picked has gone by (keyPressEvent), or it would press OK.
        QTimer::singleShot(0, m_topic, [this] { m_topic->setFocus(); });
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Speaker:"), m_picker);
    form->addRow(QString(), m_chosen);
    form->addRow(tr("&Topic:"), m_topic);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_target);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateOk();
}

void SlotSpeakerDialog::setTargetText(const QString &text)
{
    m_target->setText(text);
}

void SlotSpeakerDialog::setMember(qint64 memberId)
{
    auto member = m_workspace.members().get(memberId);
    m_memberId = member ? memberId : 0;
    //: %1 the member chosen as the speaker
    m_chosen->setText(member ? tr("Speaker: %1").arg(member->displayName) : tr("No speaker chosen yet."));
    updateOk();
}

QString SlotSpeakerDialog::topic() const
{
    return m_topic->text().trimmed();
}

void SlotSpeakerDialog::accept()
{
    if (m_memberId == 0) {
        m_picker->lineEdit()->setFocus();
        return;
    }
    QDialog::accept();
}

void SlotSpeakerDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the search picks a member (MemberPicker); it must not also press OK.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && focusWidget() == m_picker->lineEdit()) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SlotSpeakerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_memberId > 0);
}

} // namespace offkai
