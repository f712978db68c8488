# Series, candidates and conflicts.
offkai_add_test(tst_recurrence SOURCES tst_recurrence.cpp)
offkai_add_test(tst_repeatpattern SOURCES tst_repeatpattern.cpp)
offkai_add_test(tst_seriesstore SOURCES tst_seriesstore.cpp SeriesStoreFixture.h)
offkai_add_test(tst_seriesslotstore SOURCES tst_seriesslotstore.cpp SeriesStoreFixture.h)
offkai_add_test(tst_conflictfinder SOURCES tst_conflictfinder.cpp)
offkai_add_test(tst_seriescommand SOURCES tst_seriescommand.cpp)
offkai_add_test(tst_calendarseries SOURCES tst_calendarseries.cpp)
