# Japanese public holidays.
target_sources(offkai_models PRIVATE
    scheduling/JapaneseHolidays.cpp scheduling/JapaneseHolidays.h
)
