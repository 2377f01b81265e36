#pragma once

#include "graft/error.h"
#include "json/field_collector.h"
#include "json/projection.h"

#include <memory>
#include <vector>

namespace graft::json {

/// Compiles the selection of a list query or lookup root field into a Projection (§7.2): CollectFields
/// at every level, aliases, `__typename`, embedded objects and lists of them.
class ProjectionBuilder {
public:
    /// Uses `collector` (and what it points into) for every build.
    explicit ProjectionBuilder(FieldCollector &collector) : m_collector(collector) {}

    /// The projection of object type `type` over the sub-selections of `nodes` (a root field's
    /// merged nodes). The only error is @skip/@include given a null (§4.2).
    Result<std::shared_ptr<const Projection>> build(const schema::NamedType &type,
                                                    const std::vector<const syntax::Field *> &nodes);

private:
    FieldCollector &m_collector;
};

} // namespace graft::json
