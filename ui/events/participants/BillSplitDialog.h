#pragma once

#include "records/ParticipantRow.h"

#include <QDialog>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace offkai {

/// Splits a shared bill (割り勘) among chosen participants: total, rounding unit, who pays, and a
/// preview of every share; the shares add up exactly to the total.
class BillSplitDialog : public QDialog
{
    Q_OBJECT
public:
    BillSplitDialog(const QList<ParticipantRow> &participants, QWidget *parent = nullptr);

    /// Member id and amount for each chosen person, after OK.
    QList<QPair<qint64, int>> shares() const { return m_shares; }
    QSpinBox *totalField() const { return m_total; }
    QListWidget *peopleList() const { return m_people; }

private:
    void recompute();

    QSpinBox *m_total;
    QComboBox *m_unit;
    QListWidget *m_people;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QList<QPair<qint64, int>> m_shares;
};

} // namespace offkai
