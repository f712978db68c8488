#include "NewReportDialog.h"

#include "records/CommunitySettings.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace offkai {

NewReportDialog::NewReportDialog(Workspace &workspace, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_event(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("New Report"));
    m_event->setAccessibleName(tr("Event"));
    m_author->setAccessibleName(tr("Author"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // The community's report language (Preferences), or the UI's.
    const auto settings = workspace.settings().load();
    const QString language =
        settings ? settings->effectiveReportLanguage() : CommunitySettings().effectiveReportLanguage();
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));

    // Dated events, newest first; those still to come are listed too (a report can be prepared).
    const QDateTime now = QDateTime::currentDateTime();
    int preselect = -1;
    if (auto events = workspace.events().all()) {
        QList<EventSummary> dated;
        for (const EventSummary &s : std::as_const(*events)) {
            if (s.start.isValid() && s.status != Event::Status::Cancelled)
                dated.append(s);
        }
        std::stable_sort(dated.begin(), dated.end(),
                         [](const EventSummary &a, const EventSummary &b) { return a.start > b.start; });
        for (const EventSummary &s : std::as_const(dated)) {
            m_event->addItem(
                QStringLiteral("%1 — %2").arg(Event::dateText(s.start.date(), QLocale()), s.title), s.id);
            if (s.id == eventId || (eventId == 0 && preselect < 0 && s.start <= now))
                preselect = m_event->count() - 1;
        }
    }
    m_event->setCurrentIndex(std::max(0, preselect));

    auto *form = new QFormLayout;
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Language of the generated parts:"), m_language);
    auto *hint = new QLabel(tr("The report starts from the template, filled with the date, the venue, who "
                               "came and what comes next. Names follow the privacy rule you choose."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_event->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_event, &QComboBox::currentIndexChanged, this, &NewReportDialog::fillAuthors);
    fillAuthors();
    resize(520, sizeHint().height());
}

void NewReportDialog::fillAuthors()
{
    m_author->clear();
    m_author->addItem(tr("(nobody)"), qint64(0));
    auto people = m_workspace.participations().participantsOf(eventId());
    if (!people)
        return;
    int organizer = -1;
    for (const ParticipantRow &row : std::as_const(*people)) {
        if (!row.participation.attended && row.participation.role == Participation::Role::Attendee)
            continue;
        m_author->addItem(row.displayName, row.participation.memberId);
        if (organizer < 0 && row.participation.role == Participation::Role::Organizer)
            organizer = m_author->count() - 1;
    }
    m_author->setCurrentIndex(organizer > 0 ? organizer : 0);
}

qint64 NewReportDialog::eventId() const
{
    return m_event->currentData().toLongLong();
}

qint64 NewReportDialog::authorId() const
{
    return m_author->currentData().toLongLong();
}

QString NewReportDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace offkai
