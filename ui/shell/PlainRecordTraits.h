#pragma once

#include "core/Result.h"

namespace offkai {

/// RecordCommand traits for a record that is all its store keeps of it (a venue, a member's profile): the
/// snapshot is the record itself, put back by inserting it with its id. A record type adds its undo texts.
template<typename StoreType, typename RecordType> struct PlainRecordTraits
{
    using Store = StoreType;
    using Record = RecordType;
    using Snapshot = RecordType;

    static qint64 idOf(const Record &record) { return record.id; }
    static Result<qint64> insert(Store &store, const Record &record) { return store.insert(record); }
    static Result<void> write(Store &store, const Record &record) { return store.update(record); }
    static Result<Record> snapshot(Store &store, qint64 id) { return store.get(id); }
    static Result<Record> read(Store &store, qint64 id) { return store.get(id); }
    static Result<void> restore(Store &store, const Record &record)
    {
        if (auto id = store.insert(record); !id)
            return id.error();
        return {};
    }
    static Result<void> remove(Store &store, qint64 id) { return store.remove(id); }
};

} // namespace offkai
