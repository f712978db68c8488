#pragma once

#include "storage/Database.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <QByteArray>
#include <QString>

namespace offkai::fuzz {

/// Once per process, from LLVMFuzzerInitialize: a QCoreApplication (plugins, tr()), Tokyo time and a C
/// locale whatever the machine's, and Qt's warnings silenced (bad input makes many; they cost time and
/// hide libFuzzer's output). qFatal still aborts, so a broken assertion is a crash.
void initialize(int *argc, char ***argv);

/// The input as bytes, without a copy (valid for the call).
QByteArray bytes(const uint8_t *data, size_t size);

/// A new database at the current schema in a private folder (on tmpfs when there is one) that is removed
/// at exit. synchronous=OFF: a fuzz run commits thousands of times and durability is not what it tests.
/// Callers open one per process and undo each input's writes (see InputTransaction).
std::unique_ptr<Database> openScratchDatabase();

} // namespace offkai::fuzz
