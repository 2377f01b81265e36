#pragma once

#include "case_outcome.h"

#include <chrono>
#include <cstddef>

namespace graft::harness::app {

/// Progress on stderr: a redrawn bar on a terminal, a plain line every 10 s or 10 % otherwise.
class ProgressDisplay {
public:
    ProgressDisplay(std::size_t total, bool terminal);
    /// One more case finished with `outcome`.
    void advance(CaseOutcome outcome);
    /// Ends the bar (newline on a terminal).
    void finish();

private:
    void draw();

    std::size_t m_total;
    std::size_t m_done = 0;
    std::size_t m_diverging = 0;
    bool m_terminal;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point m_lastLine = m_started;
    std::size_t m_lastTenth = 0;
};

} // namespace graft::harness::app
