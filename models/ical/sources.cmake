# iCalendar (RFC 5545) export and import through libical.
target_sources(offkai_models PRIVATE
    ical/IcsCalendar.h
    ical/IcsTimeZones.cpp ical/IcsTimeZones.h
    ical/IcsWriter.cpp ical/IcsWriter.h
    ical/IcsLines.cpp ical/IcsLines.h
    ical/IcsReader.cpp ical/IcsReader.h
)
