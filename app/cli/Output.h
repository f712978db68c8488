#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// Where the command line writes: data to stdout, messages to stderr, both UTF-8.
class Output
{
public:
    static void data(const QString &text);
    static void bytes(const QByteArray &bytes);
    static void message(const QString &text);
};

} // namespace offkai
