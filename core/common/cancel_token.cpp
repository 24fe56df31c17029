#include "core/common/cancel_token.h"
#include "core/common/error.h"

namespace fl {
void CancelToken::throwIfCancelled() const {
    if (cancelled())
        throw Error(ErrorKind::Cancelled, "cancelled by the user");
}
} // namespace fl
