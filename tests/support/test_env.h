#pragma once

#include <QString>

namespace graft::test {

/// The source tree root (GRAFT_SOURCE_DIR, set by ctest), so tests find schemas and golden files.
QString sourceDir();

/// The DSN of the test database: GRAFT_TEST_DSN, else the file GRAFT_TEST_DSN_FILE names.
/// Empty when neither is available; database tests then fail with a clear message.
QString testDsn();

} // namespace graft::test
