#include "ReportTemplateDialog.h"

#include "reports/ReportTemplate.h"
#include "stores/ReportStore.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace offkai {

ReportTemplateDialog::ReportTemplateDialog(ReportStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_language(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Report Template"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Language"));
    m_text->setAccessibleName(tr("Template"));
    auto *hint =
        new QLabel(tr("New reports start from this text. The placeholders {{summary}}, {{headcount}}, "
                      "{{attendees}}, {{highlights}}, {{next}} and {{previous}} are filled from the "
                      "event's data; the parts they produce can be refreshed later without touching "
                      "the rest."),
                   this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_text->setPlainText(ReportTemplate::builtInTemplate(m_language->currentData().toString()));
    });
    auto *top = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    m_language->setCurrentIndex(QLocale().language() == QLocale::Japanese ? 0 : 1);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!saveLanguage()) {
            const QSignalBlocker blocker(m_language);
            m_language->setCurrentIndex(m_language->findData(m_shownLanguage));
            return;
        }
        loadLanguage();
    });
    loadLanguage();
    resize(640, 560);
}

void ReportTemplateDialog::loadLanguage()
{
    m_shownLanguage = m_language->currentData().toString();
    auto custom = m_store.templateText(m_shownLanguage);
    m_text->setPlainText(custom && !custom->isEmpty() ? *custom
                                                      : ReportTemplate::builtInTemplate(m_shownLanguage));
    m_text->document()->setModified(false);
}

bool ReportTemplateDialog::saveLanguage()
{
    if (!m_text->document()->isModified())
        return true;
    const QString text = m_text->toPlainText();
    // Saving the built-in text unchanged keeps following future versions of it.
    const bool builtIn = text == ReportTemplate::builtInTemplate(m_shownLanguage);
    auto saved = m_store.saveTemplate(m_shownLanguage, builtIn ? QString() : text);
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message());
        return false;
    }
    m_text->document()->setModified(false);
    return true;
}

void ReportTemplateDialog::accept()
{
    if (saveLanguage())
        QDialog::accept();
}

} // namespace offkai
