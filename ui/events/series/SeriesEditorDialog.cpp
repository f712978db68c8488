#include "SeriesEditorDialog.h"

#include "records/MemberQuery.h"
#include "records/MemberRow.h"
#include "records/Venue.h"
#include "RepeatRuleEditor.h"
#include "scheduling/Recurrence.h"
#include "SeriesPreview.h"
#include "stores/EventStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/SeriesStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kNotSet = -1; // the spin boxes' special value for "no capacity" / "no fee"
constexpr int kMinutesPerDay = 24 * 60;
} // namespace

SeriesEditorDialog::SeriesEditorDialog(Workspace &workspace, const Series &initial, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("seriesEditor"));
    buildForm();
    loadChoices();
    setSeries(initial);
}

SeriesEditorDialog::~SeriesEditorDialog() = default;

Series SeriesEditorDialog::newSeriesOn(const QDate &day)
{
    Series s;
    s.firstStart = QDateTime(day, QTime(19, 0), s.timeZone);
    s.durationMinutes = 120;
    s.rrule = Recurrence::monthlyByWeekday(day, qMin(4, Recurrence::weekdayOrdinal(day)));
    return s;
}

void SeriesEditorDialog::buildForm()
{
    const auto named = [](auto *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_title = named(new QLineEdit(this), "title");
    m_title->setPlaceholderText(tr("e.g. Monthly talk night"));
    m_type = named(new QComboBox(this), "type");
    m_format = named(new QComboBox(this), "format");
    for (Event::Format format : Event::allFormats())
        m_format->addItem(Event::formatLabel(format), int(format));
    m_firstDate = named(new QDateEdit(this), "firstDate");
    m_firstDate->setCalendarPopup(true);
    m_firstDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_firstDate->setAccessibleName(tr("First date"));
    m_startTime = named(new QTimeEdit(this), "startTime");
    m_endTime = named(new QTimeEdit(this), "endTime");
    for (QTimeEdit *edit : {m_startTime, m_endTime})
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_startTime->setAccessibleName(tr("Starts at"));
    m_endTime->setAccessibleName(tr("Ends at"));
    m_openEnd = named(new QCheckBox(tr("&Open end"), this), "openEnd");
    m_rule = named(new RepeatRuleEditor(this), "repeatRule");
    m_holidays = named(new QComboBox(this), "holidayPolicy");
    for (Series::HolidayPolicy policy : Series::allHolidayPolicies())
        m_holidays->addItem(Series::holidayPolicyLabel(policy), int(policy));
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
    connect(m_host, &QLineEdit::textEdited, this, &SeriesEditorDialog::updateHostCompletions);
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
    form->addRow(buddyLabel(tr("T&ype:"), m_type), kind);
    form->addRow(tr("&First date:"), m_firstDate);
    auto *time = new QHBoxLayout;
    time->addWidget(m_startTime);
    time->addWidget(new QLabel(QStringLiteral("–"), this));
    time->addWidget(m_endTime);
    time->addWidget(m_openEnd);
    time->addStretch(1);
    form->addRow(buddyLabel(tr("T&ime:"), m_startTime), time);
    form->addRow(buddyLabel(tr("&Repeat:"), m_rule->repeatBox()), m_rule);
    form->addRow(tr("On public &holidays:"), m_holidays);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("Online &URL:"), m_onlineUrl);
    form->addRow(tr("&Host of the online room:"), m_host);

    auto *details = new QWidget(this);
    auto *detailsForm = new QFormLayout(details);
    detailsForm->addRow(tr("&Capacity:"), m_capacity);
    detailsForm->addRow(tr("Fee &per person:"), m_fee);
    detailsForm->addRow(tr("&Description:"), m_description);
    detailsForm->addRow(tr("Organizer &notes:"), m_notes);

    auto *tabs = named(new QTabWidget(this), "tabs");
    tabs->addTab(general, tr("Series"));
    tabs->addTab(details, tr("Details"));

    m_preview = named(new SeriesPreview(m_workspace.series(), this), "seriesPreview");
    auto *previewBox = new QGroupBox(tr("Next occurrences"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    m_error = named(new QLabel(this), "error");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SeriesEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SeriesEditorDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(tabs, 3);
    columns->addWidget(previewBox, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    const auto changed = [this] {
        refresh();
    };
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_firstDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_rule->setFirstDate(date);
        refresh();
    });
    connect(m_startTime, &QTimeEdit::timeChanged, this, &SeriesEditorDialog::onStartChanged);
    connect(m_endTime, &QTimeEdit::timeChanged, this, changed);
    connect(m_openEnd, &QCheckBox::toggled, this, [this](bool open) {
        m_endTime->setEnabled(!open);
        refresh();
    });
    connect(m_rule, &RepeatRuleEditor::changed, this, changed);
    connect(m_holidays, &QComboBox::currentIndexChanged, this, changed);
    connect(m_onlineUrl, &QLineEdit::textChanged, this, changed);
    connect(m_venue, &QComboBox::activated, this, [this] {
        // Choosing an online room fills in its meeting address.
        auto venue = m_workspace.venues().get(m_venue->currentData().toLongLong());
        if (venue && m_onlineUrl->text().trimmed().isEmpty() && !venue->meetingUrl.isEmpty())
            m_onlineUrl->setText(venue->meetingUrl);
    });
    resize(900, 440);
}

void SeriesEditorDialog::loadChoices()
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

void SeriesEditorDialog::setSeries(const Series &s)
{
    m_loading = true;
    m_original = s;
    setWindowTitle(s.id == 0 ? tr("New Series") : tr("Edit Series"));
    m_title->setText(s.title);
    int type = m_type->findData(s.type);
    if (type < 0) {
        m_type->addItem(EventType::builtInName(s.type), s.type);
        type = m_type->count() - 1;
    }
    m_type->setCurrentIndex(type);
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    const QDateTime first = s.firstStart.isValid()
                                ? s.firstStart.toTimeZone(s.timeZone)
                                : QDateTime(QDate::currentDate(), QTime(19, 0), s.timeZone);
    m_firstDate->setDate(first.date());
    m_rule->setFirstDate(first.date());
    m_startTime->setTime(first.time());
    m_previousStart = first.time();
    m_endTime->setTime(first.time().addSecs(qint64(s.durationMinutes.value_or(120)) * 60));
    m_openEnd->setChecked(!s.durationMinutes);
    m_endTime->setEnabled(s.durationMinutes.has_value());
    if (s.rrule.trimmed().isEmpty())
        m_rule->setKind(RepeatRuleEditor::Kind::MonthlyNth);
    else
        m_rule->setRule(s.rrule);
    m_holidays->setCurrentIndex(m_holidays->findData(int(s.holidayPolicy)));
    const int venue = m_venue->findData(s.venueId);
    m_venue->setCurrentIndex(venue < 0 ? 0 : venue);
    m_onlineUrl->setText(s.onlineUrl);
    m_hostId = s.hostMemberId;
    auto host = s.hostMemberId > 0 ? m_workspace.members().get(s.hostMemberId) : Result<Member>(Error());
    m_host->setText(host ? host->displayName : QString());
    m_capacity->setValue(s.capacity.value_or(kNotSet));
    m_fee->setValue(s.fee.value_or(kNotSet));
    m_description->setPlainText(s.description);
    m_notes->setPlainText(s.notes);
    m_loading = false;
    refresh();
    m_title->setFocus();
    m_title->selectAll();
}

Series SeriesEditorDialog::series() const
{
    Series s = m_original;
    s.title = m_title->text().trimmed();
    s.type = m_type->currentData().toString();
    s.format = Event::Format(m_format->currentData().toInt());
    s.firstStart = QDateTime(m_firstDate->date(), m_startTime->time(), s.timeZone);
    if (m_openEnd->isChecked()) {
        s.durationMinutes = std::nullopt;
    } else {
        // An end at or before the start is on the next day (a party until 1:00).
        int minutes = m_startTime->time().secsTo(m_endTime->time()) / 60;
        if (minutes <= 0)
            minutes += kMinutesPerDay;
        s.durationMinutes = minutes;
    }
    s.rrule = m_rule->rule();
    s.holidayPolicy = Series::HolidayPolicy(m_holidays->currentData().toInt());
    s.venueId = m_venue->currentData().toLongLong();
    s.onlineUrl = m_onlineUrl->text().trimmed();
    s.hostMemberId = m_host->text().trimmed().isEmpty() ? 0 : m_hostId;
    s.capacity = m_capacity->value() == kNotSet ? std::nullopt : std::optional<int>(m_capacity->value());
    s.fee = m_fee->value() == kNotSet ? std::nullopt : std::optional<int>(m_fee->value());
    s.description = m_description->toPlainText();
    s.notes = m_notes->toPlainText();
    return s;
}

QString SeriesEditorDialog::errorText() const
{
    return m_error->text();
}

QPushButton *SeriesEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SeriesEditorDialog::setPreviewFrom(const QDate &from)
{
    m_previewFrom = from;
    refresh();
}

void SeriesEditorDialog::refresh()
{
    if (m_loading)
        return;
    const Series s = series();
    auto valid = m_workspace.series().validate(s);
    m_error->setText(valid ? QString() : valid.error().message());
    okButton()->setEnabled(valid.ok());
    m_preview->showSeries(s, m_previewFrom.isValid() ? m_previewFrom : QDate::currentDate());
}

void SeriesEditorDialog::accept()
{
    if (auto valid = m_workspace.series().validate(series()); !valid) {
        m_error->setText(valid.error().message());
        return;
    }
    QDialog::accept();
}

void SeriesEditorDialog::onStartChanged()
{
    // Moving the start moves the end with it, keeping the length.
    const QTime start = m_startTime->time();
    if (m_previousStart.isValid() && start.isValid()) {
        const QSignalBlocker block(m_endTime);
        m_endTime->setTime(m_endTime->time().addSecs(m_previousStart.secsTo(start)));
    }
    m_previousStart = start;
    refresh();
}

void SeriesEditorDialog::updateHostCompletions(const QString &text)
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

} // namespace offkai
