#include "ChartCard.h"

#include "exchange/CsvWriter.h"
#include "items/FigureTableModel.h"
#include "shell/Icons.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace offkai {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(title)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);

    m_titleLabel = new QLabel(title, this);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    m_tableButton = new QToolButton(this);
    // Every card has one: no mnemonic (Alt+T could not choose among them); Tab reaches it.
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(tr("Show the numbers as a table"));
    m_tableButton->setAccessibleName(tr("Show the numbers of “%1” as a table").arg(title));
    connect(m_tableButton, &QToolButton::toggled, this, &ChartCard::setShowsTable);

    auto *menu = new QMenu(this);
    QAction *png = menu->addAction(tr("Save as &PNG…"));
    QAction *svg = menu->addAction(tr("Save as &SVG…"));
    menu->addSeparator();
    QAction *csv = menu->addAction(Icons::get(QStringLiteral("edit-copy")), tr("&Copy Data as CSV"));
    connect(png, &QAction::triggered, this, [this] { saveImage(false); });
    connect(svg, &QAction::triggered, this, [this] { saveImage(true); });
    connect(csv, &QAction::triggered, this, &ChartCard::copyCsv);
    m_menuButton = new QToolButton(this);
    m_menuButton->setIcon(Icons::get(QStringLiteral("document-save-as")));
    m_menuButton->setToolTip(tr("Save or copy"));
    m_menuButton->setAccessibleName(tr("Save or copy “%1”").arg(title));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(menu);

    m_header = new QWidget(this);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_tableButton);
    header->addWidget(m_menuButton);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(230);
    m_table = new QTableView(this);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(230);
    m_empty = new QLabel(tr("No figures for this period."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
}

void ChartCard::setModel(FigureTableModel *model, ChartBuilder builder)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_builder = std::move(builder);
    m_table->setModel(model);
    m_tableButton->setVisible(hasChart());
    connect(model, &QAbstractItemModel::modelReset, this, &ChartCard::rebuildChart);
    rebuildChart();
}

void ChartCard::addHeaderWidget(QWidget *widget)
{
    static_cast<QHBoxLayout *>(m_header->layout())->insertWidget(1, widget);
}

void ChartCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool ChartCard::showsTable() const
{
    return !hasChart() || m_tableButton->isChecked();
}

void ChartCard::setShowsTable(bool table)
{
    if (m_tableButton->isChecked() != table) {
        m_tableButton->setChecked(table); // comes back here through toggled()
        return;
    }
    updateView();
}

void ChartCard::updateView()
{
    if (m_model && m_model->rowCount() == 0)
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentWidget(showsTable() ? static_cast<QWidget *>(m_table) : m_chartView);
    m_table->resizeColumnsToContents();
}

void ChartCard::rebuildChart()
{
    if (m_builder && m_model) {
        QChart *old = m_chartView->chart();
        m_chartView->setChart(m_builder(*m_model));
        delete old;
    }
    updateView();
}

bool ChartCard::savePng(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QPixmap pixmap = showsTable() ? m_table->grab() : m_chartView->grab();
    return pixmap.save(&file, "PNG") && file.commit();
}

bool ChartCard::saveSvg(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QWidget *source = showsTable() ? static_cast<QWidget *>(m_table) : m_chartView;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(source->size());
    generator.setViewBox(QRect(QPoint(0, 0), source->size()));
    generator.setTitle(m_title);
    {
        QPainter painter(&generator);
        if (source == m_chartView)
            m_chartView->render(&painter);
        else
            source->render(&painter);
    }
    return file.commit();
}

QString ChartCard::csv() const
{
    CsvWriter writer;
    writer.setProtectFormulas(true);
    if (m_model) {
        for (const QStringList &row : m_model->plainRows())
            writer.addRow(row);
    }
    return writer.text();
}

void ChartCard::copyCsv()
{
    QApplication::clipboard()->setText(csv());
    Q_EMIT statusMessage(tr("Copied the figures of “%1” as CSV.").arg(m_title));
}

void ChartCard::saveImage(bool svg)
{
    // The Pictures folder, or home when there is none (the dialog would otherwise open where Offkai started).
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString name = m_title;
    for (QChar &ch : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(ch) || ch.unicode() < 0x20)
            ch = QLatin1Char('_');
    }
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"),
                                                folder + QLatin1Char('/') + name + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!(svg ? saveSvg(path) : savePng(path))) {
        QMessageBox::warning(this, tr("Save Chart"),
                             tr("Could not write %1. Check that the folder exists, that you may write to it "
                                "and that the disk is not full.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT statusMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace offkai
