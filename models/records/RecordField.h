#pragma once

#include "RecordLookups.h"

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// One field of a record an organizer edits (a venue's name, an event's start, a report's text): its name,
/// its value as text and a way to copy it from one record to another. A record's list of them (VenueFields,
/// EventFields, ReportFields) is what its conflict dialog (FieldConflict) goes by.
template<typename Record> struct RecordField
{
    QString key;             ///< stable name, e.g. "name"
    const char *context;     ///< the label's translation context, e.g. "offkai::VenueFields"
    const char *labelSource; ///< the label before translation
    std::function<bool(const Record &, const Record &)> equal;
    std::function<QString(const Record &, const RecordLookups &)> text;
    std::function<void(Record &to, const Record &from)> copy;

    /// The field's name in the current language, e.g. "Address".
    QString label() const { return QCoreApplication::translate(context, labelSource); }

    /// A field held in one member of the record, shown by `show`.
    template<typename Value>
    static RecordField of(const char *key, const char *context, const char *label, Value Record::*value,
                          std::function<QString(const Value &, const RecordLookups &)> show)
    {
        return {
            QString::fromLatin1(key),
            context,
            label,
            [value](const Record &a, const Record &b) { return a.*value == b.*value; },
            [value, show](const Record &r, const RecordLookups &lookups) { return show(r.*value, lookups); },
            [value](Record &to, const Record &from) {
                to.*value = from.*value;
            }};
    }

    /// A field held in one QString member of the record, shown as it is.
    static RecordField plain(const char *key, const char *context, const char *label, QString Record::*value)
    {
        return of<QString>(key, context, label, value,
                           [](const QString &v, const RecordLookups &) { return v; });
    }

    /// The keys of the fields of `fields` in which `a` and `b` differ, in their order.
    static QStringList differing(const QList<RecordField> &fields, const Record &a, const Record &b)
    {
        QStringList keys;
        for (const RecordField &field : fields) {
            if (!field.equal(a, b))
                keys.append(field.key);
        }
        return keys;
    }

    static const RecordField *find(const QList<RecordField> &fields, const QString &key)
    {
        for (const RecordField &field : fields) {
            if (field.key == key)
                return &field;
        }
        return nullptr;
    }
};

} // namespace offkai
