// An iCalendar file imported as `calendar import` and the import dialog do it: IcsReader, the preview,
// then CalendarImporter::apply on a scratch database, twice. The second import of the same file must
// find every event and series by its UID and create nothing. Each input's writes are rolled back.

#include "FuzzSupport.h"
#include "ical/IcsReader.h"
#include "storage/Transaction.h"
#include "stores/Workspace.h"
#include "workflows/CalendarImporter.h"

#include <QSet>

using namespace offkai;

namespace {

Workspace &workspace()
{
    static Workspace w(fuzz::openScratchDatabase());
    return w;
}

/// True when every event and series carries its own UID, so that a second import can recognise each.
bool uidsAreDistinct(const IcsCalendar &calendar)
{
    QSet<QString> uids;
    qsizetype items = 0;
    for (const IcsEvent &e : calendar.events) {
        uids.insert(e.event.uid);
        ++items;
    }
    for (const IcsSeries &s : calendar.series) {
        uids.insert(s.series.uid);
        ++items;
        for (const IcsEvent &e : s.confirmed) {
            uids.insert(e.event.uid);
            ++items;
        }
    }
    return !uids.contains(QString()) && uids.size() == items;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    (void)workspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto calendar = IcsReader::read(fuzz::bytes(data, size));
    if (!calendar)
        return 0;
    Transaction scratch(workspace().database().connection()); // rolled back when it goes out of scope
    CalendarImporter importer(workspace());
    const auto plan = importer.preview(*calendar);
    if (!plan)
        return 0;
    const auto first = importer.apply(*plan);
    if (!first)
        return 0;
    const auto again = importer.preview(*calendar);
    if (!again)
        qFatal("a calendar imported once cannot be previewed again: %s",
               qPrintable(again.error().toString()));
    const auto second = importer.apply(*again);
    if (!second)
        qFatal("a calendar imported once cannot be imported again: %s",
               qPrintable(second.error().toString()));
    if (second->created != 0 && uidsAreDistinct(*calendar))
        qFatal("importing the same calendar again created %d items", second->created);
    return 0;
}
