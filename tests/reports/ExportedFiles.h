#pragma once

#include <QDir>
#include <QDirIterator>
#include <QStringList>

namespace offkai::test {

/// Every file under `dir` (hidden ones too, so that a temporary file left behind shows), relative to it,
/// sorted.
inline QStringList exportedFiles(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

} // namespace offkai::test
