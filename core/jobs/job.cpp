#include "core/jobs/job.h"

namespace fl::jobs {

const char* jobStateName(JobState s) {
    switch (s) {
    case JobState::Queued:
        return "queued";
    case JobState::Running:
        return "running";
    case JobState::Done:
        return "done";
    case JobState::Failed:
        return "failed";
    case JobState::Cancelled:
        return "cancelled";
    }
    return "queued";
}

} // namespace fl::jobs
