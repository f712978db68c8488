#include "CalendarExportDialog.h"

#include "stores/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace offkai {

CalendarExportDialog::CalendarExportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_all(new QRadioButton(tr("&All events and series"), this))
    , m_range(new QRadioButton(tr("&Only from"), this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_to(new QDateEdit(QDate::currentDate().addMonths(3), this))
    , m_notes(new QCheckBox(tr("Include the organizers' &notes (only for calendars no one else sees)"), this))
{
    setWindowTitle(tr("Export to a Calendar File"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Writes an .ics file that Google Calendar, Outlook and Thunderbird can "
                                    "import. Series keep their repeat rule."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_all);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    layout->addLayout(rangeRow);
    layout->addWidget(m_notes);
    m_all->setChecked(true);
    auto enableRange = [this] {
        m_from->setEnabled(m_range->isChecked());
        m_to->setEnabled(m_range->isChecked());
    };
    connect(m_range, &QRadioButton::toggled, this, enableRange);
    enableRange();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarExportDialog::reject);
}

void CalendarExportDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_range->setChecked(true);
}

QString CalendarExportDialog::askPath(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, tr("Export to a Calendar File"),
                                        QDir::home().filePath(suggestedName), tr("iCalendar files (*.ics)"));
}

bool CalendarExportDialog::save(QWidget *parent, const Result<CalendarExporter::Exported> &exported,
                                const QString &path)
{
    if (!exported) {
        QMessageBox::warning(parent, tr("Export to a Calendar File"), exported.error().message());
        return false;
    }
    auto written = CalendarExporter::writeFile(path, exported->bytes);
    if (!written) {
        QMessageBox::warning(parent, tr("Export to a Calendar File"), written.error().message());
        return false;
    }
    if (exported->leftOut > 0)
        QMessageBox::information(
            parent, tr("Export to a Calendar File"),
            tr("%n tentative event(s) without a day were left out: a calendar file needs "
               "a date for each event.",
               nullptr, exported->leftOut));
    return true;
}

void CalendarExportDialog::accept()
{
    if (m_range->isChecked() && m_to->date() < m_from->date()) {
        QMessageBox::warning(this, windowTitle(), tr("The end of the range is before its start."));
        return;
    }
    const QString path = askPath(this, QStringLiteral("offkai.ics"));
    if (path.isEmpty())
        return;
    CalendarExporter::Options options;
    options.includeNotes = m_notes->isChecked();
    const bool range = m_range->isChecked();
    if (!save(this,
              CalendarExporter(m_workspace)
                  .exportRange(range ? m_from->date() : QDate(), range ? m_to->date() : QDate(), options),
              path))
        return;
    m_written = path;
    QDialog::accept();
}

bool CalendarExportDialog::exportEvent(Workspace &workspace, qint64 eventId, QWidget *parent)
{
    const QString path = askPath(parent, QStringLiteral("event.ics"));
    return !path.isEmpty() && save(parent, CalendarExporter(workspace).exportEvent(eventId), path);
}

bool CalendarExportDialog::exportSeries(Workspace &workspace, qint64 seriesId, QWidget *parent)
{
    const QString path = askPath(parent, QStringLiteral("series.ics"));
    return !path.isEmpty() && save(parent, CalendarExporter(workspace).exportSeries(seriesId), path);
}

} // namespace offkai
