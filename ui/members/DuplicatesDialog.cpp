#include "DuplicatesDialog.h"

#include "MergeMembersCommand.h"
#include "stores/MemberDuplicates.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

namespace {
QString describe(const Member &m)
{
    QStringList parts{m.displayName};
    if (!m.reading.isEmpty())
        parts.append(m.reading);
    if (!m.primaryEmail().isEmpty())
        parts.append(m.primaryEmail());
    if (!m.affiliation.isEmpty())
        parts.append(m.affiliation);
    return parts.join(QStringLiteral("\n"));
}
} // namespace

DuplicatesDialog::DuplicatesDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undoStack)
{
    setWindowTitle(tr("Likely Duplicates"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Possibly the same as"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);

    m_keepLeft = new QPushButton(tr("Merge, Keep &Left"), this);
    m_keepLeft->setToolTip(tr("The member on the right is merged into the one on the left: every event, tag "
                              "and answer is kept"));
    m_keepRight = new QPushButton(tr("Merge, Keep &Right"), this);
    m_keepRight->setToolTip(tr("The member on the left is merged into the one on the right"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepLeft, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepRight, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepLeft, &QPushButton::clicked, this, [this] { mergeRow(m_table->currentRow(), 0); });
    connect(m_keepRight, &QPushButton::clicked, this, [this] { mergeRow(m_table->currentRow(), 1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 460);
    reload();
}

QString DuplicatesDialog::reasonText(DuplicatePair::Reasons reasons)
{
    QStringList why;
    if (reasons & DuplicatePair::Reason::SameEmail)
        why.append(tr("same email"));
    if (reasons & DuplicatePair::Reason::SameName)
        why.append(tr("same name"));
    if (reasons & DuplicatePair::Reason::SameReading)
        why.append(tr("same reading"));
    return why.join(tr(", "));
}

void DuplicatesDialog::reload()
{
    auto pairs = m_workspace.memberDuplicates().find();
    m_pairs = pairs ? *pairs : QList<DuplicatePair>();
    m_table->setRowCount(0);
    for (const DuplicatePair &pair : std::as_const(m_pairs)) {
        auto first = m_workspace.members().get(pair.first);
        auto second = m_workspace.members().get(pair.second);
        if (!first || !second)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(describe(*first)));
        m_table->setItem(row, 1, new QTableWidgetItem(describe(*second)));
        m_table->setItem(row, 2, new QTableWidgetItem(reasonText(pair.reasons)));
    }
    m_table->resizeRowsToContents();
    m_summary->setText(pairs
                           ? (m_pairs.isEmpty() ? tr("No likely duplicates found.")
                                                : tr("%n pair(s) that may be the same person. Merging keeps "
                                                     "every event, tag and answer, and can be undone.",
                                                     nullptr, int(m_pairs.size())))
                           : pairs.error().message());
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void DuplicatesDialog::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_pairs.size();
    m_keepLeft->setEnabled(selected);
    m_keepRight->setEnabled(selected);
}

void DuplicatesDialog::mergeRow(int row, int keepSide)
{
    if (row < 0 || row >= m_pairs.size())
        return;
    const DuplicatePair pair = m_pairs.at(row);
    const qint64 keep = keepSide == 0 ? pair.first : pair.second;
    const qint64 merge = keepSide == 0 ? pair.second : pair.first;
    auto kept = m_workspace.members().get(keep);
    if (!kept)
        return;
    bool failed = false;
    m_undo.push(new MergeMembersCommand(m_workspace.memberDuplicates(), keep, merge, kept->displayName,
                                        [this, &failed](const Error &e) {
                                            failed = true;
                                            QMessageBox::warning(this, windowTitle(), e.message());
                                        }));
    if (failed)
        return;
    Q_EMIT merged(keep);
    reload();
}

} // namespace offkai
