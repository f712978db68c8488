# Recurring series: RRULE expansion through libical, the series store, candidate dates and conflicts.
target_sources(offkai_models PRIVATE
    records/Series.cpp records/Series.h
    stores/SeriesStore.cpp stores/SeriesStore.h
    stores/SeriesSlotStore.cpp stores/SeriesSlotStore.h
    scheduling/Recurrence.cpp scheduling/Recurrence.h
    scheduling/RepeatPattern.cpp scheduling/RepeatPattern.h
    scheduling/SeriesFields.cpp scheduling/SeriesFields.h
)
