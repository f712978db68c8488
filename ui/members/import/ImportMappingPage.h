#pragma once

#include "exchange/MemberCsvMapping.h"
#include "exchange/MemberServicePresets.h"

#include <optional>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace offkai {

class MemberImportWizard;

/// Step 3: which member field each column fills, guessed from the column names or taken from the built-in
/// preset of the service the header row comes from (connpass, Meetup, Zoom, …), with a live preview of the
/// first members, the columns left out, and named presets to save and reuse a mapping.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(MemberImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The combo box that maps column `index` (for tests and accessibility tools).
    QComboBox *fieldCombo(int index) const;

private:
    void rebuildTable();
    void fieldChosen(int column, int comboIndex);
    void updatePreview();
    void reloadPresets();
    void presetChosen();
    /// The built-in preset chosen in the preset box, nullopt for a saved one.
    std::optional<MemberServicePresets::Preset> chosenBuiltIn() const;
    /// `mapping` with the file's encoding, delimiter and header row, as the session's.
    void setMapping(const MemberCsvMapping &mapping);
    void applyPreset();
    void savePreset();
    void deletePreset();
    void showMessage(const QString &message, bool isError);

    MemberImportWizard *m_wizard;
    QComboBox *m_presetCombo;
    QPushButton *m_applyPresetButton;
    QPushButton *m_deletePresetButton;
    QLineEdit *m_presetNameEdit;
    QPushButton *m_savePresetButton;
    QLabel *m_messageLabel;
    QTableWidget *m_mappingTable;
    QTableWidget *m_preview;
    QLabel *m_ignoredLabel;
};

} // namespace offkai
