#pragma once

#include "core/Result.h"
#include "records/Series.h"
#include "shell/ConflictDialog.h"

#include <functional>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace offkai {

class EventForm;
class RepeatRuleEditor;
class SeriesPreview;
class Workspace;

/// Edits a recurring series, new or stored: title, type, format, the first date and the time of day, an
/// end time or an open end, the repeat rule and when it ends, what happens on public holidays, venue,
/// online URL, host, capacity, fee, description and notes. A preview lists the next occurrences as the
/// rule gives them; OK stays disabled while SeriesStore::validate refuses the series, and says why.
///
/// With a save handler, OK hands the series to it and stays open on a refusal, with everything typed; when
/// someone else saved the series after it was opened, OK shows both versions (ConflictDialog, SeriesFields)
/// and hands the chosen values, over their version, to the save handler.
class SeriesEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Writes `after` over `before` (the series as it was read: the one the dialog was opened with, or
    /// after a conflict their version). Error::Code::Conflict when it was saved elsewhere meanwhile.
    using SaveHandler = std::function<Result<void>(const Series &before, const Series &after)>;

    SeriesEditorDialog(Workspace &workspace, const Series &initial, QWidget *parent = nullptr);
    ~SeriesEditorDialog() override;

    /// Called by OK after validation; an error keeps the dialog open.
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    /// Stands in for the conflict dialog (tests).
    void setConflictResolver(ConflictDialog::Resolver resolver) { m_resolver = std::move(resolver); }

    /// The series with the form's values (id, UID, exceptions and timestamps from `initial`).
    Series series() const;
    /// Why OK is disabled, empty when the series is valid.
    QString errorText() const;
    SeriesPreview *preview() const { return m_preview; }
    RepeatRuleEditor *ruleEditor() const { return m_rule; }
    QPushButton *okButton() const;
    /// The preview lists occurrences from `from` on (today unless set).
    void setPreviewFrom(const QDate &from);

    /// A new series whose first occurrence is on `day` at 19:00 for two hours, monthly on that weekday
    /// (RepeatPattern::suggestedFor).
    static Series newSeriesOn(const QDate &day);

public Q_SLOTS:
    void accept() override;

private:
    void buildForm();
    void setSeries(const Series &series);
    void refresh();
    void onStartChanged();
    /// The first day on or after the date field that the picked rule gives.
    QDate firstOccurrence() const;

    Workspace &m_workspace;
    Series m_original;
    SaveHandler m_save;
    ConflictDialog::Resolver m_resolver;
    bool m_loading = false;

    EventForm *m_form = nullptr;
    QDateEdit *m_firstDate = nullptr;
    QLabel *m_firstNote = nullptr;
    QTimeEdit *m_startTime = nullptr;
    QTimeEdit *m_endTime = nullptr;
    QCheckBox *m_openEnd = nullptr;
    RepeatRuleEditor *m_rule = nullptr;
    QComboBox *m_holidays = nullptr;
    SeriesPreview *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTime m_previousStart;
    QDate m_previewFrom;
};

} // namespace offkai
