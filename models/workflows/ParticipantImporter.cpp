#include "ParticipantImporter.h"

#include "MemberImporter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace offkai {

namespace {

/// The lines a row adds to a participation's note: its ticket and its comment, as the file wrote them.
QStringList noteLines(const ParticipantEntry &entry)
{
    QStringList lines;
    for (QString text : {entry.ticket.trimmed(), entry.comment.trimmed()}) {
        // A cell's line breaks as the note keeps them (spreadsheets write CRLF inside quotes).
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines;
}

} // namespace

ParticipantImporter::ParticipantImporter(Workspace &workspace)
    : m_workspace(workspace)
{}

std::optional<ServiceAccount::Service> ParticipantImporter::serviceOf(ParticipantFile::Source source)
{
    switch (source) {
    case ParticipantFile::Source::Connpass:
        return ServiceAccount::Service::Connpass;
    case ParticipantFile::Source::Peatix:
        return ServiceAccount::Service::Peatix;
    case ParticipantFile::Source::Doorkeeper:
        return ServiceAccount::Service::Doorkeeper;
    case ParticipantFile::Source::ZoomMeeting:
    case ParticipantFile::Source::ZoomWebinar:
        return std::nullopt;
    }
    return std::nullopt;
}

Member ParticipantImporter::memberFrom(const ParticipantEntry &entry, ParticipantFile::Source source,
                                       const QDate &day)
{
    Member m;
    m.displayName = entry.name.trimmed();
    if (m.displayName.isEmpty())
        m.displayName = !entry.account.trimmed().isEmpty()
                            ? entry.account.trimmed()
                            : entry.emails.value(0).section(QLatin1Char('@'), 0, 0);
    m.reading = entry.reading.trimmed();
    for (const QString &email : entry.emails) {
        if (MemberStore::isValidEmail(email))
            m.emails.append(email.trimmed());
    }
    if (const auto service = serviceOf(source); service && !entry.account.trimmed().isEmpty())
        m.accounts.insert(*service, entry.account.trimmed());
    m.status = Member::Status::Active;
    m.joinedOn = day;
    return m;
}

Participation ParticipantImporter::merged(const Participation &current, const ParticipantEntry &entry)
{
    Participation p = current;
    if (entry.rsvp && !p.attended) {
        p.rsvp = *entry.rsvp;
        if (p.rsvp != Participation::Rsvp::Waitlisted)
            p.waitlistOrder.reset();
    }
    if (entry.attended) {
        p.attended = true;
        p.rsvp = Participation::Rsvp::Going;
        p.waitlistOrder.reset();
        if (!p.checkedInAt.isValid())
            p.checkedInAt = entry.checkedInAt;
    }
    if (entry.minutes)
        p.minutesAttended = entry.minutes;
    if (entry.registeredAt.isValid() && !p.registeredAt.isValid())
        p.registeredAt = entry.registeredAt;
    if (entry.paidYen && p.feePaid != entry.paidYen) {
        p.feePaid = entry.paidYen;
        if (!p.paidAt.isValid())
            p.paidAt = entry.registeredAt.isValid() ? entry.registeredAt : QDateTime::currentDateTimeUtc();
    }
    QStringList note = p.note.isEmpty() ? QStringList() : p.note.split(QLatin1Char('\n'));
    for (const QString &line : noteLines(entry)) {
        if (!p.note.contains(line))
            note.append(line);
    }
    p.note = note.join(QLatin1Char('\n'));
    return p;
}

Result<ParticipantImporter::Plan>
ParticipantImporter::planFile(qint64 eventId, const QString &path,
                              std::optional<ParticipantFile::Source> source) const
{
    auto bytes = MemberImporter::readFile(path);
    if (!bytes)
        return bytes.error();
    return plan(eventId, *bytes, source, path);
}

Result<ParticipantImporter::Plan> ParticipantImporter::plan(qint64 eventId, const QByteArray &bytes,
                                                            std::optional<ParticipantFile::Source> source,
                                                            const QString &fileName) const
{
    auto event = m_workspace.events().get(eventId);
    if (!event)
        return event.error();
    auto file = ParticipantFile::read(bytes, source, event->timeZone, fileName);
    if (!file)
        return file.error();
    Plan plan;
    plan.eventId = eventId;
    plan.file = std::move(*file);
    const bool zoom = plan.file.source == ParticipantFile::Source::ZoomMeeting ||
                      plan.file.source == ParticipantFile::Source::ZoomWebinar;
    if (zoom && event->hasDay() && plan.file.firstDay.isValid() &&
        (plan.file.lastDay < event->firstDay() || plan.file.firstDay > event->lastDay())) {
        const QLocale locale;
        plan.warnings.append(tr("The Zoom report is from %1, but “%2” is on %3: check that this is the "
                                "right file.")
                                 .arg(locale.toString(plan.file.firstDay, QLocale::LongFormat), event->title,
                                      locale.toString(event->firstDay(), QLocale::LongFormat)));
    }
    plan.rows.reserve(plan.file.entries.size());
    for (const ParticipantEntry &entry : std::as_const(plan.file.entries)) {
        Row row;
        row.entry = entry;
        if (auto matched = match(row, plan.file.source); !matched)
            return matched.error();
        plan.rows.append(std::move(row));
    }
    return plan;
}

Result<void> ParticipantImporter::match(Row &row, ParticipantFile::Source source) const
{
    MemberStore &members = m_workspace.members();
    const auto settle = [&row](Match how, const QList<qint64> &ids) {
        row.match = ids.size() == 1 ? how : Match::Review;
        row.candidates = ids;
        row.memberId = ids.size() == 1 ? ids.constFirst() : 0;
        row.decision = ids.size() == 1 ? Decision::UseMember : Decision::Skip;
    };
    if (const auto service = serviceOf(source); service && !row.entry.account.trimmed().isEmpty()) {
        auto ids = members.idsWithAccount(*service, row.entry.account);
        if (!ids)
            return ids.error();
        if (!ids->isEmpty()) {
            settle(Match::Account, *ids);
            return {};
        }
    }
    for (const QString &email : std::as_const(row.entry.emails)) {
        auto ids = members.idsWithEmail(email);
        if (!ids)
            return ids.error();
        if (!ids->isEmpty()) {
            settle(Match::Email, *ids);
            return {};
        }
    }
    auto namesakes = members.namesakes(row.entry.name);
    if (!namesakes)
        return namesakes.error();
    if (namesakes->isEmpty()) {
        row.match = Match::None;
        row.decision = Decision::Create;
        return {};
    }
    const QString reading = TextNormalizer::compactKey(row.entry.reading);
    QList<qint64> sameReading;
    QList<qint64> all;
    for (const auto &[id, readingKey] : std::as_const(*namesakes)) {
        all.append(id);
        if (!reading.isEmpty() && readingKey == reading)
            sameReading.append(id);
    }
    if (sameReading.size() == 1) {
        settle(Match::NameAndReading, sameReading);
        return {};
    }
    row.match = Match::Review;
    row.candidates = all;
    row.memberId = 0;
    row.decision = Decision::Skip;
    return {};
}

Result<ParticipantImporter::Counts> ParticipantImporter::preview(const Plan &plan) const
{
    auto outcome = run(plan, false);
    if (!outcome)
        return outcome.error();
    return outcome->counts;
}

Result<ParticipantImporter::Outcome> ParticipantImporter::apply(const Plan &plan)
{
    Transaction transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.error();
    auto outcome = run(plan, true);
    if (!outcome)
        return outcome.error(); // rolled back
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<void> ParticipantImporter::revert(const Outcome &outcome)
{
    Transaction transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto put = m_workspace.participations().replaceEvent(outcome.eventId, outcome.before); !put)
        return put;
    // The import's own writes bumped the rows' versions: its snapshots are written back without the check.
    for (Member m : outcome.membersBefore) {
        m.version = 0;
        if (auto updated = m_workspace.members().update(m); !updated)
            return updated;
    }
    for (const Member &m : outcome.createdMembers) {
        if (auto removed = m_workspace.members().remove(m.id); !removed)
            return removed;
    }
    return transaction.commit();
}

Result<void> ParticipantImporter::reapply(const Outcome &outcome)
{
    Transaction transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.error();
    for (const Member &m : outcome.createdMembers) {
        if (auto inserted = m_workspace.members().insert(m); !inserted)
            return inserted.error();
    }
    for (Member m : outcome.membersAfter) {
        m.version = 0;
        if (auto updated = m_workspace.members().update(m); !updated)
            return updated;
    }
    if (auto put = m_workspace.participations().replaceEvent(outcome.eventId, outcome.after); !put)
        return put;
    return transaction.commit();
}

Result<ParticipantImporter::Outcome> ParticipantImporter::run(const Plan &plan, bool write) const
{
    auto event = m_workspace.events().get(plan.eventId);
    if (!event)
        return event.error();
    ParticipationStore &participations = m_workspace.participations();
    MemberStore &members = m_workspace.members();
    auto before = participations.forEvent(plan.eventId);
    if (!before)
        return before.error();

    Outcome outcome;
    outcome.eventId = plan.eventId;
    outcome.before = *before;
    QHash<qint64, Participation> current;
    int nextWaitlist = 1;
    for (const Participation &p : std::as_const(*before)) {
        current.insert(p.memberId, p);
        if (p.waitlistOrder)
            nextWaitlist = std::max(nextWaitlist, *p.waitlistOrder + 1);
    }
    const QHash<qint64, Participation> previous = current;
    QSet<qint64> touched;
    QList<qint64> order; // members whose participation the file wrote, in the file's order
    Counts &counts = outcome.counts;
    counts.skipped = plan.file.withdrawn;
    const auto service = serviceOf(plan.file.source);
    const QDate today = QDate::currentDate();
    qint64 placeholderId = 0;

    for (const Row &row : plan.rows) {
        if (row.match == Match::Review && !row.reviewed) {
            ++counts.needsReview;
            continue;
        }
        qint64 memberId = row.memberId;
        switch (row.decision) {
        case Decision::Skip:
            ++counts.skipped;
            continue;
        case Decision::Create: {
            const QDate registered = row.entry.registeredAt.isValid()
                                         ? row.entry.registeredAt.toTimeZone(event->timeZone).date()
                                         : QDate();
            const QDate day =
                registered.isValid() ? registered : (event->hasDay() ? event->firstDay() : today);
            Member m = memberFrom(row.entry, plan.file.source, day);
            if (write) {
                auto id = members.insert(m);
                if (!id)
                    return Error(
                        id.error().code(),
                        tr("Line %1 (%2): %3").arg(row.entry.line).arg(m.displayName, id.error().message()),
                        id.error().detail());
                m.id = *id;
                outcome.createdMembers.append(m);
            } else {
                m.id = --placeholderId; // a dry run has no ids: distinct placeholders
            }
            memberId = m.id;
            ++counts.created;
            break;
        }
        case Decision::UseMember:
            if (memberId <= 0)
                return Error(Error::Code::Invalid, tr("Line %1: no member was chosen.").arg(row.entry.line));
            ++counts.matched;
            // A row matched by its account is that member's account already: no need to read them.
            if (write && row.rememberAccount && service && row.match != Match::Account &&
                !row.entry.account.trimmed().isEmpty()) {
                auto member = members.get(memberId);
                if (!member)
                    return member.error();
                if (member->accounts.value(*service).trimmed().isEmpty()) {
                    outcome.membersBefore.append(*member);
                    member->accounts.insert(*service, row.entry.account.trimmed());
                    if (auto updated = members.update(*member); !updated)
                        return updated.error();
                    outcome.membersAfter.append(*member);
                }
            }
            break;
        }

        Participation base;
        if (const auto found = current.constFind(memberId); found != current.cend()) {
            base = *found;
        } else {
            base.eventId = plan.eventId;
            base.memberId = memberId;
            base.role = Participation::Role::Attendee;
            base.rsvp = Participation::Rsvp::Going;
        }
        Participation next = merged(base, row.entry);
        if (next.rsvp == Participation::Rsvp::Waitlisted && !next.waitlistOrder)
            next.waitlistOrder = nextWaitlist++;
        current.insert(memberId, next);
        if (!touched.contains(memberId)) {
            touched.insert(memberId);
            order.append(memberId);
        }
    }

    QList<Participation> changed;
    for (qint64 memberId : std::as_const(order)) {
        const Participation &p = current.value(memberId);
        const auto old = previous.constFind(memberId);
        if (old == previous.cend()) {
            ++counts.added;
            changed.append(p);
        } else if (*old == p) {
            ++counts.unchanged;
        } else {
            ++counts.updated;
            changed.append(p);
        }
    }
    if (write && !changed.isEmpty()) {
        if (auto restored = participations.restore(changed); !restored)
            return restored.error();
    }
    if (write && changed.isEmpty()) {
        outcome.after = *before; // nothing written: as it was
    } else if (write) {
        auto after = participations.forEvent(plan.eventId);
        if (!after)
            return after.error();
        outcome.after = *after;
    }
    return outcome;
}

} // namespace offkai
