#pragma once

#include <QString>

#include <string>

namespace graft::harness::app {

/// A throwaway PostgreSQL with the demo data: `pgtmp start --owner <pid>` beside the executable,
/// `demo_db.py load`, and `pgtmp stop` when destroyed (pgtmp's watchdog also stops it if we die).
class ThrowawayDatabase {
public:
    ThrowawayDatabase() = default;
    ~ThrowawayDatabase();
    ThrowawayDatabase(const ThrowawayDatabase&) = delete;
    ThrowawayDatabase& operator=(const ThrowawayDatabase&) = delete;

    /// Starts the server and loads the demo database from `sourceDir`; false with `error` set.
    bool start(const QString& sourceDir, std::string* error);
    /// The DSN of the loaded database.
    const QString& dsn() const { return m_dsn; }

private:
    QString m_dsn;
    QString m_clusterDir;
};

} // namespace graft::harness::app
