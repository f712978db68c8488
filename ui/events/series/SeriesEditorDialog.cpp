#include "SeriesEditorDialog.h"

#include "events/EventForm.h"
#include "items/AgendaModel.h"
#include "RepeatRuleEditor.h"
#include "scheduling/RepeatPattern.h"
#include "scheduling/SeriesFields.h"
#include "SeriesPreview.h"
#include "shell/ConflictingSave.h"
#include "shell/WorkspaceLookups.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kMinutesPerDay = 24 * 60;
} // namespace

SeriesEditorDialog::SeriesEditorDialog(Workspace &workspace, const Series &initial, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("seriesEditor"));
    buildForm();
    m_form->loadChoices();
    setSeries(initial);
}

SeriesEditorDialog::~SeriesEditorDialog() = default;

Series SeriesEditorDialog::newSeriesOn(const QDate &day)
{
    Series s;
    s.firstStart = QDateTime(day, QTime(19, 0), s.timeZone);
    s.durationMinutes = 120;
    s.rrule = RepeatPattern::suggestedFor(day).rrule();
    return s;
}

void SeriesEditorDialog::buildForm()
{
    const auto named = [](auto *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_form = new EventForm(m_workspace, tr("Series"), tr("Online &URL:"), tr("Fee &per person:"), this);
    m_form->titleEdit()->setPlaceholderText(tr("e.g. Monthly talk night"));
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
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    m_firstNote = named(new QLabel(this), "firstOccurrence");
    auto *first = new QHBoxLayout;
    first->addWidget(m_firstDate);
    first->addWidget(m_firstNote, 1);
    m_form->addGeneralRow(buddyLabel(tr("&First date:"), m_firstDate), first);
    auto *time = new QHBoxLayout;
    time->addWidget(m_startTime);
    time->addWidget(new QLabel(QStringLiteral("–"), this));
    time->addWidget(m_endTime);
    time->addWidget(m_openEnd);
    time->addStretch(1);
    m_form->addGeneralRow(buddyLabel(tr("T&ime:"), m_startTime), time);
    m_form->addGeneralRow(buddyLabel(tr("&Repeat:"), m_rule->repeatBox()), m_rule);
    m_form->addGeneralRow(tr("On pu&blic holidays:"), m_holidays);
    m_form->setTabOrder({m_form->titleEdit(), m_form->typeBox(), m_form->formatBox(), m_firstDate,
                         m_startTime, m_endTime, m_openEnd, m_rule, m_holidays, m_form->venueBox(),
                         m_form->onlineUrlEdit(), m_form->hostEdit(), m_form->capacityBox(), m_form->feeBox(),
                         m_form->descriptionEdit(), m_form->notesEdit()});

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
    columns->addWidget(m_form, 3);
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
    connect(m_form->titleEdit(), &QLineEdit::textChanged, this, changed);
    connect(m_form->typeBox(), &QComboBox::currentIndexChanged, this, changed);
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
    connect(m_form->onlineUrlEdit(), &QLineEdit::textChanged, this, changed);
    resize(900, 440);
}

void SeriesEditorDialog::setSeries(const Series &s)
{
    m_loading = true;
    m_original = s;
    setWindowTitle(s.id == 0 ? tr("New Series") : tr("Edit Series"));
    m_form->load(s);
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
        m_rule->setPattern(RepeatPattern::suggestedFor(first.date()));
    else
        m_rule->setRule(s.rrule);
    m_holidays->setCurrentIndex(m_holidays->findData(int(s.holidayPolicy)));
    m_loading = false;
    refresh();
    m_form->titleEdit()->setFocus();
    m_form->titleEdit()->selectAll();
}

Series SeriesEditorDialog::series() const
{
    Series s = m_original;
    m_form->store(s);
    // The rule is picked, not taken from the date: the series starts on its first day from the date on.
    s.firstStart = QDateTime(firstOccurrence(), m_startTime->time(), s.timeZone);
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
    const QDate first = firstOccurrence();
    m_firstNote->setText(first.isValid() && first != m_firstDate->date()
                             //: %1 the date of the first occurrence the repeat rule gives
                             ? tr("The first one is on %1.").arg(AgendaModel::shortDateText(first, QLocale()))
                             : QString());
    auto valid = m_workspace.series().validate(s);
    m_error->setText(valid ? QString() : valid.error().message());
    okButton()->setEnabled(valid.ok());
    m_preview->showSeries(s, m_previewFrom.isValid() ? m_previewFrom : QDate::currentDate());
}

void SeriesEditorDialog::accept()
{
    const Series typed = series();
    if (auto valid = m_workspace.series().validate(typed); !valid) {
        m_error->setText(valid.error().message());
        return;
    }
    if (m_save) {
        using Save = ConflictingSave<SeriesFields, Series>;
        Save save(
            m_save, [this] { return m_workspace.series().get(m_original.id); },
            m_resolver ? m_resolver : [this](const FieldConflict &c) { return ConflictDialog::ask(c, this); },
            WorkspaceLookups::of(m_workspace));
        switch (save.run(m_original, typed, [](const Series &s) { return s.title; })) {
        case Save::Outcome::Saved:
            break;
        case Save::Outcome::KeptEditing:
            m_error->setText(tr("Nothing saved: the series was changed elsewhere. The form keeps what you "
                                "typed; OK compares it with their version again."));
            return;
        case Save::Outcome::Failed:
            m_error->setText(save.error().message());
            return;
        }
    }
    m_error->clear();
    QDialog::accept();
}

QDate SeriesEditorDialog::firstOccurrence() const
{
    const QDate from = m_firstDate->date();
    const QDate first = m_rule->firstOccurrenceOnOrAfter(from);
    return first.isValid() ? first : from;
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

} // namespace offkai
