#include "EventForm.h"

#include "records/MemberQuery.h"
#include "records/MemberRow.h"
#include "records/Venue.h"
#include "stores/EventStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringListModel>

namespace offkai {

EventForm::EventForm(Workspace &workspace, const QString &generalTab, const QString &onlineUrlLabel,
                     const QString &feeLabel, QWidget *parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("tabs"));
    buildFields(generalTab, onlineUrlLabel, feeLabel);
}

EventForm::~EventForm() = default;

void EventForm::buildFields(const QString &generalTab, const QString &onlineUrlLabel, const QString &feeLabel)
{
    const auto named = [](auto *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_title = named(new QLineEdit(this), "title");
    m_type = named(new QComboBox(this), "type");
    m_format = named(new QComboBox(this), "format");
    for (Event::Format format : Event::allFormats())
        m_format->addItem(Event::formatLabel(format), int(format));

    m_venue = named(new QComboBox(this), "venue");
    m_onlineUrl = named(new QLineEdit(this), "onlineUrl");
    m_onlineUrl->setPlaceholderText(QStringLiteral("https://"));
    m_host = named(new QLineEdit(this), "host");
    m_host->setPlaceholderText(tr("Type a few letters of a member's name"));
    m_host->setClearButtonEnabled(true);
    m_hostCompletions = new QStringListModel(this);
    m_hostCompleter = new QCompleter(m_hostCompletions, this);
    m_hostCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_hostCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_host->setCompleter(m_hostCompleter);
    connect(m_host, &QLineEdit::textEdited, this, &EventForm::updateHostCompletions);
    connect(m_hostCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() >= 0 && index.row() < m_hostMatches.size())
                    m_hostId = m_hostMatches.at(index.row());
            });

    m_capacity = named(new QSpinBox(this), "capacity");
    m_capacity->setRange(kNotSet, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setGroupSeparatorShown(true);
    m_fee = named(new QSpinBox(this), "fee");
    m_fee->setRange(kNotSet, 10000000);
    m_fee->setSingleStep(500);
    m_fee->setSpecialValueText(tr("Not set"));
    m_fee->setSuffix(tr(" yen"));
    m_fee->setGroupSeparatorShown(true);
    m_description = named(new QPlainTextEdit(this), "description");
    m_description->setTabChangesFocus(true);
    m_notes = named(new QPlainTextEdit(this), "notes");
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Only for organizers; never in announcements"));

    auto *general = new QWidget(this);
    m_general = new QFormLayout(general);
    m_general->addRow(tr("&Title:"), m_title);
    m_typeRow = new QHBoxLayout;
    m_typeRow->addWidget(m_type, 1);
    m_typeRow->addWidget(m_format);
    // A row whose field is a layout needs its label's buddy named, or the mnemonic shows as "&".
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    m_general->addRow(typeLabel, m_typeRow);
    m_general->addRow(tr("&Venue:"), m_venue);
    m_general->addRow(onlineUrlLabel, m_onlineUrl);
    m_general->addRow(tr("&Host of the online room:"), m_host);

    auto *details = new QWidget(this);
    m_details = new QFormLayout(details);
    m_details->addRow(tr("&Capacity:"), m_capacity);
    m_details->addRow(feeLabel, m_fee);
    m_details->addRow(tr("&Description:"), m_description);
    m_details->addRow(tr("Organizer &notes:"), m_notes);

    addTab(general, generalTab);
    addTab(details, tr("Details"));

    connect(m_venue, &QComboBox::activated, this, [this] {
        // Choosing an online room fills in its meeting address.
        auto venue = m_workspace.venues().get(m_venue->currentData().toLongLong());
        if (venue && m_onlineUrl->text().trimmed().isEmpty() && !venue->meetingUrl.isEmpty())
            m_onlineUrl->setText(venue->meetingUrl);
    });
}

void EventForm::setTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
    // The tab widget holds the fields; it is its tab bar that follows them.
    if (!widgets.isEmpty())
        QWidget::setTabOrder(widgets.constLast(), tabBar());
}

void EventForm::loadChoices()
{
    m_type->clear();
    if (auto types = m_workspace.events().types()) {
        for (const EventType &type : std::as_const(*types)) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(type.color));
            m_type->addItem(QIcon(swatch), type.displayName(), type.key);
        }
    }
    m_venue->clear();
    m_venue->addItem(tr("No venue"), qint64(0));
    if (auto venues = m_workspace.venues().list()) {
        for (const Venue &venue : std::as_const(*venues))
            m_venue->addItem(venue.name, venue.id);
    }
}

void EventForm::setType(const QString &key)
{
    int type = m_type->findData(key);
    if (type < 0) {
        m_type->addItem(EventType::builtInName(key), key);
        type = m_type->count() - 1;
    }
    m_type->setCurrentIndex(type);
}

std::optional<int> EventForm::valueOf(const QSpinBox *box)
{
    return box->value() == kNotSet ? std::nullopt : std::optional<int>(box->value());
}

void EventForm::updateHostCompletions(const QString &text)
{
    m_hostId = 0;
    m_hostMatches.clear();
    QStringList names;
    if (!text.trimmed().isEmpty()) {
        MemberQuery query;
        query.search = text.trimmed();
        if (auto rows = m_workspace.memberList().fetch(query, 0, 12)) {
            for (const MemberRow &row : std::as_const(*rows)) {
                m_hostMatches.append(row.id);
                names.append(row.displayName);
            }
        }
    }
    m_hostCompletions->setStringList(names);
    // A name typed in full that only one member has needs no click in the list.
    if (m_hostMatches.size() == 1 && names.constFirst() == text.trimmed())
        m_hostId = m_hostMatches.constFirst();
}

QString EventForm::hostName(qint64 id) const
{
    if (id <= 0)
        return {};
    auto member = m_workspace.members().get(id);
    return member ? member->displayName : QString();
}

} // namespace offkai
