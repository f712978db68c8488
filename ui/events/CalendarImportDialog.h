#pragma once

#include "workflows/CalendarImporter.h"

#include <optional>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace offkai {

class Workspace;

/// Imports an .ics file: pick the file, see what will be created or updated, then Import (one
/// transaction). Usage: `CalendarImportDialog dialog(workspace, this); dialog.exec();`, optionally with a
/// file already chosen (a dropped file) as third argument.
class CalendarImportDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarImportDialog(Workspace &workspace, QWidget *parent = nullptr, const QString &path = {});

    /// Reads `path` and shows its preview (or why it cannot be imported).
    void loadFile(const QString &path);
    /// What the import did, once accepted.
    std::optional<CalendarImporter::Counts> counts() const { return m_counts; }

    void accept() override;

private:
    void chooseFile();
    void showPlan();

    Workspace &m_workspace;
    CalendarImporter m_importer;
    std::optional<CalendarImporter::Plan> m_plan;
    std::optional<CalendarImporter::Counts> m_counts;
    QLineEdit *m_path;
    QTableWidget *m_table;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace offkai
