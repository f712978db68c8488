#pragma once

#include "RecordField.h"
#include "Report.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace offkai {

/// The fields of a report an organizer edits, each with its name, its value as text and a way to copy
/// it: what the conflict dialog (FieldConflict) lists when two edits of one report meet.
class ReportFields
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportFields)
public:
    using Field = RecordField<Report>;

    /// Every editable field, in the editor's order.
    static const QList<Field> &all();
    /// The keys of the fields in which `a` and `b` differ, in all()'s order.
    static QStringList differing(const Report &a, const Report &b) { return Field::differing(all(), a, b); }
    static const Field *find(const QString &key) { return Field::find(all(), key); }
};

} // namespace offkai
