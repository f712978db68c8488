#include "EventEditorDialog.h"

#include "records/Venue.h"
#include "stores/EventStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "workflows/ConflictFinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kNotSet = -1; // the spin boxes' special value for "no capacity" / "no fee"

QDateTime naive(const QDateTime &local)
{
    // The edits hold wall-clock times of the event's zone; UTC keeps Qt from shifting them through the
    // system zone (a time that does not exist here may exist there).
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
} // namespace

EventEditorDialog::EventEditorDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("eventEditor"));
    buildForm();
    loadChoices();
    setEvent(newEventOn(QDate::currentDate()));
}

EventEditorDialog::~EventEditorDialog() = default;

Event EventEditorDialog::newEventOn(const QDate &day)
{
    Event event;
    event.timeZone = QTimeZone::systemTimeZone();
    if (!event.timeZone.isValid())
        event.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    event.start = QDateTime(day, QTime(19, 0), event.timeZone);
    event.end = QDateTime(day, QTime(21, 0), event.timeZone);
    return event;
}

void EventEditorDialog::buildForm()
{
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    const QString dateTimeFormat = dateFormat + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat);
    const auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };

    m_title = new QLineEdit(this);
    named(m_title, "title");
    m_title->setPlaceholderText(tr("e.g. 3rd meetup"));
    m_type = new QComboBox(this);
    named(m_type, "type");
    m_format = new QComboBox(this);
    named(m_format, "format");
    for (Event::Format format : Event::allFormats())
        m_format->addItem(Event::formatLabel(format), int(format));
    m_status = new QComboBox(this);
    named(m_status, "status");
    for (Event::Status status : Event::allStatuses())
        m_status->addItem(Event::statusLabel(status), int(status));

    m_noDay = new QCheckBox(tr("No fixed day yet"), this);
    named(m_noDay, "noDay");
    m_allDay = new QCheckBox(tr("All day"), this);
    named(m_allDay, "allDay");
    m_start = new QDateTimeEdit(this);
    named(m_start, "start");
    m_end = new QDateTimeEdit(this);
    named(m_end, "end");
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateTimeFormat);
    }
    m_start->setAccessibleName(tr("Starts"));
    m_end->setAccessibleName(tr("Ends"));
    m_timeZone = new QComboBox(this);
    named(m_timeZone, "timeZone");
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setAccessibleName(tr("Time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_tentativeFrom = new QDateEdit(this);
    named(m_tentativeFrom, "tentativeFrom");
    m_tentativeTo = new QDateEdit(this);
    named(m_tentativeTo, "tentativeTo");
    for (QDateEdit *edit : {m_tentativeFrom, m_tentativeTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    m_tentativeNote = new QLineEdit(this);
    named(m_tentativeNote, "tentativeNote");
    m_tentativeNote->setPlaceholderText(tr("e.g. a weekday at the end of the month"));

    m_venue = new QComboBox(this);
    named(m_venue, "venue");
    m_onlineUrl = new QLineEdit(this);
    named(m_onlineUrl, "onlineUrl");
    m_onlineUrl->setPlaceholderText(QStringLiteral("https://"));
    m_host = new QLineEdit(this);
    named(m_host, "host");
    m_host->setPlaceholderText(tr("Type a few letters of a member's name"));
    m_host->setClearButtonEnabled(true);
    m_hostCompletions = new QStringListModel(this);
    m_hostCompleter = new QCompleter(m_hostCompletions, this);
    m_hostCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_hostCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_host->setCompleter(m_hostCompleter);
    connect(m_host, &QLineEdit::textEdited, this, &EventEditorDialog::updateHostCompletions);
    connect(m_hostCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() >= 0 && index.row() < m_hostMatches.size())
                    m_hostId = m_hostMatches.at(index.row());
            });

    m_capacity = new QSpinBox(this);
    named(m_capacity, "capacity");
    m_capacity->setRange(kNotSet, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setGroupSeparatorShown(true);
    m_fee = new QSpinBox(this);
    named(m_fee, "fee");
    m_fee->setRange(kNotSet, 10000000);
    m_fee->setSingleStep(500);
    m_fee->setSpecialValueText(tr("Not set"));
    m_fee->setSuffix(tr(" yen"));
    m_fee->setGroupSeparatorShown(true);
    m_staffCount = new QCheckBox(tr("Staff and speakers take places too"), this);
    named(m_staffCount, "staffCount");
    m_linkPolicy = new QLineEdit(this);
    named(m_linkPolicy, "linkPolicy");
    m_linkPolicy->setPlaceholderText(tr("e.g. the link is sent the day before"));
    m_whatToBring = new QLineEdit(this);
    named(m_whatToBring, "whatToBring");
    m_whatToBring->setPlaceholderText(tr("e.g. business cards"));
    m_description = new QPlainTextEdit(this);
    named(m_description, "description");
    m_description->setTabChangesFocus(true);
    m_notes = new QPlainTextEdit(this);
    named(m_notes, "notes");
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Only for organizers; never in announcements"));

    // A row whose field is a layout needs its label's buddy named, or the mnemonic shows as "&".
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Title:"), m_title);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_type, 1);
    kind->addWidget(m_format);
    kind->addWidget(m_status);
    form->addRow(buddyLabel(tr("T&ype:"), m_type), kind);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_allDay);
    flags->addWidget(m_noDay);
    flags->addStretch(1);
    form->addRow(QString(), flags);
    auto *when = new QHBoxLayout;
    when->addWidget(m_start, 1);
    when->addWidget(new QLabel(QStringLiteral("–"), this));
    when->addWidget(m_end, 1);
    form->addRow(buddyLabel(tr("&When:"), m_start), when);
    form->addRow(tr("Time &zone:"), m_timeZone);
    auto *range = new QHBoxLayout;
    range->addWidget(m_tentativeFrom, 1);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_tentativeTo, 1);
    form->addRow(buddyLabel(tr("&Possible days:"), m_tentativeFrom), range);
    form->addRow(tr("Note on the &day:"), m_tentativeNote);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Online URL:"), m_onlineUrl);
    form->addRow(tr("&Host of the online room:"), m_host);

    auto *details = new QWidget(this);
    auto *detailsForm = new QFormLayout(details);
    detailsForm->addRow(tr("&Capacity:"), m_capacity);
    detailsForm->addRow(QString(), m_staffCount);
    detailsForm->addRow(tr("&Fee per person:"), m_fee);
    detailsForm->addRow(tr("&Link policy:"), m_linkPolicy);
    detailsForm->addRow(tr("What to &bring:"), m_whatToBring);
    detailsForm->addRow(tr("&Description:"), m_description);
    detailsForm->addRow(tr("Organizer &notes:"), m_notes);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(general, tr("Event"));
    tabs->addTab(details, tr("Details"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditorDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_buttons);

    // Clashes are worth knowing but not a reason to refuse: the organizer may mean it.
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_conflicts->hide();
    m_conflictTimer = new QTimer(this);
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(200);
    connect(m_conflictTimer, &QTimer::timeout, this, &EventEditorDialog::updateConflicts);
    const auto recheck = [this] {
        m_conflictTimer->start();
    };
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, recheck);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, recheck);
    connect(m_venue, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_format, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_host, &QLineEdit::textChanged, this, recheck);
    connect(m_noDay, &QCheckBox::toggled, this, recheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_conflicts);
    layout->addLayout(bottom);

    connect(m_allDay, &QCheckBox::toggled, this, &EventEditorDialog::updateEnabled);
    connect(m_noDay, &QCheckBox::toggled, this, [this](bool noDay) {
        if (noDay) {
            // An event without a day is tentative by nature; start from the month of the chosen day.
            m_status->setCurrentIndex(m_status->findData(int(Event::Status::Tentative)));
            const QDate day = m_start->date();
            if (m_tentativeFrom->date() > m_tentativeTo->date() || !m_tentativeFrom->date().isValid()) {
                m_tentativeFrom->setDate(QDate(day.year(), day.month(), 1));
                m_tentativeTo->setDate(QDate(day.year(), day.month(), day.daysInMonth()));
            }
        }
        updateEnabled();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &EventEditorDialog::onStartChanged);
    connect(m_venue, &QComboBox::activated, this, [this] {
        // Choosing an online room fills in its meeting address.
        auto venue = m_workspace.venues().get(m_venue->currentData().toLongLong());
        if (venue && m_onlineUrl->text().trimmed().isEmpty() && !venue->meetingUrl.isEmpty())
            m_onlineUrl->setText(venue->meetingUrl);
    });
    setWindowTitle(tr("Event"));
    resize(620, 500);
}

void EventEditorDialog::loadChoices()
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

void EventEditorDialog::setEvent(const Event &event)
{
    m_original = event;
    setWindowTitle(event.id == 0 ? tr("New Event") : tr("Edit Event"));
    m_title->setText(event.title);
    int type = m_type->findData(event.type);
    if (type < 0) {
        m_type->addItem(EventType::builtInName(event.type), event.type);
        type = m_type->count() - 1;
    }
    m_type->setCurrentIndex(type);
    m_format->setCurrentIndex(m_format->findData(int(event.format)));
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_timeZone->setCurrentText(QString::fromUtf8(event.timeZone.id()));

    const QSignalBlocker blockNoDay(m_noDay);
    m_noDay->setChecked(!event.hasDay());
    m_allDay->setChecked(event.allDay);
    QDateTime start = event.start;
    QDateTime end = event.end;
    if (!event.hasDay()) {
        const QDate day = event.tentativeFrom.isValid() ? event.tentativeFrom : QDate::currentDate();
        start = QDateTime(day, QTime(19, 0));
        end = QDateTime(day, QTime(21, 0));
    } else if (!end.isValid()) {
        end = start.addSecs(2 * 3600);
    }
    if (event.allDay && event.hasDay() && end.isValid())
        end = QDateTime(end.date().addDays(end.time() == QTime(0, 0) && end.date() > start.date() ? -1 : 0),
                        QTime(0, 0));
    {
        const QSignalBlocker blockStart(m_start);
        m_start->setDateTime(naive(start));
    }
    m_previousStart = m_start->dateTime();
    m_end->setDateTime(naive(end));
    const QDate from = event.tentativeFrom.isValid() ? event.tentativeFrom : start.date();
    m_tentativeFrom->setDate(from);
    m_tentativeTo->setDate(event.tentativeTo.isValid()
                               ? event.tentativeTo
                               : QDate(from.year(), from.month(), from.daysInMonth()));
    m_tentativeNote->setText(event.tentativeNote);

    int venue = m_venue->findData(event.venueId);
    m_venue->setCurrentIndex(venue < 0 ? 0 : venue);
    m_onlineUrl->setText(event.onlineUrl);
    m_hostId = event.hostMemberId;
    m_host->setText(hostName(event.hostMemberId));
    m_capacity->setValue(event.capacity.value_or(kNotSet));
    m_fee->setValue(event.fee.value_or(kNotSet));
    m_staffCount->setChecked(event.staffCount);
    m_linkPolicy->setText(event.linkPolicy);
    m_whatToBring->setText(event.whatToBring);
    m_description->setPlainText(event.description);
    m_notes->setPlainText(event.notes);
    m_error->clear();
    updateEnabled();
    updateConflicts();
    m_title->setFocus();
    m_title->selectAll();
}

Event EventEditorDialog::event() const
{
    Event e = m_original;
    e.title = m_title->text().trimmed();
    e.type = m_type->currentData().toString();
    e.format = Event::Format(m_format->currentData().toInt());
    e.status = Event::Status(m_status->currentData().toInt());
    e.timeZone = QTimeZone(m_timeZone->currentText().trimmed().toUtf8());
    e.allDay = m_allDay->isChecked() && !m_noDay->isChecked();
    if (m_noDay->isChecked()) {
        e.start = QDateTime();
        e.end = QDateTime();
        e.tentativeFrom = m_tentativeFrom->date();
        e.tentativeTo = m_tentativeTo->date();
        e.tentativeNote = m_tentativeNote->text().trimmed();
    } else {
        const QDateTime start = m_start->dateTime();
        const QDateTime end = m_end->dateTime();
        if (e.allDay) {
            e.start = QDateTime(start.date(), QTime(0, 0), e.timeZone);
            e.end = QDateTime(end.date().addDays(1), QTime(0, 0), e.timeZone);
        } else {
            e.start = QDateTime(start.date(), start.time(), e.timeZone);
            e.end = QDateTime(end.date(), end.time(), e.timeZone);
        }
        e.tentativeFrom = QDate();
        e.tentativeTo = QDate();
        e.tentativeNote.clear();
    }
    e.venueId = m_venue->currentData().toLongLong();
    e.onlineUrl = m_onlineUrl->text().trimmed();
    e.hostMemberId = m_host->text().trimmed().isEmpty() ? 0 : m_hostId;
    e.capacity = m_capacity->value() == kNotSet ? std::nullopt : std::optional<int>(m_capacity->value());
    e.fee = m_fee->value() == kNotSet ? std::nullopt : std::optional<int>(m_fee->value());
    e.staffCount = m_staffCount->isChecked();
    e.linkPolicy = m_linkPolicy->text().trimmed();
    e.whatToBring = m_whatToBring->text().trimmed();
    e.description = m_description->toPlainText();
    e.notes = m_notes->toPlainText();
    return e;
}

void EventEditorDialog::updateConflicts()
{
    m_conflictTimer->stop();
    ConflictFinder finder(m_workspace.events(), m_workspace.series());
    const auto found = finder.conflictsFor(event());
    QStringList lines;
    if (found) {
        const QLocale locale;
        for (const Conflict &c : std::as_const(*found))
            lines.append(QStringLiteral("⚠ ") + c.message(locale));
    }
    m_conflicts->setText(lines.join(QLatin1Char('\n')));
    m_conflicts->setVisible(!lines.isEmpty());
}

QString EventEditorDialog::conflictText() const
{
    return m_conflicts->text();
}

QString EventEditorDialog::errorText() const
{
    return m_error->text();
}

void EventEditorDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void EventEditorDialog::accept()
{
    const Event e = event();
    if (auto valid = m_workspace.events().validate(e); !valid)
        return showError(valid.error().message());
    if (m_save) {
        if (auto saved = m_save(e); !saved)
            return showError(saved.error().message());
    }
    m_error->clear();
    QDialog::accept();
}

void EventEditorDialog::updateEnabled()
{
    const bool noDay = m_noDay->isChecked();
    const bool allDay = m_allDay->isChecked();
    m_allDay->setEnabled(!noDay);
    m_start->setEnabled(!noDay);
    m_end->setEnabled(!noDay);
    m_tentativeFrom->setEnabled(noDay);
    m_tentativeTo->setEnabled(noDay);
    m_tentativeNote->setEnabled(noDay);
    const QLocale locale;
    const QString format = allDay ? locale.dateFormat(QLocale::ShortFormat)
                                  : locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                                        locale.timeFormat(QLocale::ShortFormat);
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
}

void EventEditorDialog::onStartChanged()
{
    // Moving the start moves the end with it, keeping the event's length.
    const QDateTime start = m_start->dateTime();
    if (m_previousStart.isValid() && start.isValid())
        m_end->setDateTime(m_end->dateTime().addSecs(m_previousStart.secsTo(start)));
    m_previousStart = start;
}

void EventEditorDialog::updateHostCompletions(const QString &text)
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

QString EventEditorDialog::hostName(qint64 id) const
{
    if (id == 0)
        return {};
    auto member = m_workspace.members().get(id);
    return member ? member->displayName : QString();
}

} // namespace offkai
