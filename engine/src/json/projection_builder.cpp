#include "json/projection_builder.h"

#include "values/json_writer.h"

namespace graft::json {

Result<std::shared_ptr<const Projection>> ProjectionBuilder::build(const schema::NamedType &type,
                                                                   const std::vector<const syntax::Field *> &nodes)
{
    Result<CollectedFields> collected = m_collector.subFields(type.name, nodes);
    if (!collected)
        return std::move(collected).takeErrors();
    std::vector<ProjectedField> fields;
    fields.reserve(collected->size());
    for (const CollectedField &entry : *collected) {
        ProjectedField field;
        field.responseKey = std::string(entry.responseKey);
        values::appendJsonString(field.keyJson, entry.responseKey);
        field.keyJson += ':';
        const std::string_view name = entry.nodes.front()->name.value;
        const schema::FieldDefinition *definition = type.field(name);
        if (!definition) { // `__typename`: validation admits no other unknown name here
            field.kind = ProjectedKind::Typename;
            values::appendJsonString(field.typenameJson, type.name);
            fields.push_back(std::move(field));
            continue;
        }
        field.documentKey = definition->documentKey;
        if (definition->embedded) {
            field.kind = definition->list ? ProjectedKind::ObjectList : ProjectedKind::Object;
            Result<std::shared_ptr<const Projection>> child = build(*definition->embedded, entry.nodes);
            if (!child)
                return std::move(child).takeErrors();
            field.child = std::move(child).value();
        }
        fields.push_back(std::move(field));
    }
    return std::make_shared<const Projection>(std::move(fields));
}

} // namespace graft::json
