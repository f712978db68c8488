#pragma once

#include "records/DuplicatePair.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace offkai {

class Workspace;

/// Lists likely duplicates (same email, name or reading) side by side and merges a pair on request.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Merges the pair in `row`, keeping the member in column `keepSide` (0 left, 1 right).
    void mergeRow(int row, int keepSide);

Q_SIGNALS:
    void merged(qint64 keptId);

private:
    void reload();
    void updateButtons();
    static QString reasonText(DuplicatePair::Reasons reasons);

    Workspace &m_workspace;
    QUndoStack &m_undo;
    QList<DuplicatePair> m_pairs;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_keepLeft = nullptr;
    QPushButton *m_keepRight = nullptr;
};

} // namespace offkai
