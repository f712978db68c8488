#include "ReportEditor.h"

#include "records/ReportFields.h"
#include "ReportAutosaver.h"
#include "ReportCommandTraits.h"
#include "ReportPhotoStrip.h"
#include "ReportPreview.h"
#include "reports/ReportTemplate.h"
#include "reports/TextStatistics.h"
#include "ReportTextEdit.h"
#include "shell/ConflictingSave.h"
#include "shell/WorkspaceLookups.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "workflows/ReportContextLoader.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextCursor>
#include <QUndoStack>

namespace offkai {

ReportEditor::ReportEditor(Workspace &workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_title(new QLineEdit(this))
    , m_event(new QLabel(this))
    , m_author(new QComboBox(this))
    , m_privacy(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_text(new ReportTextEdit(m_splitter))
    , m_preview(new ReportPreview(m_splitter))
    , m_photos(new ReportPhotoStrip(workspace.reports(), this))
    , m_counts(new QLabel(this))
    , m_saved(new QLabel(this))
    , m_autosaver(new ReportAutosaver(workspace.reports(), this))
{
    m_title->setPlaceholderText(tr("Title of the report"));
    m_title->setAccessibleName(tr("Title"));
    m_event->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_author->setAccessibleName(tr("Author"));
    for (Report::Privacy p : Report::allPrivacies())
        m_privacy->addItem(Report::privacyLabel(p), int(p));
    m_privacy->setAccessibleName(tr("Names in the report"));
    m_privacy->setToolTip(tr("How attendees are named. A member who asked for less is shown by their own "
                             "choice. Emails, phone numbers, notes and join answers never appear."));
    m_tags->setPlaceholderText(tr("Comma-separated, for the blog"));
    m_tags->setAccessibleName(tr("Tags"));
    m_text->setAccessibleName(tr("Markdown text"));
    m_text->setPlaceholderText(tr("Write the report in Markdown…"));
    m_text->setTabChangesFocus(false);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_counts->setAccessibleName(tr("Length"));
    m_saved->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *row = new QHBoxLayout;
    row->addWidget(m_event, 1);
    auto *authorLabel = new QLabel(tr("&Author:"), this);
    authorLabel->setBuddy(m_author);
    row->addWidget(authorLabel);
    row->addWidget(m_author);
    auto *privacyLabel = new QLabel(tr("&Names:"), this);
    privacyLabel->setBuddy(m_privacy);
    row->addWidget(privacyLabel);
    row->addWidget(m_privacy);
    form->addRow(tr("Event:"), row);
    form->addRow(tr("Ta&gs:"), m_tags);

    auto *status = new QHBoxLayout;
    status->addWidget(m_counts, 1);
    status->addWidget(m_saved);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_photos);
    layout->addLayout(status);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportEditor::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReportEditor::textChanged);
    connect(m_text, &ReportTextEdit::protectedEditRefused, this, [this](const QString &block) {
        //: %1 the label of a generated part of the report, as in "Generated: Who came"
        Q_EMIT statusMessage(tr("“%1” is written from the event's data and cannot be edited: write above or "
                                "below it, or use Refresh to fill it in again.")
                                 .arg(ReportTextEdit::regionLabel(block)));
    });
    connect(m_title, &QLineEdit::textEdited, this, &ReportEditor::textChanged);
    connect(m_privacy, &QComboBox::activated, this, &ReportEditor::settingsChanged);
    connect(m_author, &QComboBox::activated, this, &ReportEditor::settingsChanged);
    connect(m_tags, &QLineEdit::editingFinished, this, &ReportEditor::settingsChanged);
    connect(m_photos, &ReportPhotoStrip::insertRequested, this, &ReportEditor::insertMarkdown);
    connect(m_photos, &ReportPhotoStrip::errorOccurred, this, &ReportEditor::errorOccurred);
    connect(&workspace.reports(), &ReportStore::photosChanged, this, [this](qint64 id) {
        if (id == m_report.id)
            updatePreview();
    });
    connect(&workspace.reports(), &ReportStore::reportUpdated, this, &ReportEditor::onStoreUpdated);
    connect(m_autosaver, &ReportAutosaver::saved, this, [this](const QDateTime &when) {
        m_base.title = m_autosaver->title();
        m_base.body = m_autosaver->body();
        m_saved->setText(tr("Saved %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
    });
    m_autosaver->setConflictHandler([this] { return saveAll(); });
    connect(m_autosaver, &ReportAutosaver::saveFailed, this, [this](const Error &error) {
        m_saved->setText(tr("Not saved: %1").arg(error.message()));
        if (error.code() == Error::Code::Conflict)
            return Q_EMIT statusMessage(tr("The report was changed elsewhere; your text stays here and is "
                                           "compared with theirs again when you next type or leave it."));
        Q_EMIT statusMessage(
            tr("The report could not be saved; the text stays here and Offkai keeps trying."));
    });
    m_preview->setPhotoLookup([this](const QString &fileName) {
        auto photo = m_workspace.reports().photo(m_report.id, fileName);
        return photo ? photo->data : QByteArray();
    });
    setReport(0);
}

ReportEditor::~ReportEditor()
{
    m_autosaver->setConflictHandler(
        {}); // no dialog while closing: the page asked before (commitPendingEdits)
    m_autosaver->flush();
}

void ReportEditor::setReport(qint64 id)
{
    m_autosaver->flush();
    m_report = Report();
    if (id > 0) {
        auto report = m_workspace.reports().get(id);
        if (!report)
            Q_EMIT errorOccurred(report.error());
        else
            m_report = *report;
    }
    m_base = m_report;
    m_unresolved = false;
    load();
}

void ReportEditor::load()
{
    m_loading = true;
    const bool has = m_report.id > 0;
    setEnabled(has);
    m_title->setText(m_report.title);
    m_text->setPlainText(m_report.body);
    m_tags->setText(m_report.tags.join(QStringLiteral(", ")));
    m_privacy->setCurrentIndex(m_privacy->findData(int(m_report.privacy)));
    m_event->clear();
    if (has) {
        auto event = m_workspace.events().get(m_report.eventId);
        if (event)
            m_event->setText(QStringLiteral("%1 — %2").arg(
                event->title, event->whenText(QLocale(), m_workspace.settings().zone())));
    }
    fillAuthors();
    m_photos->setReport(m_report.id);
    m_autosaver->attach(m_report.id, m_report.title, m_report.body, m_report.version);
    m_saved->setText(
        has && m_report.updatedAt.isValid()
            ? tr("Saved %1").arg(QLocale().toString(m_report.updatedAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
    m_loading = false;
    updatePreview();
    updateCounts();
}

void ReportEditor::fillAuthors()
{
    m_author->clear();
    m_author->addItem(tr("(nobody)"), qint64(0));
    if (m_report.id == 0)
        return;
    auto people = m_workspace.participations().participantsOf(m_report.eventId);
    if (people) {
        for (const ParticipantRow &row : std::as_const(*people)) {
            if (row.participation.attended || row.participation.role != Participation::Role::Attendee)
                m_author->addItem(row.displayName, row.participation.memberId);
        }
    }
    if (m_report.authorId > 0 && m_author->findData(m_report.authorId) < 0) {
        if (auto member = m_workspace.members().get(m_report.authorId))
            m_author->addItem(member->displayName, m_report.authorId);
    }
    m_author->setCurrentIndex(std::max(0, m_author->findData(m_report.authorId)));
}

void ReportEditor::textChanged()
{
    if (m_loading)
        return;
    m_report.title = m_title->text();
    m_report.body = m_text->toPlainText();
    m_autosaver->changed(m_report.title, m_report.body);
    m_saved->setText(tr("Editing…"));
    m_previewTimer.start();
}

void ReportEditor::updatePreview()
{
    m_previewTimer.stop();
    m_preview->setMarkdown(m_report.id > 0 ? m_text->toPlainText() : QString());
    updateCounts();
}

void ReportEditor::updateCounts()
{
    if (m_report.id == 0) {
        m_counts->clear();
        return;
    }
    const QString text = ReportTemplate::stripMarkers(m_text->toPlainText());
    const TextCounts counts = TextStatistics::count(text);
    const QLocale locale;
    // Japanese has no spaces between words: its word count would only be a second character count.
    const bool japanese = TextStatistics::isJapanese(text).value_or(m_report.language == QLatin1String("ja"));
    m_counts->setText(japanese ? tr("%1 characters").arg(locale.toString(counts.characters))
                               : tr("%1 characters · %2 words")
                                     .arg(locale.toString(counts.characters), locale.toString(counts.words)));
}

Report ReportEditor::typed() const
{
    Report r = m_report;
    r.title = m_title->text();
    r.body = m_text->toPlainText();
    r.authorId = m_author->currentData().toLongLong();
    r.privacy = Report::Privacy(m_privacy->currentData().toInt());
    r.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &tag : r.tags)
        tag = tag.trimmed();
    r.tags.removeAll(QString());
    return r;
}

void ReportEditor::settingsChanged()
{
    if (m_loading || m_report.id == 0)
        return;
    const Report after = typed();
    if (after.authorId == m_report.authorId && after.privacy == m_report.privacy &&
        after.tags == m_report.tags)
        return;
    // The store announces the change; onStoreUpdated() then re-fills the generated blocks when the
    // naming rule changed, so that undo and redo do the same.
    saveAll();
}

bool ReportEditor::saveAll()
{
    if (m_report.id == 0)
        return true;
    const Report mine = typed();
    if (mine.sameContent(m_base))
        return true;
    // Title and text are autosaved (their undo is the editor's own); settings are an undoable command.
    auto write = [this](const Report &before, const Report &after) -> Result<void> {
        if (after.title != before.title || after.body != before.body) {
            if (auto saved = m_workspace.reports().saveText(after.id, after.title, after.body, after.version);
                !saved)
                return saved;
        }
        if (after.authorId == before.authorId && after.privacy == before.privacy &&
            after.tags == before.tags && after.eventId == before.eventId &&
            after.language == before.language && after.status == before.status)
            return {};
        if (auto failure =
                m_commandErrors.push(*m_undoStack, ReportCommand::edit(m_workspace.reports(), before, after,
                                                                       m_commandErrors.handler())))
            return *failure;
        return {};
    };
    ConflictingSave<ReportFields, Report> save(
        write, [this] { return m_workspace.reports().get(m_report.id); },
        m_resolver ? m_resolver : [this](const FieldConflict &c) { return ConflictDialog::ask(c, this); },
        WorkspaceLookups::of(m_workspace));
    switch (save.run(m_base, mine, [](const Report &r) { return r.title; })) {
    case ConflictingSave<ReportFields, Report>::Outcome::Saved:
        m_unresolved = false;
        synced(save.saved(), mine);
        return true;
    case ConflictingSave<ReportFields, Report>::Outcome::KeptEditing:
        m_unresolved = true;
        m_saved->setText(tr("Not saved: changed elsewhere"));
        Q_EMIT statusMessage(
            tr("Nothing saved: the report was changed elsewhere. Your text stays here and is "
               "compared with theirs again when you next type or leave it."));
        return false;
    case ConflictingSave<ReportFields, Report>::Outcome::Failed:
        Q_EMIT errorOccurred(save.error());
        return false;
    }
    return false;
}

void ReportEditor::synced(const Report &saved, const Report &mine)
{
    // Settings the store announced while saving are in m_report already (onStoreUpdated()).
    const bool privacyChanged = saved.privacy != m_report.privacy;
    m_base = saved;
    m_report.authorId = saved.authorId;
    m_report.privacy = saved.privacy;
    m_report.tags = saved.tags;
    m_report.status = saved.status;
    m_report.language = saved.language;
    m_report.eventId = saved.eventId;
    m_report.version = saved.version;
    m_loading = true;
    // Only their values chosen over what was typed are put in, so that the cursor and the text's undo
    // stay where they are otherwise.
    if (saved.title != mine.title)
        m_title->setText(saved.title);
    if (saved.body != mine.body)
        m_text->setPlainText(saved.body);
    m_privacy->setCurrentIndex(m_privacy->findData(int(saved.privacy)));
    m_author->setCurrentIndex(std::max(0, m_author->findData(saved.authorId)));
    m_tags->setText(saved.tags.join(QStringLiteral(", ")));
    m_loading = false;
    m_autosaver->synced(saved.title, saved.body, saved.version);
    // Text changed since (the generated blocks refreshed for a new naming rule) is autosaved as usual.
    m_report.title = m_title->text();
    m_report.body = m_text->toPlainText();
    if (m_report.title != saved.title || m_report.body != saved.body)
        m_autosaver->changed(m_report.title, m_report.body);
    if (privacyChanged)
        refreshGeneratedBlocks();
    updatePreview();
}

void ReportEditor::onStoreUpdated(qint64 id)
{
    if (id != m_report.id || m_loading)
        return;
    auto fresh = m_workspace.reports().get(id);
    if (!fresh)
        return;
    // Settings come from the store (undo/redo); the title and text being typed stay as they are.
    const bool privacyChanged = fresh->privacy != m_report.privacy;
    m_report.authorId = fresh->authorId;
    m_report.privacy = fresh->privacy;
    m_report.tags = fresh->tags;
    m_report.status = fresh->status;
    m_report.language = fresh->language;
    m_base.authorId = fresh->authorId;
    m_base.privacy = fresh->privacy;
    m_base.tags = fresh->tags;
    m_base.status = fresh->status;
    m_base.language = fresh->language;
    m_loading = true;
    m_privacy->setCurrentIndex(m_privacy->findData(int(m_report.privacy)));
    m_author->setCurrentIndex(std::max(0, m_author->findData(m_report.authorId)));
    m_tags->setText(m_report.tags.join(QStringLiteral(", ")));
    m_loading = false;
    if (privacyChanged)
        refreshGeneratedBlocks();
}

void ReportEditor::refreshGeneratedBlocks()
{
    if (m_report.id == 0)
        return;
    auto context = ReportContextLoader(m_workspace).load(m_report.eventId, m_report.authorId, m_report.id);
    if (!context) {
        Q_EMIT errorOccurred(context.error());
        return;
    }
    const QString current = m_text->toPlainText();
    const QString refreshed = ReportTemplate::refresh(current, *context, m_report.privacy, m_report.language);
    if (refreshed == current)
        return;
    // Replace through a cursor so that the change is one step of the editor's undo.
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(refreshed);
    cursor.endEditBlock();
    Q_EMIT statusMessage(tr("Generated parts refreshed from the event's data."));
}

void ReportEditor::insertMarkdown(const QString &markdown)
{
    QTextCursor cursor = m_text->textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0)
        cursor.insertText(QStringLiteral("\n\n"));
    cursor.insertText(markdown + QStringLiteral("\n"));
    cursor.endEditBlock();
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

bool ReportEditor::commitPendingEdits()
{
    return m_autosaver->flush();
}

} // namespace offkai
