#include "ParticipantImportDialog.h"

#include "ImportParticipantsCommand.h"
#include "items/ParticipantImportModel.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

namespace {
using Importer = ParticipantImporter;

enum ReviewColumn
{
    ReviewLine,
    ReviewName,
    ReviewKey,
    ReviewChoice,
    ReviewRemember,
    ReviewColumns
};

/// The choice box's entries after the candidates.
constexpr int kCreate = -1;
constexpr int kSkip = -2;
} // namespace

ParticipantImportDialog::ParticipantImportDialog(Workspace &workspace, qint64 eventId, QUndoStack *undoStack,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_eventId(eventId)
    , m_undoStack(undoStack)
    , m_event(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_preview(new QTableView(this))
    , m_review(new QTableWidget(this))
    , m_model(new ParticipantImportModel(this))
{
    setWindowTitle(tr("Import Participants"));
    if (auto event = workspace.events().get(eventId))
        m_event->setText(
            tr("Into “%1”, %2").arg(event->title, event->whenText(QLocale(), m_workspace.settings().zone())));
    m_event->setWordWrap(true);

    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A participant file from connpass, Peatix, Doorkeeper or Zoom"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_source->addItem(tr("Detect from the header row"), QString());
    for (ParticipantFile::Source source : ParticipantFile::allSources()) {
        if (source != ParticipantFile::Source::ZoomWebinar)
            m_source->addItem(ParticipantFile::label(source), ParticipantFile::key(source));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Source:"), m_source);

    m_summary->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    m_review->setColumnCount(ReviewColumns);
    m_review->setHorizontalHeaderLabels(
        {tr("Line"), tr("Name in the File"), tr("User Name or Email"), tr("Member"), tr("Remember")});
    m_review->verticalHeader()->hide();
    m_review->horizontalHeader()->setSectionResizeMode(ReviewChoice, QHeaderView::Stretch);
    m_review->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *reviewPage = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *reviewHelp = new QLabel(tr("These rows could be more than one member, or a member who only shares "
                                     "the name. Choose the member, create a new one, or skip the row. "
                                     "“Remember” keeps the user name as the member's account, so the next "
                                     "file matches at once."),
                                  reviewPage);
    reviewHelp->setWordWrap(true);
    reviewLayout->addWidget(reviewHelp);
    reviewLayout->addWidget(m_review, 1);
    m_steps->addWidget(m_preview);
    m_steps->addWidget(reviewPage);

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_next = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_event);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ParticipantImportDialog::browse);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ParticipantImportDialog::reload);
    connect(m_back, &QPushButton::clicked, this, &ParticipantImportDialog::showPreview);
    connect(m_next, &QPushButton::clicked, this, &ParticipantImportDialog::showReview);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 600);
    updateSummary();
    updateButtons();
}

bool ParticipantImportDialog::isReviewShown() const
{
    return m_steps->currentIndex() == 1;
}

void ParticipantImportDialog::showReview()
{
    m_steps->setCurrentIndex(1);
    updateButtons();
}

void ParticipantImportDialog::showPreview()
{
    m_steps->setCurrentIndex(0);
    updateButtons();
}

void ParticipantImportDialog::browse()
{
    // The database's own folder first: the demo keeps its participant files there.
    const QString start = !m_path.isEmpty() ? QFileInfo(m_path).absolutePath()
                          : !m_workspace.database().path().isEmpty()
                              ? QFileInfo(m_workspace.database().path()).absolutePath()
                              : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Participants"), start, tr("Participant files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ParticipantImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    reload();
}

void ParticipantImportDialog::reload()
{
    m_loaded = false;
    m_members.clear();
    m_model->setPlan({}, {});
    m_notice->clear();
    showPreview();
    if (m_path.isEmpty()) {
        updateSummary();
        return;
    }
    const QString key = m_source->currentData().toString();
    const auto source = key.isEmpty() ? std::nullopt : ParticipantFile::fromKey(key);
    auto plan = ParticipantImporter(m_workspace).planFile(m_eventId, m_path, source);
    if (!plan) {
        m_notice->setText(plan.error().message());
        updateSummary();
        updateButtons();
        return;
    }
    // The members the rows matched or could be, read once for the preview and the review.
    QHash<qint64, QString> names;
    for (const Importer::Row &row : std::as_const(plan->rows)) {
        QList<qint64> ids = row.candidates;
        if (row.memberId > 0)
            ids.append(row.memberId);
        for (qint64 id : ids) {
            if (m_members.contains(id))
                continue;
            if (auto member = m_workspace.members().get(id)) {
                names.insert(id, member->displayName);
                m_members.insert(id, std::move(*member));
            }
        }
    }
    QStringList notices = plan->warnings;
    if (!plan->file.unknownColumns.isEmpty())
        notices.append(tr("Columns without a place in Offkai (not imported): %1")
                           .arg(plan->file.unknownColumns.join(tr(", "))));
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_model->setPlan(*plan, names);
    // Columns the file has nothing for (connpass has no emails, Zoom no user names) are hidden.
    for (int column = 0; column < ParticipantImportModel::ColumnCount; ++column) {
        bool empty = true;
        for (int row = 0; row < m_model->rowCount() && empty; ++row)
            empty = m_model->index(row, column).data().toString().isEmpty();
        m_preview->setColumnHidden(column, empty && column != ParticipantImportModel::ResultColumn);
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setSectionResizeMode(ParticipantImportModel::ResultColumn,
                                                        QHeaderView::Stretch);
    for (int column : {int(ParticipantImportModel::NameColumn), int(ParticipantImportModel::NoteColumn),
                       int(ParticipantImportModel::EmailColumn)})
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 240));
    m_loaded = true;
    fillReview();
    updateSummary();
    updateButtons();
}

void ParticipantImportDialog::fillReview()
{
    m_review->clearContents();
    m_reviewRows.clear();
    const Importer::Plan &plan = m_model->plan();
    for (int i = 0; i < plan.rows.size(); ++i) {
        if (plan.rows.at(i).match == Importer::Match::Review)
            m_reviewRows.append(i);
    }
    m_review->setRowCount(int(m_reviewRows.size()));
    const auto service = ParticipantImporter::serviceOf(plan.file.source);
    const bool hasService = service.has_value();
    for (int r = 0; r < m_reviewRows.size(); ++r) {
        const Importer::Row &row = plan.rows.at(m_reviewRows.at(r));
        m_review->setItem(r, ReviewLine, new QTableWidgetItem(QLocale().toString(row.entry.line)));
        m_review->setItem(r, ReviewName, new QTableWidgetItem(row.entry.name));
        m_review->setItem(r, ReviewKey,
                          new QTableWidgetItem(!row.entry.account.isEmpty()
                                                   ? row.entry.account
                                                   : row.entry.emails.join(tr(", "))));
        auto *choice = new QComboBox(m_review);
        for (qint64 id : row.candidates) {
            const auto member = m_members.constFind(id);
            if (member == m_members.cend())
                continue;
            QStringList parts{member->displayName};
            if (!member->reading.isEmpty())
                parts.append(member->reading);
            if (!member->primaryEmail().isEmpty())
                parts.append(member->primaryEmail());
            if (service && member->accounts.contains(*service))
                parts.append(member->accounts.value(*service));
            choice->addItem(tr("%1 (#%2)").arg(parts.join(tr(" · ")), QString::number(id)), id);
        }
        choice->addItem(tr("Create a new member"), kCreate);
        choice->addItem(tr("Skip this row"), kSkip);
        // One person of that name: most likely them; several: the organizer must choose.
        choice->setCurrentIndex(row.candidates.size() == 1 ? 0 : choice->count() - 1);
        m_review->setCellWidget(r, ReviewChoice, choice);
        auto *remember = new QCheckBox(m_review);
        remember->setChecked(true);
        remember->setEnabled(hasService && !row.entry.account.isEmpty());
        m_review->setCellWidget(r, ReviewRemember, remember);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, r] { reviewChanged(r); });
        connect(remember, &QCheckBox::toggled, this, [this, r] { reviewChanged(r); });
        reviewChanged(r);
    }
    m_review->resizeColumnsToContents();
    m_review->horizontalHeader()->setSectionResizeMode(ReviewChoice, QHeaderView::Stretch);
}

void ParticipantImportDialog::reviewChanged(int tableRow)
{
    const int planRow = m_reviewRows.value(tableRow, -1);
    auto *choice = qobject_cast<QComboBox *>(m_review->cellWidget(tableRow, ReviewChoice));
    auto *remember = qobject_cast<QCheckBox *>(m_review->cellWidget(tableRow, ReviewRemember));
    if (planRow < 0 || !choice || !remember)
        return;
    Importer::Row row = m_model->plan().rows.at(planRow);
    const qint64 value = choice->currentData().toLongLong();
    row.reviewed = true;
    row.decision = value == kCreate ? Importer::Decision::Create
                   : value == kSkip ? Importer::Decision::Skip
                                    : Importer::Decision::UseMember;
    row.memberId = value > 0 ? value : 0;
    row.rememberAccount = remember->isChecked();
    remember->setEnabled(row.decision == Importer::Decision::UseMember &&
                         ParticipantImporter::serviceOf(m_model->plan().file.source) &&
                         !row.entry.account.isEmpty());
    m_model->setRow(planRow, row);
    updateSummary();
}

void ParticipantImportDialog::updateSummary()
{
    if (!m_loaded) {
        m_summary->setText(m_path.isEmpty() ? tr("Choose the file the service let you download.")
                                            : tr("The file cannot be imported."));
        return;
    }
    auto counts = ParticipantImporter(m_workspace).preview(m_model->plan());
    if (!counts) {
        m_summary->setText(counts.error().message());
        return;
    }
    const QLocale locale;
    const Importer::Plan &plan = m_model->plan();
    QStringList parts{tr("%1 file, %n row(s)", nullptr, int(plan.rows.size()))
                          .arg(ParticipantFile::label(plan.file.source)),
                      tr("matched: %1").arg(locale.toString(counts->matched)),
                      tr("new members: %1").arg(locale.toString(counts->created)),
                      tr("skipped: %1").arg(locale.toString(counts->skipped))};
    if (plan.file.withdrawn > 0)
        parts.append(tr("withdrawn accounts left out: %1").arg(locale.toString(plan.file.withdrawn)));
    if (!m_reviewRows.isEmpty())
        parts.append(tr("to check in the review step: %1").arg(locale.toString(m_reviewRows.size())));
    m_summary->setText(parts.join(tr(" · ")));
}

void ParticipantImportDialog::updateButtons()
{
    const bool review = isReviewShown();
    m_back->setVisible(review);
    m_next->setVisible(!review && !m_reviewRows.isEmpty());
    m_next->setText(tr("&Review %n Row(s) >", nullptr, int(m_reviewRows.size())));
    m_import->setEnabled(m_loaded && !m_model->plan().rows.isEmpty());
}

bool ParticipantImportDialog::importNow()
{
    if (!m_loaded)
        return false;
    ParticipantImporter importer(m_workspace);
    auto outcome = importer.apply(m_model->plan());
    if (!outcome) {
        QMessageBox::warning(this, tr("Import Participants"),
                             tr("Nothing was imported: %1").arg(outcome.error().message()));
        return false;
    }
    m_counts = outcome->counts;
    // Short: the Undo button and the Edit menu show it.
    const QString what = tr("Import Participants");
    if (m_undoStack) {
        m_undoStack->push(
            new ImportParticipantsCommand(m_workspace, *outcome, what, [this](const Error &error) {
                QMessageBox::warning(parentWidget(), tr("Import Participants"), error.message());
            }));
    }
    const QLocale locale;
    Q_EMIT statusMessage(
        tr("Participants imported: %1 matched, %2 new members, %3 added, %4 updated, %5 skipped.")
            .arg(locale.toString(m_counts.matched), locale.toString(m_counts.created),
                 locale.toString(m_counts.added), locale.toString(m_counts.updated),
                 locale.toString(m_counts.skipped)));
    return true;
}

} // namespace offkai
