#include "validate/rules/directive_rules.h"

#include "validate/validation_context.h"

#include <string>

namespace graft::validate {

namespace {

/// The DirectiveLocation called `name` (e.g. FRAGMENT_SPREAD), if any.
std::optional<schema::DirectiveLocation> locationNamed(std::string_view name)
{
    for (int i = 0; i < schema::kDirectiveLocationCount; ++i) {
        const auto location = static_cast<schema::DirectiveLocation>(i);
        if (schema::directiveLocationName(location) == name)
            return location;
    }
    return std::nullopt;
}

} // namespace

Action KnownDirectivesRule::enterDirective(const syntax::Directive &directive,
                                           std::optional<schema::DirectiveLocation> location)
{
    const std::string_view name = directive.name.value;
    bool allowed = true;
    if (const syntax::DirectiveDefinition *defined = context().documentDirective(name)) {
        if (location) {
            allowed = false;
            for (const syntax::Name &written : defined->locations)
                allowed = allowed || locationNamed(written.value) == location;
        }
    } else if (const schema::DirectiveDefinition *known = context().registry().directive(name)) {
        allowed = !location || known->allows(*location);
    } else {
        context().report("Unknown directive '@" + std::string(name) + "'.", {directive.offset});
        return Action::Continue;
    }
    if (!allowed) {
        context().report("Directive '@" + std::string(name) + "' may not be used on " +
                             std::string(schema::directiveLocationWords(*location)) + ".",
                         {directive.offset});
    }
    return Action::Continue;
}

bool UniqueDirectivesPerLocationRule::unique(std::string_view name) const
{
    if (const syntax::DirectiveDefinition *defined = context().documentDirective(name))
        return !defined->repeatable;
    if (const schema::DirectiveDefinition *known = context().registry().directive(name))
        return !known->repeatable;
    return false;
}

Action UniqueDirectivesPerLocationRule::check(const syntax::NodeList<syntax::Directive> &directives)
{
    if (directives.size() < 2)
        return Action::Continue;
    Seen seen;
    check(directives, seen);
    return Action::Continue;
}

void UniqueDirectivesPerLocationRule::check(const syntax::NodeList<syntax::Directive> &directives, Seen &seen)
{
    for (const syntax::Directive &directive : directives) {
        const std::string_view name = directive.name.value;
        if (!unique(name))
            continue;
        const std::pair<std::string_view, std::uint32_t> *first = nullptr;
        for (const auto &entry : seen) {
            if (entry.first == name)
                first = &entry;
        }
        if (first != nullptr) {
            context().report("The directive '@" + std::string(name) + "' can only be used once at this location.",
                             {first->second, directive.offset});
        } else {
            seen.emplace_back(name, directive.offset);
        }
    }
}

Action UniqueDirectivesPerLocationRule::enterTypeSystemNode(const SdlNode &node)
{
    if (node.directives == nullptr || node.directives->empty())
        return Action::Continue;
    switch (node.kind) {
    case SdlNodeKind::SchemaDefinition:
        check(*node.directives, m_schemaDirectives);
        break;
    case SdlNodeKind::TypeDefinition:
        check(*node.directives, m_typeDirectives[node.typeName]);
        break;
    default:
        check(*node.directives);
        break;
    }
    return Action::Continue;
}

} // namespace graft::validate
