#pragma once

#include "corpus_case.h"
#include "side_report.h"

#include <string>

namespace graft::harness {

/// One way of answering a corpus case: the legacy Python path, the native engine, or a fake.
/// The runner calls execute() for the native side from several threads when --jobs > 1; the legacy
/// side is always called from one thread.
class QueryPath {
public:
    virtual ~QueryPath() = default;

    /// A short name for reports ("legacy graft_legacy:create", "native", "fake").
    virtual std::string name() const = 0;

    /// Runs the whole request. Never throws for a request that fails (that is a report with errors);
    /// an exception means the side crashed.
    virtual Outcome execute(const Case& testCase) = 0;
};

/// How the plan cache is driven for one request of the §9 invariant check.
enum class CacheMode { Cold, Warm, Off };

/// Implemented by a native path whose plan cache the runner may drive (§9: cold, warm, cache off).
class PlanCacheControl {
public:
    virtual ~PlanCacheControl() = default;

    /// Runs the request with the cache evicted for it first (Cold), right after populating it (Warm),
    /// or disabled (Off).
    virtual Outcome executeWithCache(const Case& testCase, CacheMode mode) = 0;
};

/// Implemented by a path that can abandon a call in progress when the runner's timeout strikes.
class Interruptible {
public:
    virtual ~Interruptible() = default;

    /// Asks the call in progress (on another thread) to stop as soon as it can; safe from any thread.
    virtual void interrupt() = 0;
};

} // namespace graft::harness
