#include "clustering.h"

#include <algorithm>

namespace graft::harness {

void Clustering::add(const std::string& caseId, const Signature& signature, const std::vector<Difference>& differences,
                     bool gating, bool accepted)
{
    Cluster& cluster = m_byKey[signature.key()];
    if (cluster.count == 0) {
        cluster.signature = signature;
        for (std::size_t i = 0; i < differences.size() && i < 20; ++i)
            cluster.sample.push_back(differences[i]);
    }
    ++cluster.count;
    cluster.gating += gating ? 1 : 0;
    cluster.accepted += accepted ? 1 : 0;
    if (cluster.examples.size() < m_maxExamples)
        cluster.examples.push_back(caseId);
}

std::vector<Cluster> Clustering::clusters() const
{
    std::vector<Cluster> out;
    out.reserve(m_byKey.size());
    for (const auto& entry : m_byKey)
        out.push_back(entry.second);
    std::stable_sort(out.begin(), out.end(), [](const Cluster& a, const Cluster& b) { return a.count > b.count; });
    return out;
}

} // namespace graft::harness
