#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// An entry of the editable occupation catalogue. Built-in entries have an empty label and are shown
/// under their translated key; the organizer's own entries (and renamed built-ins) carry a label.
struct Occupation
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Occupation)
public:
    QString key;
    QString label;
    int position = 0;

    /// The label, or the translated name of a built-in key.
    QString displayLabel() const { return label.isEmpty() ? builtInLabel(key) : label; }
    /// The translated name of a built-in key ("freelancer" → "Freelancer"); other keys unchanged.
    static QString builtInLabel(const QString &key);

    bool operator==(const Occupation &) const = default;
};

} // namespace offkai
