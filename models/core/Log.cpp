#include "Log.h"

Q_LOGGING_CATEGORY(lcStorage, "offkai.storage")
Q_LOGGING_CATEGORY(lcStores, "offkai.stores")
Q_LOGGING_CATEGORY(lcExchange, "offkai.exchange")
