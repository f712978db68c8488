#include "ImportMappingPage.h"

#include "MemberImportWizard.h"
#include "stores/ImportPresetStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kPreviewRows = 5;
/// The data of a built-in preset's entry in the preset box ("builtin:connpass").
constexpr char kBuiltInPrefix[] = "builtin:";
/// The data of a join question's entry in a field box ("answer:12").
constexpr char kAnswerPrefix[] = "answer:";

QString answerKey(qint64 questionId)
{
    return QLatin1String(kAnswerPrefix) + QString::number(questionId);
}

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
    , m_ignoredLabel(new QLabel(this))
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
    m_ignoredLabel->setObjectName(QStringLiteral("ignoredColumnsLabel"));
    m_ignoredLabel->setWordWrap(true);

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
    layout->addWidget(m_ignoredLabel);

    connect(m_applyPresetButton, &QPushButton::clicked, this, &ImportMappingPage::applyPreset);
    connect(m_deletePresetButton, &QPushButton::clicked, this, &ImportMappingPage::deletePreset);
    connect(m_savePresetButton, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
    connect(m_presetNameEdit, &QLineEdit::returnPressed, this, &ImportMappingPage::savePreset);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::presetChosen);
    connect(&m_wizard->presets(), &ImportPresetStore::presetsChanged, this,
            &ImportMappingPage::reloadPresets);
}

void ImportMappingPage::initializePage()
{
    ImportSession &session = m_wizard->session();
    const QStringList headers = session.headers(tr("Column %1"));
    const auto questions = m_wizard->joinQuestions();
    session.questions = questions ? *questions : QList<JoinQuestion>();
    session.service.reset();
    if (session.hasHeader) {
        const auto guessed = MemberServicePresets::guess(headers, session.questions);
        setMapping(guessed.mapping);
        session.service = guessed.preset;
    } else {
        setMapping(MemberCsvMapping().appliedTo(headers, false));
    }
    reloadPresets();
    if (!questions)
        showMessage(questions.error().message(), true);
    else if (session.service)
        showMessage(tr("Recognised as %1. Correct the columns if needed and save them as a preset.")
                        .arg(MemberServicePresets::label(*session.service)),
                    false);
    else if (session.hasHeader && !session.mapping.mapsName())
        showMessage(MemberServicePresets::missingNameError(headers).message(), true);
    else
        showMessage({}, false);
    rebuildTable();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->session().mapping.mapsName();
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
        for (const JoinQuestion &question : session.questions)
            combo->addItem(tr("Join question: %1").arg(question.text), answerKey(question.id));
        const auto field = session.mapping.fieldAt(c);
        combo->setCurrentIndex(combo->findData(field == MemberCsvMapping::Field::Answer
                                                   ? answerKey(session.mapping.questionAt(c))
                                                   : MemberCsvMapping::fieldKey(field)));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c](int index) { fieldChosen(c, index); });
        m_mappingTable->setCellWidget(c, ColumnField, combo);
    }
    updatePreview();
    Q_EMIT completeChanged();
}

void ImportMappingPage::fieldChosen(int column, int comboIndex)
{
    const QString key = fieldCombo(column)->itemData(comboIndex).toString();
    if (key.startsWith(QLatin1String(kAnswerPrefix))) {
        m_wizard->session().mapping.setField(column, MemberCsvMapping::Field::Answer,
                                             key.mid(qsizetype(qstrlen(kAnswerPrefix))).toLongLong());
    } else {
        const auto field = MemberCsvMapping::fieldFromKey(key);
        m_wizard->session().mapping.setField(column, field.value_or(MemberCsvMapping::Field::Ignore));
    }
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
                                                          session.options.invalidEmails, &warnings,
                                                          session.options.readingKana);
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
    const QStringList ignored = session.hasHeader ? session.mapping.ignoredHeaders() : QStringList();
    m_ignoredLabel->setText(
        ignored.isEmpty()
            ? QString()
            : tr("Not imported (no place in a member): %1").arg(ignored.join(QStringLiteral(", "))));
    m_ignoredLabel->setVisible(!ignored.isEmpty());
}

void ImportMappingPage::reloadPresets()
{
    const QString current = m_presetCombo->currentText();
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->clear();
    for (const auto preset : MemberServicePresets::all())
        m_presetCombo->addItem(tr("%1 (built in)").arg(MemberServicePresets::label(preset)),
                               QString(QLatin1String(kBuiltInPrefix) + MemberServicePresets::key(preset)));
    const auto names = m_wizard->presets().names();
    if (names) {
        for (const QString &name : *names)
            m_presetCombo->addItem(name, name);
    } else {
        showMessage(names.error().message(), true);
    }
    const auto &service = m_wizard->session().service;
    const int fallback = service ? m_presetCombo->findData(QString(QLatin1String(kBuiltInPrefix) +
                                                                   MemberServicePresets::key(*service)))
                                 : 0;
    const int found = m_presetCombo->findText(current);
    m_presetCombo->setCurrentIndex(found >= 0 ? found : std::max(0, fallback));
    presetChosen();
}

std::optional<MemberServicePresets::Preset> ImportMappingPage::chosenBuiltIn() const
{
    const QString data = m_presetCombo->currentData().toString();
    if (!data.startsWith(QLatin1String(kBuiltInPrefix)))
        return std::nullopt;
    return MemberServicePresets::fromKey(data.mid(qsizetype(qstrlen(kBuiltInPrefix))));
}

void ImportMappingPage::presetChosen()
{
    // A built-in preset is code: it can be applied, and saved under a name once corrected, not deleted.
    m_deletePresetButton->setEnabled(m_presetCombo->count() > 0 && !chosenBuiltIn());
}

void ImportMappingPage::setMapping(const MemberCsvMapping &mapping)
{
    ImportSession &session = m_wizard->session();
    session.mapping = mapping;
    session.mapping.encoding = TextDecoding::key(session.encoding);
    session.mapping.delimiter = session.delimiter;
    session.mapping.hasHeader = session.hasHeader;
}

void ImportMappingPage::applyPreset()
{
    const QString name = m_presetCombo->currentText();
    ImportSession &session = m_wizard->session();
    const QStringList headers = session.headers(tr("Column %1"));
    if (const auto builtIn = chosenBuiltIn()) {
        setMapping(MemberServicePresets::mapping(*builtIn, headers, session.questions));
        session.service = builtIn;
        rebuildTable();
        showMessage(tr("Applied the preset “%1”.").arg(name), false);
        return;
    }
    const auto preset = m_wizard->presets().load(m_presetCombo->currentData().toString());
    if (!preset) {
        showMessage(preset.error().message(), true);
        return;
    }
    session.mapping = preset->appliedTo(headers, session.hasHeader);
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
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(name));
    m_presetNameEdit->clear();
    showMessage(tr("Saved the preset “%1”.").arg(name), false);
}

void ImportMappingPage::deletePreset()
{
    if (chosenBuiltIn())
        return;
    const QString name = m_presetCombo->currentData().toString();
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
