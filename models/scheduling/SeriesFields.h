#pragma once

#include "records/RecordField.h"
#include "records/Series.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace offkai {

/// The fields of a recurring series an organizer edits, each with its name, its value as text and a way to
/// copy it: what the conflict dialog (FieldConflict) lists when two edits of one series meet, and what undo
/// compares to tell this window's own changes from changes made elsewhere.
class SeriesFields
{
    Q_DECLARE_TR_FUNCTIONS(offkai::SeriesFields)
public:
    using Field = RecordField<Series>;

    /// Every editable field, in the editor's order.
    static const QList<Field> &all();
    /// The keys of the fields in which `a` and `b` differ, in all()'s order.
    static QStringList differing(const Series &a, const Series &b) { return Field::differing(all(), a, b); }
    static const Field *find(const QString &key) { return Field::find(all(), key); }
};

} // namespace offkai
