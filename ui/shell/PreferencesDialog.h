#pragma once

#include "records/CommunitySettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace offkai {

class TimeZoneBox;
class Workspace;

/// Edit › Preferences: the community's settings, stored in its database. OK saves them (a refusal is
/// shown above the buttons and nothing typed is lost); the theme is tried at once while the dialog is
/// open and put back by Cancel.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The settings as the dialog shows them.
    CommunitySettings settings() const;
    void setSettings(const CommunitySettings &settings);
    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void showError(const QString &message);

    Workspace &m_workspace;
    CommunitySettings m_loaded;
    QLineEdit *m_name = nullptr;
    TimeZoneBox *m_timeZone = nullptr;
    QSpinBox *m_fee = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_staff = nullptr;
    QComboBox *m_kana = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_reportLanguage = nullptr;
    QSpinBox *m_nextTime = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace offkai
