#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// Where the command line writes: data to stdout, messages to stderr, both UTF-8.
class Output
{
public:
    static void data(const QString &text);
    static void message(const QString &text);
};

} // namespace offkai
