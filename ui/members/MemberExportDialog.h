#pragma once

#include "core/Error.h"

#include <functional>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;

namespace offkai {

class MemberTables;

/// Exports members to a file the user picks: CSV for Excel (UTF-8 with BOM), CSV in Shift_JIS, or vCard.
/// The dialog asks for the format and, for CSV, whether to protect cells from spreadsheet formulas (on by
/// default; see CsvWriter); a file dialog then asks where.
class MemberExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format
    {
        CsvUtf8,
        CsvShiftJis,
        VCard,
    };

    explicit MemberExportDialog(QWidget *parent = nullptr);

    Format format() const;
    /// Whether CSV cells that start like a formula get an apostrophe in front.
    bool protectFormulas() const;
    /// The file dialog's filter for `format` ("CSV for Excel, UTF-8 (*.csv)").
    static QString filter(Format format);

    QComboBox *formatCombo() const { return m_format; }
    QCheckBox *protectBox() const { return m_protect; }

    /// Asks how and where, then writes `ids` (empty: every member). `done` receives the path written;
    /// `failed` the reason nothing was written. Cancelling either dialog calls neither.
    static void run(MemberTables &tables, const QList<qint64> &ids, QWidget *parent,
                    const std::function<void(const QString &path)> &done,
                    const std::function<void(const Error &error)> &failed);

private:
    QComboBox *m_format;
    QCheckBox *m_protect;
};

} // namespace offkai
