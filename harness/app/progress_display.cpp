#include "progress_display.h"

#include <cstdio>
#include <string>

namespace graft::harness::app {

ProgressDisplay::ProgressDisplay(std::size_t total, bool terminal) : m_total(total), m_terminal(terminal) {}

void ProgressDisplay::advance(CaseOutcome outcome)
{
    ++m_done;
    m_diverging += isDivergence(outcome) ? 1 : 0;
    const auto now = std::chrono::steady_clock::now();
    const std::size_t tenth = m_total ? m_done * 10 / m_total : 10;
    if (m_terminal || now - m_lastLine >= std::chrono::seconds(10) || tenth != m_lastTenth || m_done == m_total) {
        m_lastLine = now;
        m_lastTenth = tenth;
        draw();
    }
}

void ProgressDisplay::draw()
{
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    const double rate = seconds > 0 ? static_cast<double>(m_done) / seconds : 0;
    const double eta = rate > 0 ? static_cast<double>(m_total - m_done) / rate : 0;
    if (m_terminal) {
        const std::size_t width = 30;
        const std::size_t filled = m_total ? m_done * width / m_total : width;
        std::fprintf(stderr, "\r[%s%s] %zu/%zu  %zu diverging  %.1f cases/s  ETA %.0fs ", std::string(filled, '#').c_str(),
                     std::string(width - filled, '.').c_str(), m_done, m_total, m_diverging, rate, eta);
    } else {
        std::fprintf(stderr, "harness: %zu/%zu cases, %zu diverging, %.1f cases/s, ETA %.0f s\n", m_done, m_total, m_diverging,
                     rate, eta);
    }
    std::fflush(stderr);
}

void ProgressDisplay::finish()
{
    if (m_terminal && m_total > 0)
        std::fputc('\n', stderr);
}

} // namespace graft::harness::app
