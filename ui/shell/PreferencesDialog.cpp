#include "PreferencesDialog.h"

#include "shell/AppTheme.h"
#include "shell/TimeZoneBox.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kFeeNotSet = -1;      // the fee box's "Not set"; 0 is a free event
constexpr int kNoCapacityLimit = 0; // the capacity box's "No limit"

template<typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QFormLayout *group(QVBoxLayout *into, const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    into->addWidget(box);
    return form;
}
} // namespace

PreferencesDialog::PreferencesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_name = named(new QLineEdit(this), "communityName");
    m_name->setMaxLength(CommunitySettings::kMaximumNameLength);
    m_name->setPlaceholderText(tr("e.g. Online Cross-Industry Meetup"));
    m_timeZone = named(new TimeZoneBox(this), "timeZone");
    m_fee = named(new QSpinBox(this), "defaultFee");
    m_fee->setRange(kFeeNotSet, 10000000);
    m_fee->setSingleStep(500);
    m_fee->setSpecialValueText(tr("Not set"));
    m_fee->setSuffix(tr(" yen"));
    m_fee->setGroupSeparatorShown(true);
    m_capacity = named(new QSpinBox(this), "defaultCapacity");
    m_capacity->setRange(kNoCapacityLimit, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setGroupSeparatorShown(true);
    m_staff = named(new QCheckBox(tr("&Staff and speakers take places too"), this), "staffTakePlaces");
    m_kana = named(new QComboBox(this), "readingKana");
    for (CommunitySettings::ReadingKana kana : CommunitySettings::allReadingKana())
        m_kana->addItem(CommunitySettings::readingKanaLabel(kana), int(kana));
    m_theme = named(new QComboBox(this), "theme");
    for (CommunitySettings::Theme theme : CommunitySettings::allThemes())
        m_theme->addItem(CommunitySettings::themeLabel(theme), int(theme));
    m_reportLanguage = named(new QComboBox(this), "reportLanguage");
    m_reportLanguage->addItem(tr("The interface's language"), QString());
    m_reportLanguage->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_reportLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_nextTime = named(new QSpinBox(this), "nextTimeMonths");
    m_nextTime->setRange(1, CommunitySettings::kMaximumNextTimeMonths);
    m_nextTime->setSuffix(tr(" months"));

    auto *layout = new QVBoxLayout(this);
    QFormLayout *community = group(layout, tr("Community"), this);
    community->addRow(tr("&Name:"), m_name);
    QFormLayout *events = group(layout, tr("New events"), this);
    events->addRow(tr("&Time zone:"), m_timeZone);
    events->addRow(tr("&Fee per person:"), m_fee);
    events->addRow(tr("&Capacity:"), m_capacity);
    events->addRow(QString(), m_staff);
    QFormLayout *members = group(layout, tr("Members"), this);
    members->addRow(tr("&Readings written in:"), m_kana);
    auto *kanaNote = new QLabel(tr("Imports write the readings they read in this script."), this);
    kanaNote->setForegroundRole(QPalette::PlaceholderText);
    members->addRow(QString(), kanaNote);
    QFormLayout *reports = group(layout, tr("Reports"), this);
    reports->addRow(tr("&Language of new reports:"), m_reportLanguage);
    reports->addRow(tr("“Next time” looks &ahead:"), m_nextTime);
    QFormLayout *appearance = group(layout, tr("Appearance"), this);
    appearance->addRow(tr("T&heme:"), m_theme);

    m_error = named(new QLabel(this), "error");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(m_buttons);

    // The theme is seen at once; Cancel puts the saved one back.
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { AppTheme::apply(CommunitySettings::Theme(m_theme->currentData().toInt())); });

    auto loaded = m_workspace.settings().load();
    if (!loaded)
        showError(loaded.error().message());
    m_loaded = loaded ? *loaded : CommunitySettings();
    setSettings(m_loaded);
    m_name->setFocus();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setSettings(const CommunitySettings &s)
{
    m_name->setText(s.name);
    m_timeZone->setZone(s.effectiveTimeZone());
    m_fee->setValue(s.defaultFee.value_or(kFeeNotSet));
    m_capacity->setValue(s.defaultCapacity.value_or(kNoCapacityLimit));
    m_staff->setChecked(s.staffTakePlaces);
    m_kana->setCurrentIndex(m_kana->findData(int(s.readingKana)));
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme)));
    m_reportLanguage->setCurrentIndex(qMax(0, m_reportLanguage->findData(s.reportLanguage)));
    m_nextTime->setValue(s.nextTimeMonths);
}

CommunitySettings PreferencesDialog::settings() const
{
    CommunitySettings s;
    s.name = m_name->text().trimmed();
    s.timeZone = m_timeZone->zone();
    if (m_fee->value() != kFeeNotSet)
        s.defaultFee = m_fee->value();
    if (m_capacity->value() != kNoCapacityLimit)
        s.defaultCapacity = m_capacity->value();
    s.staffTakePlaces = m_staff->isChecked();
    s.readingKana = CommunitySettings::ReadingKana(m_kana->currentData().toInt());
    s.theme = CommunitySettings::Theme(m_theme->currentData().toInt());
    s.reportLanguage = m_reportLanguage->currentData().toString();
    s.nextTimeMonths = m_nextTime->value();
    return s;
}

QString PreferencesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PreferencesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PreferencesDialog::accept()
{
    const CommunitySettings s = settings();
    if (!s.timeZone.isValid()) {
        showError(tr("“%1” is not a time zone. Choose one from the list.").arg(m_timeZone->currentText()));
        m_timeZone->setFocus();
        return;
    }
    if (auto saved = m_workspace.settings().save(s); !saved) {
        showError(saved.error().message());
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    AppTheme::apply(m_loaded.theme);
    QDialog::reject();
}

} // namespace offkai
