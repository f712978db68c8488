#pragma once

#include <QLoggingCategory>

/// Publishing to blogs and the keychain. Never logs a secret, an Authorization or X-WSSE header, or a body.
Q_DECLARE_LOGGING_CATEGORY(lcPublishing)
