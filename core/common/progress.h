// Progress reporting from core computations: a fraction in [0,1] and a short message. A Progress
// can be narrowed to a sub-range so nested steps (epochs inside training) report into one bar.
#pragma once
#include <functional>
#include <string>

namespace fl {

class Progress {
public:
    using Sink = std::function<void(double fraction, const std::string& message)>;

    Progress() = default; // reports nowhere
    explicit Progress(Sink sink) : m_sink(std::move(sink)) {}

    void report(double fraction, const std::string& message) const;
    // A Progress whose [0,1] maps onto [from, to] of this one.
    Progress sub(double from, double to) const;

private:
    Sink m_sink;
    double m_from = 0.0;
    double m_to = 1.0;
};

} // namespace fl
