#include "ReportFields.h"

namespace offkai {

namespace {

constexpr const char *kContext = "offkai::ReportFields";
using Field = ReportFields::Field;

QList<Field> makeFields()
{
    using R = Report;
    return {
        Field::plain("title", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Title"), &R::title),
        Field::of<qint64>("event", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Event"), &R::eventId,
                          [](const qint64 &id, const RecordLookups &lookups) {
                              return RecordLookups::nameOrId(id, lookups.eventTitle);
                          }),
        Field::of<qint64>("author", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Author"),
                          &R::authorId,
                          [](const qint64 &id, const RecordLookups &lookups) {
                              return RecordLookups::nameOrId(id, lookups.memberName);
                          }),
        Field::of<Report::Privacy>("privacy", kContext,
                                   QT_TRANSLATE_NOOP("offkai::ReportFields", "Names in the report"),
                                   &R::privacy,
                                   [](const Report::Privacy &privacy, const RecordLookups &) {
                                       return Report::privacyLabel(privacy);
                                   }),
        Field::plain("language", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Language"),
                     &R::language),
        Field::of<QStringList>(
            "tags", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Tags"), &R::tags,
            [](const QStringList &tags, const RecordLookups &) { return tags.join(QStringLiteral(", ")); }),
        Field::of<Report::Status>(
            "status", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Status"), &R::status,
            [](const Report::Status &status, const RecordLookups &) { return Report::statusLabel(status); }),
        Field::plain("body", kContext, QT_TRANSLATE_NOOP("offkai::ReportFields", "Text"), &R::body),
    };
}

} // namespace

const QList<ReportFields::Field> &ReportFields::all()
{
    static const QList<Field> fields = makeFields();
    return fields;
}

} // namespace offkai
