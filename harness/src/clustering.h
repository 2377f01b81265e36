#pragma once

#include "difference.h"
#include "signature.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace graft::harness {

/// Cases that share a signature, with a bounded number of examples.
struct Cluster {
    Signature signature;
    std::size_t count = 0;
    std::size_t gating = 0;    ///< cases in it that gate (not accepted by the baseline, not noise)
    std::size_t accepted = 0;  ///< cases in it the baseline accepted
    std::vector<std::string> examples;  ///< the first case ids, at most the bound
    std::vector<Difference> sample;     ///< the first example's differences (at most 20)
};

/// Groups divergent cases by Signature::key().
class Clustering {
public:
    /// At most `maxExamples` case ids are kept per cluster.
    explicit Clustering(std::size_t maxExamples = 5) : m_maxExamples(maxExamples) {}

    /// Adds one case to the cluster of its signature.
    void add(const std::string& caseId, const Signature& signature, const std::vector<Difference>& differences,
             bool gating, bool accepted);

    /// The clusters, largest first (ties by key).
    std::vector<Cluster> clusters() const;

private:
    std::size_t m_maxExamples;
    std::map<std::string, Cluster> m_byKey;
};

} // namespace graft::harness
