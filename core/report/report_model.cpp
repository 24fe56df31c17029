#include "core/report/report_model.h"

namespace fl::report {

const Section* Report::section(const std::string& id) const {
    for (const auto& s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace fl::report
