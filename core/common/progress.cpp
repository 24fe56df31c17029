#include "core/common/progress.h"
#include <algorithm>

namespace fl {

void Progress::report(double fraction, const std::string& message) const {
    if (!m_sink)
        return;
    const double f = std::clamp(fraction, 0.0, 1.0);
    m_sink(m_from + (m_to - m_from) * f, message);
}

Progress Progress::sub(double from, double to) const {
    Progress p = *this;
    p.m_from = m_from + (m_to - m_from) * from;
    p.m_to = m_from + (m_to - m_from) * to;
    return p;
}

} // namespace fl
