#pragma once

#include "Event.h"
#include "RecordField.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace offkai {

/// The fields of an event an organizer edits, each with its name, its value as text and a way to copy
/// it: what the conflict dialog (FieldConflict) lists when two edits of one event meet.
class EventFields
{
    Q_DECLARE_TR_FUNCTIONS(offkai::EventFields)
public:
    using Field = RecordField<Event>;

    /// Every editable field, in the editor's order.
    static const QList<Field> &all();
    /// The keys of the fields in which `a` and `b` differ, in all()'s order.
    static QStringList differing(const Event &a, const Event &b) { return Field::differing(all(), a, b); }
    static const Field *find(const QString &key) { return Field::find(all(), key); }
};

} // namespace offkai
