#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace offkai {

class ReportStore;

/// Edits the report template of each language: the organizer's own text with the placeholders that the
/// data fills in. "Restore Default" goes back to the built-in template.
class ReportTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportTemplateDialog(ReportStore &store, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QPlainTextEdit *textEdit() const { return m_text; }

    void accept() override;

private:
    void loadLanguage();
    bool saveLanguage();

    ReportStore &m_store;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QString m_shownLanguage;
};

} // namespace offkai
