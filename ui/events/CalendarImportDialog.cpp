#include "CalendarImportDialog.h"

#include "stores/Workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace offkai {

CalendarImportDialog::CalendarImportDialog(Workspace &workspace, QWidget *parent, const QString &path)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_importer(workspace)
    , m_path(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import a Calendar File"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("&File:"), this));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(
        tr("An .ics file from Google Calendar, Outlook, Thunderbird or an event site"));
    fileRow->addWidget(m_path, 1);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    qobject_cast<QLabel *>(fileRow->itemAt(0)->widget())->setBuddy(choose);

    m_table->setHorizontalHeaderLabels({tr("Action"), tr("What"), tr("Title"), tr("When / where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &CalendarImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CalendarImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CalendarImportDialog::reject);
    if (!path.isEmpty())
        loadFile(path);
}

void CalendarImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a Calendar File"), m_path->text(),
                                     tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CalendarImportDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_plan.reset();
    auto plan = m_importer.previewFile(path);
    if (!plan) {
        m_table->setRowCount(0);
        m_summary->setText(tr("This file cannot be imported: %1").arg(plan.error().message()));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_plan = std::move(plan).value();
    showPlan();
}

void CalendarImportDialog::showPlan()
{
    m_table->setRowCount(int(m_plan->items.size()));
    int row = 0;
    for (const CalendarImportItem &item : std::as_const(m_plan->items)) {
        const QStringList cells{CalendarImporter::actionLabel(item.action),
                                CalendarImporter::kindLabel(item.kind), item.title, item.when};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (item.action == CalendarImportItem::Action::Unchanged)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, cell);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    const CalendarImporter::Counts &c = m_plan->counts;
    QString text = tr("%n new", nullptr, c.created) + tr(", %n to update", nullptr, c.updated) +
                   tr(", %n unchanged", nullptr, c.unchanged) +
                   tr(", %n new venue(s).", nullptr, c.venuesCreated);
    if (!m_plan->calendar.warnings.isEmpty())
        text += QLatin1Char('\n') + m_plan->calendar.warnings.join(QLatin1Char('\n'));
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.created + c.updated + c.venuesCreated > 0);
}

void CalendarImportDialog::accept()
{
    if (!m_plan)
        return;
    auto counts = m_importer.apply(*m_plan);
    if (!counts) {
        QMessageBox::warning(this, tr("Import a Calendar File"),
                             tr("Nothing was imported.") + QLatin1Char('\n') + counts.error().message());
        return;
    }
    m_counts = *counts;
    QDialog::accept();
}

} // namespace offkai
