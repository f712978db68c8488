#include "EventEditorDialog.h"

#include "EventForm.h"

#include "records/CommunitySettings.h"
#include "records/EventFields.h"
#include "shell/ConflictingSave.h"
#include "shell/TimeZoneBox.h"
#include "shell/WorkspaceLookups.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "workflows/ConflictFinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

namespace offkai {

namespace {
/// The application deadline's "none": the earliest date its editor offers.
const QDate kNoDeadline(2000, 1, 1);

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
    m_form->loadChoices();
    setEvent(newEventOn(QDate::currentDate(), m_workspace));
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

Event EventEditorDialog::newEventOn(const QDate &day, Workspace &workspace)
{
    auto settings = workspace.settings().load();
    return settings ? settings->newEventOn(day) : newEventOn(day);
}

void EventEditorDialog::buildForm()
{
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    const QString dateTimeFormat = dateFormat + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat);
    const auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };

    m_form = new EventForm(m_workspace, tr("Event"), tr("&Online URL:"), tr("&Fee per person:"), this);
    m_form->titleEdit()->setPlaceholderText(tr("e.g. 3rd meetup"));
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
    // Zones by their names in the UI's language and their ids: "日本標準時 (Asia/Tokyo)".
    m_timeZone = new TimeZoneBox(this);
    named(m_timeZone, "timeZone");

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

    m_staffCount = new QCheckBox(tr("Staff and speakers take places too"), this);
    named(m_staffCount, "staffCount");
    m_linkPolicy = new QLineEdit(this);
    named(m_linkPolicy, "linkPolicy");
    m_linkPolicy->setPlaceholderText(tr("e.g. the link is sent the day before"));
    m_whatToBring = new QLineEdit(this);
    named(m_whatToBring, "whatToBring");
    m_whatToBring->setPlaceholderText(tr("e.g. business cards"));
    m_howToApply = new QLineEdit(this);
    named(m_howToApply, "howToApply");
    m_howToApply->setPlaceholderText(tr("e.g. on the connpass page, or reply in the group"));
    m_applyBy = new QDateEdit(this);
    named(m_applyBy, "applyBy");
    m_applyBy->setCalendarPopup(true);
    m_applyBy->setDisplayFormat(dateFormat);
    // The earliest date stands for "no deadline".
    m_applyBy->setMinimumDate(kNoDeadline);
    m_applyBy->setSpecialValueText(tr("None"));
    m_applyBy->setAccessibleName(tr("Application deadline"));
    // A row whose field is a layout needs its label's buddy named, or the mnemonic shows as "&".
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    m_form->typeRow()->addWidget(m_status);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_allDay);
    flags->addWidget(m_noDay);
    flags->addStretch(1);
    m_form->addGeneralRow(QString(), flags);
    auto *when = new QHBoxLayout;
    when->addWidget(m_start, 1);
    when->addWidget(new QLabel(QStringLiteral("–"), this));
    when->addWidget(m_end, 1);
    m_form->addGeneralRow(buddyLabel(tr("&When:"), m_start), when);
    m_form->addGeneralRow(tr("Time &zone:"), m_timeZone);
    auto *range = new QHBoxLayout;
    range->addWidget(m_tentativeFrom, 1);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_tentativeTo, 1);
    m_form->addGeneralRow(buddyLabel(tr("&Possible days:"), m_tentativeFrom), range);
    m_form->addGeneralRow(tr("Note on the &day:"), m_tentativeNote);
    m_form->addDetailsRow(EventForm::DetailsPlace::BelowCapacity, QString(), m_staffCount);
    m_form->addDetailsRow(EventForm::DetailsPlace::AboveDescription, tr("&Link policy:"), m_linkPolicy);
    m_form->addDetailsRow(EventForm::DetailsPlace::AboveDescription, tr("What to &bring:"), m_whatToBring);
    m_form->addDetailsRow(EventForm::DetailsPlace::AboveDescription, tr("How to &apply:"), m_howToApply);
    m_form->addDetailsRow(EventForm::DetailsPlace::AboveDescription, tr("Application deadl&ine:"), m_applyBy);
    m_form->setTabOrder({m_form->titleEdit(),
                         m_form->typeBox(),
                         m_form->formatBox(),
                         m_status,
                         m_noDay,
                         m_allDay,
                         m_start,
                         m_end,
                         m_timeZone,
                         m_tentativeFrom,
                         m_tentativeTo,
                         m_tentativeNote,
                         m_form->venueBox(),
                         m_form->onlineUrlEdit(),
                         m_form->hostEdit(),
                         m_form->capacityBox(),
                         m_form->feeBox(),
                         m_staffCount,
                         m_linkPolicy,
                         m_whatToBring,
                         m_howToApply,
                         m_applyBy,
                         m_form->descriptionEdit(),
                         m_form->notesEdit()});

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
    connect(m_form->venueBox(), &QComboBox::currentIndexChanged, this, recheck);
    connect(m_form->formatBox(), &QComboBox::currentIndexChanged, this, recheck);
    connect(m_form->hostEdit(), &QLineEdit::textChanged, this, recheck);
    connect(m_noDay, &QCheckBox::toggled, this, recheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
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
    setWindowTitle(tr("Event"));
    resize(620, 500);
}

void EventEditorDialog::setEvent(const Event &event)
{
    m_original = event;
    setWindowTitle(event.id == 0 ? tr("New Event") : tr("Edit Event"));
    m_form->load(event);
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_timeZone->setZone(event.timeZone);

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
    m_staffCount->setChecked(event.staffCount);
    m_linkPolicy->setText(event.linkPolicy);
    m_whatToBring->setText(event.whatToBring);
    m_howToApply->setText(event.howToApply);
    m_applyBy->setDate(event.applyBy.isValid() ? event.applyBy : kNoDeadline);
    m_error->clear();
    updateEnabled();
    updateConflicts();
    m_form->titleEdit()->setFocus();
    m_form->titleEdit()->selectAll();
}

Event EventEditorDialog::event() const
{
    Event e = m_original;
    m_form->store(e);
    e.status = Event::Status(m_status->currentData().toInt());
    e.timeZone = m_timeZone->zone();
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
    e.staffCount = m_staffCount->isChecked();
    e.linkPolicy = m_linkPolicy->text().trimmed();
    e.whatToBring = m_whatToBring->text().trimmed();
    e.howToApply = m_howToApply->text().trimmed();
    e.applyBy = m_applyBy->date() == kNoDeadline ? QDate() : m_applyBy->date();
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
    const Event typed = event();
    if (auto valid = m_workspace.events().validate(typed); !valid)
        return showError(valid.error().message());
    if (m_save) {
        ConflictingSave<EventFields, Event> save(
            m_save, [this] { return m_workspace.events().get(m_original.id); },
            m_resolver ? m_resolver : [this](const FieldConflict &c) { return ConflictDialog::ask(c, this); },
            WorkspaceLookups::of(m_workspace));
        switch (save.run(m_original, typed, [](const Event &e) { return e.title; })) {
        case ConflictingSave<EventFields, Event>::Outcome::Saved:
            break;
        case ConflictingSave<EventFields, Event>::Outcome::KeptEditing:
            return showError(tr("Nothing saved: the event was changed elsewhere. The form keeps what you "
                                "typed; OK compares it with their version again."));
        case ConflictingSave<EventFields, Event>::Outcome::Failed:
            return showError(save.error().message());
        }
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

} // namespace offkai
