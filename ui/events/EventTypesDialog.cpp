#include "EventTypesDialog.h"

#include "stores/EventStore.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
enum Column
{
    NameColumn,
    ColorColumn
};

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}
} // namespace

EventTypesDialog::EventTypesDialog(EventStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("eventTypesDialog"));
    setWindowTitle(tr("Event Types"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("typesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Colour")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColorColumn, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("Event types"));

    auto *add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_color = new QPushButton(tr("&Colour…"), this);
    connect(add, &QPushButton::clicked, this, &EventTypesDialog::addType);
    connect(m_remove, &QPushButton::clicked, this, &EventTypesDialog::removeCurrentType);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentType(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentType(1); });
    connect(m_color, &QPushButton::clicked, this, &EventTypesDialog::chooseColor);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {add, m_remove, m_up, m_down, m_color})
        side->addWidget(button);
    side->addStretch(1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Events are coloured by type on the calendar. Double-click a name to "
                                    "rename it."),
                                 this));
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::cellChanged, this, &EventTypesDialog::onItemChanged);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == ColorColumn)
            chooseColor();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &EventTypesDialog::updateButtons);
    reload();
    resize(460, 420);
}

void EventTypesDialog::reload(const QString &selectKey)
{
    auto types = m_store.types();
    if (!types) {
        m_error->setText(types.error().message());
        return;
    }
    m_types = *types;
    m_loading = true;
    m_table->setRowCount(int(m_types.size()));
    int select = -1;
    for (int row = 0; row < m_types.size(); ++row) {
        const EventType &type = m_types.at(row);
        auto *name = new QTableWidgetItem(type.displayName());
        name->setData(Qt::UserRole, type.key);
        m_table->setItem(row, NameColumn, name);
        auto *color = new QTableWidgetItem(swatch(QColor(type.color)), type.color);
        color->setFlags(color->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, ColorColumn, color);
        if (type.key == selectKey)
            select = row;
    }
    m_loading = false;
    if (select >= 0)
        m_table->setCurrentCell(select, NameColumn);
    updateButtons();
}

bool EventTypesDialog::save(const EventType &type)
{
    if (auto saved = m_store.saveType(type); !saved) {
        m_error->setText(saved.error().message());
        return false;
    }
    m_error->clear();
    return true;
}

void EventTypesDialog::onItemChanged(int row, int column)
{
    if (m_loading || column != NameColumn || row < 0 || row >= m_types.size())
        return;
    EventType type = m_types.at(row);
    const QString name = m_table->item(row, column)->text().trimmed();
    // A built-in type keeps its translated name unless the organizer really renames it.
    type.label = name == EventType::builtInName(type.key) && type.label.isEmpty() ? QString() : name;
    if (name.isEmpty()) {
        m_error->setText(tr("An event type needs a name."));
        return reload(type.key);
    }
    save(type);
    reload(type.key);
}

void EventTypesDialog::addType()
{
    const QString label = tr("New type");
    auto key = m_store.newTypeKey();
    if (!key) {
        m_error->setText(key.error().message());
        return;
    }
    EventType type;
    type.key = *key;
    type.label = label;
    type.color = QStringLiteral("#607d8b");
    type.position = m_types.isEmpty() ? 1 : m_types.constLast().position + 1;
    if (!save(type))
        return;
    reload(type.key);
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->editItem(m_table->item(row, NameColumn));
}

void EventTypesDialog::removeCurrentType()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_types.size())
        return;
    if (auto removed = m_store.removeType(m_types.at(row).key); !removed) {
        m_error->setText(removed.error().message());
        return;
    }
    m_error->clear();
    reload(row + 1 < m_types.size() ? m_types.at(row + 1).key : QString());
}

void EventTypesDialog::moveCurrentType(int delta)
{
    const int row = m_table->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_types.size())
        return;
    // Positions are renumbered so that equal positions from older catalogues cannot block the move.
    QList<EventType> order = m_types;
    order.move(row, other);
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position != i + 1) {
            order[i].position = i + 1;
            if (!save(order.at(i)))
                break;
        }
    }
    reload(order.at(other).key);
}

void EventTypesDialog::chooseColor()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_types.size())
        return;
    const QColor color = QColorDialog::getColor(QColor(m_types.at(row).color), this,
                                                tr("Colour of “%1”").arg(m_types.at(row).displayName()));
    if (color.isValid())
        setCurrentColor(color);
}

void EventTypesDialog::setCurrentColor(const QColor &color)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_types.size() || !color.isValid())
        return;
    EventType type = m_types.at(row);
    type.color = color.name(QColor::HexRgb);
    save(type);
    reload(type.key);
}

void EventTypesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_types.size();
    m_remove->setEnabled(has);
    m_color->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_types.size());
}

} // namespace offkai
