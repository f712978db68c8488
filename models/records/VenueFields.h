#pragma once

#include "RecordField.h"
#include "Venue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace offkai {

/// The fields of a venue an organizer edits, each with its name, its value as text and a way to copy
/// it: what the conflict dialog (FieldConflict) lists when two edits of one venue meet.
class VenueFields
{
    Q_DECLARE_TR_FUNCTIONS(offkai::VenueFields)
public:
    using Field = RecordField<Venue>;

    /// Every editable field, in the editor's order.
    static const QList<Field> &all();
    /// The keys of the fields in which `a` and `b` differ, in all()'s order.
    static QStringList differing(const Venue &a, const Venue &b) { return Field::differing(all(), a, b); }
    static const Field *find(const QString &key) { return Field::find(all(), key); }
};

} // namespace offkai
