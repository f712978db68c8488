# Japanese public holidays: the rules against the Cabinet Office's list, and `offkai holidays`.
offkai_add_test(tst_japaneseholidays SOURCES tst_japaneseholidays.cpp)
offkai_add_test(tst_holidayscommand SOURCES tst_holidayscommand.cpp)
