#include "VenueEditor.h"

#include "ui_VenueEditor.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyledItemDelegate>

namespace offkai {

namespace {
enum StationColumn
{
    StationName,
    StationLine,
    StationExit,
    StationWalk
};

/// Walking minutes edited with a spin box; an empty cell means "not given".
class MinutesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, 180);
        spin->setSpecialValueText(VenueEditor::tr("Not set"));
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        static_cast<QSpinBox *>(editor)->setValue(value.toString().isEmpty() ? -1 : value.toInt());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const int value = static_cast<QSpinBox *>(editor)->value();
        model->setData(index, value < 0 ? QVariant(QString()) : QVariant(value), Qt::EditRole);
    }
};
} // namespace

VenueEditor::VenueEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VenueEditor>())
{
    m_ui->setupUi(this);
    m_shortMapEdit = new QLineEdit(this);
    m_shortMapEdit->setObjectName(QStringLiteral("shortMapEdit"));
    m_shortMapEdit->setAccessibleName(tr("Short map link"));
    m_shortMapEdit->setPlaceholderText(
        tr("A short link such as https://maps.app.goo.gl/…, for plain-text posts"));
    m_shortMapEdit->setClearButtonEnabled(true);
    auto *shortMapLabel = new QLabel(tr("Short ma&p link"), this);
    shortMapLabel->setBuddy(m_shortMapEdit);
    int mapRow = 0;
    QFormLayout::ItemRole mapRole{};
    m_ui->formLayout->getWidgetPosition(m_ui->mapUrlEdit, &mapRow, &mapRole);
    m_ui->formLayout->insertRow(mapRow + 1, shortMapLabel, m_shortMapEdit);
    setTabOrder(m_ui->mapUrlEdit, m_shortMapEdit);
    for (Venue::Kind kind : Venue::allKinds())
        m_ui->kindCombo->addItem(Venue::kindLabel(kind), Venue::kindKey(kind));
    m_ui->stationsTable->setItemDelegateForColumn(StationWalk, new MinutesDelegate(m_ui->stationsTable));
    auto *header = m_ui->stationsTable->horizontalHeader();
    // The line ("JR山手線・京浜東北線") is the long one: it takes the width the others leave, on one line
    // (elided, with the whole text in its tooltip) rather than wrapped into a row too short for it.
    header->setSectionResizeMode(StationName, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StationLine, QHeaderView::Stretch);
    header->setSectionResizeMode(StationExit, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StationWalk, QHeaderView::ResizeToContents);
    m_ui->stationsTable->setWordWrap(false);
    m_ui->stationsTable->setTextElideMode(Qt::ElideRight);
    connect(m_ui->stationsTable, &QTableWidget::itemChanged, this,
            [](QTableWidgetItem *item) { item->setToolTip(item->text()); });
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                                                     "padding: 6px; border-radius: 4px;"));
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->timestampsLabel->setForegroundRole(QPalette::PlaceholderText);

    const auto changed = [this] {
        markChanged();
    };
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->mapUrlEdit, m_shortMapEdit, m_ui->priceEdit,
                            m_ui->phoneEdit, m_ui->webEdit, m_ui->meetingEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *edit :
         {m_ui->addressEdit, m_ui->busEdit, m_ui->parkingEdit, m_ui->nearbyEdit, m_ui->notesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] { showPlaceFields(); });
    connect(m_ui->capacitySpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->stationsTable, &QTableWidget::itemChanged, this, changed);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] { updateHeading(); });
    connect(m_ui->addStationButton, &QPushButton::clicked, this, &VenueEditor::addStation);
    connect(m_ui->removeStationButton, &QPushButton::clicked, this, &VenueEditor::removeStation);
    connect(m_ui->openMapButton, &QPushButton::clicked, this, &VenueEditor::openMap);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &VenueEditor::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { setVenue(m_original); });
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &VenueEditor::saveRequested);
    clear();
}

VenueEditor::~VenueEditor() = default;

void VenueEditor::setVenue(const Venue &v)
{
    m_loading = true;
    m_original = v;
    setEnabled(true);
    m_ui->nameEdit->setText(v.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Venue::kindKey(v.kind)));
    m_ui->addressEdit->setPlainText(v.address);
    m_ui->mapUrlEdit->setText(v.mapUrl);
    m_shortMapEdit->setText(v.shortMapUrl);
    m_ui->busEdit->setPlainText(v.bus);
    m_ui->parkingEdit->setPlainText(v.parking);
    m_ui->nearbyEdit->setPlainText(v.nearby);
    m_ui->capacitySpin->setValue(v.capacity.value_or(-1));
    m_ui->priceEdit->setText(v.priceRange);
    m_ui->phoneEdit->setText(v.phone);
    m_ui->webEdit->setText(v.webUrl);
    m_ui->meetingEdit->setText(v.meetingUrl);
    m_ui->notesEdit->setPlainText(v.notes);
    m_ui->stationsTable->setRowCount(0);
    for (const VenueStation &s : v.stations) {
        const int row = m_ui->stationsTable->rowCount();
        m_ui->stationsTable->insertRow(row);
        m_ui->stationsTable->setItem(row, StationName, new QTableWidgetItem(s.station));
        m_ui->stationsTable->setItem(row, StationLine, new QTableWidgetItem(s.line));
        m_ui->stationsTable->setItem(row, StationExit, new QTableWidgetItem(s.exit));
        auto *walk = new QTableWidgetItem;
        walk->setData(Qt::EditRole, s.walkMinutes ? QVariant(*s.walkMinutes) : QVariant(QString()));
        m_ui->stationsTable->setItem(row, StationWalk, walk);
        for (int column = StationName; column <= StationExit; ++column) {
            QTableWidgetItem *item = m_ui->stationsTable->item(row, column);
            item->setToolTip(item->text());
        }
    }
    const QLocale locale;
    m_ui->timestampsLabel->setText(
        v.createdAt.isValid() ? tr("Added %1 · Last changed %2")
                                    .arg(locale.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat),
                                         locale.toString(v.updatedAt.toLocalTime(), QLocale::ShortFormat))
                              : QString());
    m_ui->messageLabel->hide();
    m_loading = false;
    showPlaceFields();
    updateHeading();
    markChanged();
}

void VenueEditor::clear()
{
    setVenue(Venue());
    m_ui->headingLabel->setText(tr("No venue selected"));
    setEnabled(false);
}

Venue VenueEditor::edited() const
{
    Venue v = m_original;
    v.name = m_ui->nameEdit->text();
    v.kind = Venue::kindFromKey(m_ui->kindCombo->currentData().toString()).value_or(Venue::Kind::Other);
    v.address = m_ui->addressEdit->toPlainText();
    v.mapUrl = m_ui->mapUrlEdit->text();
    v.shortMapUrl = m_shortMapEdit->text();
    v.bus = m_ui->busEdit->toPlainText();
    v.parking = m_ui->parkingEdit->toPlainText();
    v.nearby = m_ui->nearbyEdit->toPlainText();
    v.capacity =
        m_ui->capacitySpin->value() < 0 ? std::nullopt : std::optional<int>(m_ui->capacitySpin->value());
    v.priceRange = m_ui->priceEdit->text();
    v.phone = m_ui->phoneEdit->text();
    v.webUrl = m_ui->webEdit->text();
    v.meetingUrl = m_ui->meetingEdit->text();
    v.notes = m_ui->notesEdit->toPlainText();
    v.stations.clear();
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_ui->stationsTable->item(row, column);
        return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
    };
    for (int row = 0; row < m_ui->stationsTable->rowCount(); ++row) {
        VenueStation s{text(row, StationName), text(row, StationLine), text(row, StationExit), std::nullopt};
        bool ok = false;
        const int minutes = text(row, StationWalk).toInt(&ok);
        if (ok)
            s.walkMinutes = minutes;
        if (s.station.isEmpty() && s.line.isEmpty() && s.exit.isEmpty() && !s.walkMinutes)
            continue; // an untouched new row
        v.stations.append(s);
    }
    return v;
}

bool VenueEditor::isDirty() const
{
    return hasVenue() && !edited().sameContent(m_original);
}

void VenueEditor::markChanged()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_ui->saveButton->setEnabled(dirty);
    m_ui->revertButton->setEnabled(dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void VenueEditor::updateHeading()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    m_ui->headingLabel->setText(name.isEmpty() ? tr("Unnamed venue") : name);
    m_ui->openMapButton->setEnabled(edited().mapLink().isValid());
}

void VenueEditor::showPlaceFields()
{
    // An online room has no address, map, stations, bus or parking: its rows are hidden (what they hold
    // is kept, and shows again when the kind changes back).
    const bool place = m_ui->kindCombo->currentData().toString() != Venue::kindKey(Venue::Kind::Online);
    m_ui->formLayout->setRowVisible(m_ui->addressLayout, place);
    m_ui->formLayout->setRowVisible(m_ui->stationsLayout, place);
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->mapUrlEdit, m_shortMapEdit, m_ui->busEdit,
                                                           m_ui->parkingEdit, m_ui->nearbyEdit})
        m_ui->formLayout->setRowVisible(field, place);
}

void VenueEditor::showError(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void VenueEditor::focusName()
{
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void VenueEditor::addStation()
{
    const int row = m_ui->stationsTable->rowCount();
    m_ui->stationsTable->insertRow(row);
    m_ui->stationsTable->setCurrentCell(row, StationName);
    m_ui->stationsTable->editItem(m_ui->stationsTable->item(row, StationName)
                                      ? m_ui->stationsTable->item(row, StationName)
                                      : (m_ui->stationsTable->setItem(row, StationName, new QTableWidgetItem),
                                         m_ui->stationsTable->item(row, StationName)));
}

void VenueEditor::removeStation()
{
    const int row = m_ui->stationsTable->currentRow();
    if (row < 0)
        return;
    m_ui->stationsTable->removeRow(row);
    markChanged();
}

void VenueEditor::openMap()
{
    const QUrl url = edited().mapLink();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace offkai
