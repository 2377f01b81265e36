#pragma once

#include "run_report.h"

#include <QByteArray>

namespace graft::harness {

/// JUnit XML: one testsuite per tag (a case's first tag; "untagged" without one), one testcase per
/// case; gating divergences are <failure>s carrying the differences, crashes and timeouts <error>s,
/// accepted divergences and noise pass with a note in <system-out>.
class JunitReport {
public:
    static QByteArray write(const RunReport& report);
};

} // namespace graft::harness
