#include "ImportMappingPage.h"

#include "MemberImportWizard.h"
#include "stores/ImportPresetStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kPreviewRows = 5;

enum MappingColumn
{
    ColumnName,
    ColumnExample,
    ColumnField,
};

enum PreviewColumn
{
    PreviewName,
    PreviewReading,
    PreviewEmails,
    PreviewAffiliation,
    PreviewTags,
    PreviewStatus,
    PreviewCheck,
    PreviewColumnCount,
};
} // namespace

ImportMappingPage::ImportMappingPage(MemberImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_presetCombo(new QComboBox(this))
    , m_applyPresetButton(new QPushButton(tr("&Apply"), this))
    , m_deletePresetButton(new QPushButton(tr("De&lete"), this))
    , m_presetNameEdit(new QLineEdit(this))
    , m_savePresetButton(new QPushButton(tr("&Save Preset"), this))
    , m_messageLabel(new QLabel(this))
    , m_mappingTable(new QTableWidget(0, 3, this))
    , m_preview(new QTableWidget(0, PreviewColumnCount, this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(
        tr("Choose the member field each column fills. Columns set to “Do not import” are left out."));
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setAccessibleName(tr("Saved presets"));
    m_applyPresetButton->setObjectName(QStringLiteral("applyPresetButton"));
    m_deletePresetButton->setObjectName(QStringLiteral("deletePresetButton"));
    m_presetNameEdit->setObjectName(QStringLiteral("presetNameEdit"));
    m_presetNameEdit->setPlaceholderText(tr("Preset name"));
    m_presetNameEdit->setAccessibleName(tr("Preset name"));
    m_savePresetButton->setObjectName(QStringLiteral("savePresetButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Imports as")});
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnName, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnExample, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnField, QHeaderView::ResizeToContents);
    m_mappingTable->setAccessibleName(tr("Column mapping"));

    m_preview->setObjectName(QStringLiteral("membersPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Name"), tr("Reading"), tr("Email"), tr("Affiliation"), tr("Tags"), tr("Status"), tr("Check")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Preview of the first members"));

    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_presetCombo);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(m_applyPresetButton);
    presetRow->addWidget(m_deletePresetButton);
    presetRow->addSpacing(12);
    presetRow->addWidget(m_presetNameEdit, 1);
    presetRow->addWidget(m_savePresetButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(new QLabel(tr("The first members as they will be imported:"), this));
    layout->addWidget(m_preview, 2);

    connect(m_applyPresetButton, &QPushButton::clicked, this, &ImportMappingPage::applyPreset);
    connect(m_deletePresetButton, &QPushButton::clicked, this, &ImportMappingPage::deletePreset);
    connect(m_savePresetButton, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
    connect(m_presetNameEdit, &QLineEdit::returnPressed, this, &ImportMappingPage::savePreset);
    connect(&m_wizard->presets(), &ImportPresetStore::presetsChanged, this,
            &ImportMappingPage::reloadPresets);
}

void ImportMappingPage::initializePage()
{
    ImportSession &session = m_wizard->session();
    const QStringList headers = session.headers(tr("Column %1"));
    MemberCsvMapping mapping =
        session.hasHeader ? MemberCsvMapping::guess(headers) : MemberCsvMapping().appliedTo(headers, false);
    mapping.encoding = TextDecoding::key(session.encoding);
    mapping.delimiter = session.delimiter;
    mapping.hasHeader = session.hasHeader;
    session.mapping = mapping;
    reloadPresets();
    showMessage({}, false);
    rebuildTable();
}

bool ImportMappingPage::isComplete() const
{
    const MemberCsvMapping &mapping = m_wizard->session().mapping;
    return mapping.maps(MemberCsvMapping::Field::DisplayName) ||
           mapping.maps(MemberCsvMapping::Field::FamilyName) ||
           mapping.maps(MemberCsvMapping::Field::GivenName);
}

QComboBox *ImportMappingPage::fieldCombo(int index) const
{
    return qobject_cast<QComboBox *>(m_mappingTable->cellWidget(index, ColumnField));
}

void ImportMappingPage::rebuildTable()
{
    const ImportSession &session = m_wizard->session();
    const QStringList headers = session.headers(tr("Column %1"));
    m_mappingTable->setRowCount(int(headers.size()));
    const auto &records = session.table->records;
    for (int c = 0; c < headers.size(); ++c) {
        m_mappingTable->setItem(c, ColumnName, new QTableWidgetItem(headers.at(c)));
        QString example;
        for (qsizetype r = session.firstDataRecord(); r < records.size() && example.isEmpty() && r < 20;
             ++r) {
            if (c < records.at(r).fields.size())
                example = records.at(r).fields.at(c).simplified();
        }
        m_mappingTable->setItem(c, ColumnExample, new QTableWidgetItem(example));
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        combo->setAccessibleName(tr("Field for column %1").arg(headers.at(c)));
        for (const auto field : MemberCsvMapping::allFields())
            combo->addItem(MemberCsvMapping::fieldLabel(field), MemberCsvMapping::fieldKey(field));
        combo->setCurrentIndex(combo->findData(MemberCsvMapping::fieldKey(session.mapping.fieldAt(c))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c](int index) { fieldChosen(c, index); });
        m_mappingTable->setCellWidget(c, ColumnField, combo);
    }
    updatePreview();
    Q_EMIT completeChanged();
}

void ImportMappingPage::fieldChosen(int column, int comboIndex)
{
    const auto field = MemberCsvMapping::fieldFromKey(fieldCombo(column)->itemData(comboIndex).toString());
    m_wizard->session().mapping.setField(column, field.value_or(MemberCsvMapping::Field::Ignore));
    updatePreview();
    Q_EMIT completeChanged();
}

void ImportMappingPage::updatePreview()
{
    const ImportSession &session = m_wizard->session();
    m_preview->setRowCount(0);
    const auto &records = session.table->records;
    QStringList rowNumbers;
    for (qsizetype r = session.firstDataRecord(); r < records.size() && m_preview->rowCount() < kPreviewRows;
         ++r) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        rowNumbers.append(QString::number(records.at(r).row));
        QStringList warnings;
        const auto member = MemberImporter::memberFromRow(records.at(r).fields, session.mapping,
                                                          session.options.invalidEmails, &warnings);
        if (!member) {
            auto *item = new QTableWidgetItem(member.error().message());
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_preview->setItem(row, PreviewCheck, item);
            continue;
        }
        m_preview->setItem(row, PreviewName, new QTableWidgetItem(member->displayName));
        m_preview->setItem(row, PreviewReading, new QTableWidgetItem(member->reading));
        m_preview->setItem(row, PreviewEmails,
                           new QTableWidgetItem(member->emails.join(QStringLiteral(", "))));
        m_preview->setItem(row, PreviewAffiliation, new QTableWidgetItem(member->affiliation));
        m_preview->setItem(row, PreviewTags, new QTableWidgetItem(member->tags.join(QStringLiteral(", "))));
        m_preview->setItem(row, PreviewStatus, new QTableWidgetItem(Member::statusLabel(member->status)));
        m_preview->setItem(
            row, PreviewCheck,
            new QTableWidgetItem(warnings.isEmpty() ? tr("OK") : warnings.join(QLatin1Char(' '))));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
}

void ImportMappingPage::reloadPresets()
{
    const QString current = m_presetCombo->currentText();
    m_presetCombo->clear();
    const auto names = m_wizard->presets().names();
    if (names)
        m_presetCombo->addItems(*names);
    else
        showMessage(names.error().message(), true);
    m_presetCombo->setCurrentIndex(std::max(0, m_presetCombo->findText(current)));
    const bool any = m_presetCombo->count() > 0;
    m_presetCombo->setEnabled(any);
    m_applyPresetButton->setEnabled(any);
    m_deletePresetButton->setEnabled(any);
}

void ImportMappingPage::applyPreset()
{
    const QString name = m_presetCombo->currentText();
    const auto preset = m_wizard->presets().load(name);
    if (!preset) {
        showMessage(preset.error().message(), true);
        return;
    }
    ImportSession &session = m_wizard->session();
    session.mapping = preset->appliedTo(session.headers(tr("Column %1")), session.hasHeader);
    rebuildTable();
    showMessage(tr("Applied the preset “%1”.").arg(name), false);
}

void ImportMappingPage::savePreset()
{
    const QString name = m_presetNameEdit->text().trimmed();
    const auto saved = m_wizard->presets().save(name, m_wizard->session().mapping);
    if (!saved) {
        showMessage(saved.error().message(), true);
        return;
    }
    m_presetCombo->setCurrentIndex(m_presetCombo->findText(name));
    m_presetNameEdit->clear();
    showMessage(tr("Saved the preset “%1”.").arg(name), false);
}

void ImportMappingPage::deletePreset()
{
    const QString name = m_presetCombo->currentText();
    if (auto removed = m_wizard->presets().remove(name); !removed)
        showMessage(removed.error().message(), true);
    else
        showMessage(tr("Deleted the preset “%1”.").arg(name), false);
}

void ImportMappingPage::showMessage(const QString &message, bool isError)
{
    m_messageLabel->setText(message);
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
    m_messageLabel->setVisible(!message.isEmpty());
}

} // namespace offkai
