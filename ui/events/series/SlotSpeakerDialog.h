#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace offkai {

class MemberPicker;
class Workspace;

/// Picks the speaker to slot into a series (a member, found by typing a few letters of a name or reading)
/// and the topic of the talk.
class SlotSpeakerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SlotSpeakerDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// Says where the speaker will go ("the first free date: …").
    void setTargetText(const QString &text);
    void setMember(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    QString topic() const;

    MemberPicker *picker() const { return m_picker; }
    QLineEdit *topicEdit() const { return m_topic; }

public Q_SLOTS:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateOk();

    Workspace &m_workspace;
    qint64 m_memberId = 0;
    MemberPicker *m_picker = nullptr;
    QLabel *m_chosen = nullptr;
    QLineEdit *m_topic = nullptr;
    QLabel *m_target = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace offkai
