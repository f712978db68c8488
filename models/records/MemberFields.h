#pragma once

#include "Member.h"

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

/// The fields of a member an organizer edits, each with its name, its value as text and a way to copy it
/// from one record to another: the one list that an editor's "unsaved changes" check and the conflict
/// dialog (MemberConflict) both go by, so a new field cannot be compared in one and forgotten in the other.
class MemberFields
{
public:
    /// What the texts need from outside the record: a member's name (the referrer), a join question's
    /// title, an occupation key's label. Unset lookups show ids and keys as they are.
    struct Lookups
    {
        std::function<QString(qint64 memberId)> memberName;
        std::function<QString(qint64 questionId)> questionTitle;
        std::function<QString(const QString &occupationKey)> occupationLabel;
    };

    struct Field
    {
        QString key;             ///< stable name, e.g. "displayName"
        const char *labelSource; ///< the label before translation
        std::function<bool(const Member &, const Member &)> equal;
        std::function<QString(const Member &, const Lookups &)> text;
        std::function<void(Member &to, const Member &from)> copy;

        /// The field's name in the current language, e.g. "Display name".
        QString label() const;
    };

    /// Every editable field, in the editor's order (profile, contact, membership, notes).
    static const QList<Field> &all();
    /// The keys of the fields in which `a` and `b` differ, in all()'s order.
    static QStringList differing(const Member &a, const Member &b);
    static const Field *find(const QString &key);
};

} // namespace offkai
