#include "StaleChange.h"

namespace offkai {

Error StaleChange::explain(const Error &conflict, const QString &step, bool undoing)
{
    const QString message =
        undoing ? tr("“%1” cannot be undone: the record was changed elsewhere (another window or organizer) "
                     "after this step, and undoing it would throw that change away. The record stays as it "
                     "is now; edit it by hand if needed.")
                      .arg(step)
                : tr("“%1” cannot be redone: the record was changed elsewhere (another window or organizer) "
                     "after it was undone. The record stays as it is now.")
                      .arg(step);
    return Error(Error::Code::Conflict, message, conflict.message());
}

} // namespace offkai
