#include "core/common/error.h"

namespace fl {
int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Usage:
        return 1;
    case ErrorKind::BadInput:
        return 2;
    case ErrorKind::Failure:
    case ErrorKind::Cancelled:
        return 3;
    }
    return 3;
}
} // namespace fl
