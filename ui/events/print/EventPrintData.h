#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QString>

namespace offkai {

class Workspace;

/// What the attendance sheet and the name badges print: the event and the people going.
struct EventPrintData
{
    Q_DECLARE_TR_FUNCTIONS(offkai::EventPrintData)
public:
    struct Person
    {
        QString name;
        QString reading;
        QString affiliation;
        QString jobTitle;
        QString occupation; ///< the catalogue's label, translated
    };

    QString title;
    QString when;  ///< Event::whenText
    QString venue; ///< venue name, or empty
    QList<Person> people;

    /// Reads the event and everyone going (any role), sorted by reading (the name when there is none),
    /// in the locale's collation.
    static Result<EventPrintData> load(Workspace &workspace, qint64 eventId,
                                       const QLocale &locale = QLocale());
    static void sortByReading(QList<Person> &people, const QLocale &locale);

    /// A font that has Japanese glyphs (Noto Sans CJK JP, IPAGothic, Hiragino, Yu Gothic, Meiryo…),
    /// `size` in the renderer's units (0.1 mm).
    static QFont font(int size, bool bold = false);
};

} // namespace offkai
