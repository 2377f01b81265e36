#pragma once

#include "query_path.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace graft::harness {

/// How to load a legacy path (harness/legacy/README.md, "The adapter protocol").
struct LegacyConfig {
    QString schemaPath;
    std::optional<QString> dsn;                  ///< nullopt: the adapter plans without a database
    std::string configJson = "{}";               ///< the §2.1 configuration object, as JSON text
    std::string entryPoint = "graft_legacy:create";  ///< `module:callable`
    QStringList pythonPath;                      ///< put first on sys.path, in order (graphql-core 3.2.6 first)
};

/// The legacy Python path, embedded with pybind11: one interpreter per process, created, driven and
/// finalised on one thread that this object owns; execute() and interrupt() may be called from any
/// thread. At most one LegacyPath exists at a time.
class LegacyPath : public QueryPath, public Interruptible {
public:
    /// Starts the interpreter and loads the adapter; nullptr with `error` set when it cannot.
    static std::unique_ptr<LegacyPath> create(const LegacyConfig& config, std::string* error);
    ~LegacyPath() override;

    std::string name() const override;
    /// The adapter's execute(): its §10.2 dict converted; a Python exception or a malformed dict is a crash.
    Outcome execute(const Case& testCase) override;
    /// Raises KeyboardInterrupt in the call in progress, if any (takes effect at the next bytecode).
    void interrupt() override;

    /// The entry point as `module:callable`, split; nullopt when it is not of that form.
    static std::optional<std::pair<std::string, std::string>> splitEntryPoint(const std::string& entryPoint);

private:
    struct Impl;
    explicit LegacyPath(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace graft::harness
