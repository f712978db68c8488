#include "PublishingLog.h"

Q_LOGGING_CATEGORY(lcPublishing, "offkai.publishing")
