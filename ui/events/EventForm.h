#pragma once

#include "records/Event.h"

#include <optional>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

class QCompleter;
class QHBoxLayout;
class QStringListModel;

namespace offkai {

class Workspace;

/// The fields an event and a recurring series have in common, on two tabs: title, type and format, venue,
/// online URL and the online room's host on the first; capacity, fee, description and organizer notes on
/// "Details". The dialogs add their own rows between them.
class EventForm : public QTabWidget
{
    Q_OBJECT
public:
    /// The labels that differ between the dialogs: the first tab's title, the URL's and the fee's.
    EventForm(Workspace &workspace, const QString &generalTab, const QString &onlineUrlLabel,
              const QString &feeLabel, QWidget *parent = nullptr);
    ~EventForm() override;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *venueBox() const { return m_venue; }
    QLineEdit *onlineUrlEdit() const { return m_onlineUrl; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QSpinBox *feeBox() const { return m_fee; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

    /// The row of the type and format, for a field of the dialog's own beside them.
    QHBoxLayout *typeRow() const { return m_typeRow; }
    /// Adds a row to the first tab, above the venue.
    template<typename Label, typename Field> void addGeneralRow(Label label, Field *field)
    {
        m_general->insertRow(m_general->rowCount() - 3, label, field);
    }
    enum class DetailsPlace
    {
        BelowCapacity,
        AboveDescription
    };
    /// Adds a row to "Details".
    template<typename Label, typename Field> void addDetailsRow(DetailsPlace place, Label label, Field *field)
    {
        m_details->insertRow(place == DetailsPlace::BelowCapacity ? 1 : m_details->rowCount() - 2, label,
                             field);
    }
    /// Puts the keyboard focus through `widgets` in this order, then to the tabs.
    void setTabOrder(const QList<QWidget *> &widgets);

    /// Fills the shared fields from an Event or a Series.
    template<typename Record> void load(const Record &record)
    {
        m_title->setText(record.title);
        setType(record.type);
        m_format->setCurrentIndex(m_format->findData(int(record.format)));
        const int venue = m_venue->findData(record.venueId);
        m_venue->setCurrentIndex(venue < 0 ? 0 : venue);
        m_onlineUrl->setText(record.onlineUrl);
        m_hostId = record.hostMemberId;
        m_host->setText(hostName(record.hostMemberId));
        m_capacity->setValue(record.capacity.value_or(kNotSet));
        m_fee->setValue(record.fee.value_or(kNotSet));
        m_description->setPlainText(record.description);
        m_notes->setPlainText(record.notes);
    }
    /// Writes the shared fields into an Event or a Series.
    template<typename Record> void store(Record &record) const
    {
        record.title = m_title->text().trimmed();
        record.type = m_type->currentData().toString();
        record.format = Event::Format(m_format->currentData().toInt());
        record.venueId = m_venue->currentData().toLongLong();
        record.onlineUrl = m_onlineUrl->text().trimmed();
        record.hostMemberId = m_host->text().trimmed().isEmpty() ? 0 : m_hostId;
        record.capacity = valueOf(m_capacity);
        record.fee = valueOf(m_fee);
        record.description = m_description->toPlainText();
        record.notes = m_notes->toPlainText();
    }

    /// Reads the event types and venues from the workspace into their lists.
    void loadChoices();

private:
    static constexpr int kNotSet = -1; // the spin boxes' special value for "no capacity" / "no fee"

    void buildFields(const QString &generalTab, const QString &onlineUrlLabel, const QString &feeLabel);
    void updateHostCompletions(const QString &text);
    QString hostName(qint64 id) const;
    void setType(const QString &key);
    static std::optional<int> valueOf(const QSpinBox *box);

    Workspace &m_workspace;
    QFormLayout *m_general = nullptr;
    QFormLayout *m_details = nullptr;
    QHBoxLayout *m_typeRow = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_venue = nullptr;
    QLineEdit *m_onlineUrl = nullptr;
    QLineEdit *m_host = nullptr;
    QCompleter *m_hostCompleter = nullptr;
    QStringListModel *m_hostCompletions = nullptr;
    QList<qint64> m_hostMatches;
    qint64 m_hostId = 0;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_fee = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace offkai
