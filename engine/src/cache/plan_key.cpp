#include "cache/plan_key.h"

#include "syntax/printer.h"
#include "validate/fragment_index.h"
#include "validate/literal_values.h"

#include <cstring>
#include <memory>
#include <vector>

namespace graft::cache {

namespace {

using values::JsonValue;

// Room reserved after a template's head: most keys' root fields fit, so the buffer is allocated once.
constexpr std::size_t kTailBytes = 512;

constexpr std::uint64_t kMul1 = 0x9e3779b97f4a7c15ULL;
constexpr std::uint64_t kMul2 = 0xc2b2ae3d27d4eb4fULL;

std::uint64_t rotl(std::uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

// keyHash() in two steps, so a template's head is hashed once: absorbWords() takes the whole
// eight-byte words of `bytes` into `state` (consecutive word-aligned pieces chain), finishHash()
// mixes in the last partial word and the length of the whole key.
std::uint64_t absorbWords(std::uint64_t state, std::string_view bytes)
{
    for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        state = rotl(state ^ (rotl(word * kMul1, 31) * kMul2), 27) * kMul1 + 0x52dce729;
    }
    return state;
}

std::uint64_t finishHash(std::uint64_t state, std::string_view bytes)
{
    std::uint64_t h = state;
    std::uint64_t tail = 0;
    for (std::size_t i = bytes.size() & ~std::size_t(7), shift = 0; i < bytes.size(); ++i, shift += 8)
        tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << shift;
    h ^= rotl(tail * kMul1, 31) * kMul2;
    h ^= bytes.size() * kMul1;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

void appendNumber(std::string &out, std::size_t n)
{
    char digits[24];
    std::size_t length = 0;
    do {
        digits[length++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0);
    while (length > 0)
        out += digits[--length];
}

// Byte grammar (names are GraphQL names, so the punctuation below never occurs inside one):
//   shape of a value: `n` null | `v` a parameter value | `t`/`f` a flag | `e<dir>;` a direction |
//   `{name shape …}` an input object | `[<len>;shape…]` a list of input objects | `s shape` a single
//   input object given for such a list.
class KeyWriter {
public:
    /// `variables` null: a template's selections; a directive met then makes the result dynamic().
    KeyWriter(std::string &out, const syntax::Document &document, const schema::SchemaRegistry &registry,
              const validate::CoercedVariables *variables)
        : m_out(out), m_document(document), m_registry(registry), m_variables(variables)
    {
    }

    /// True when a selection written without variables met a directive (its text is then no template).
    bool dynamic() const { return m_dynamic; }

    void shape(const JsonValue &value, schema::TypePosition type)
    {
        if (value.isNull()) {
            m_out += 'n';
            return;
        }
        const schema::TypePosition position = type.nullable();
        if (position.isList()) {
            const schema::TypePosition item = position.ofType();
            const schema::NamedType *itemType = item.namedType();
            if (!itemType || itemType->kind != schema::NamedTypeKind::InputObject) {
                m_out += 'v'; // in/nin/keys/list filters: one parameter, any length
                return;
            }
            if (!value.isArray()) {
                m_out += 's';
                shape(value, item);
                return;
            }
            m_out += '[';
            appendNumber(m_out, value.size());
            m_out += ';';
            for (const JsonValue &element : value.items())
                shape(element, item);
            m_out += ']';
            return;
        }
        const schema::NamedType *named = position.namedType();
        if (!named) {
            m_out += 'v';
            return;
        }
        switch (named->kind) {
        case schema::NamedTypeKind::Enum:
            m_out += 'e';
            if (value.isString())
                m_out += value.stringValue();
            m_out += ';';
            return;
        case schema::NamedTypeKind::InputObject:
            inputObject(*named, value);
            return;
        default:
            m_out += 'v';
            return;
        }
    }

    void selectionSet(const syntax::SelectionSet *set)
    {
        if (!set)
            return;
        m_out += '{';
        for (const syntax::Selection *selection : set->selections) {
            if (const auto *field = selection->as<syntax::Field>()) {
                if (!included(field->directives))
                    continue;
                m_out += 'F';
                m_out += field->alias.value;
                m_out += ':';
                m_out += field->name.value;
                for (const syntax::Argument &argument : field->arguments) {
                    // Only introspection fields take arguments below the root; their literals are kept whole.
                    m_out += '(';
                    m_out += argument.name.value;
                    m_out += ':';
                    syntax::printValue(*argument.value, m_out);
                    m_out += ')';
                }
                selectionSet(field->selectionSet);
            } else if (const auto *inline_ = selection->as<syntax::InlineFragment>()) {
                if (!included(inline_->directives))
                    continue;
                m_out += 'I';
                if (inline_->typeCondition)
                    m_out += inline_->typeCondition->name.value;
                selectionSet(inline_->selectionSet);
            } else if (const auto *spread = selection->as<syntax::FragmentSpread>()) {
                if (!included(spread->directives))
                    continue;
                spreadFragment(*spread);
            }
        }
        m_out += '}';
    }

private:
    void inputObject(const schema::NamedType &type, const JsonValue &value)
    {
        m_out += '{';
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string &name = value.keyAt(i);
            const JsonValue &member = value.at(i);
            m_out += name;
            const schema::InputValue *field = type.inputField(name);
            if (!field) {
                m_out += '?';
            } else if (field->op && field->op->isFlag() && member.isBoolean()) {
                m_out += member.booleanValue() ? 't' : 'f';
            } else if (field->op) {
                m_out += member.isNull() ? 'n' : 'v';
            } else {
                shape(member, schema::TypePosition{field->type});
            }
        }
        m_out += '}';
    }

    bool included(const syntax::NodeList<syntax::Directive> &directives)
    {
        if (directives.size() == 0)
            return true;
        if (!m_variables) {
            m_dynamic = true;
            return true;
        }
        Result<bool> include = validate::shouldIncludeNode(directives, m_registry, *m_variables, m_document);
        if (!include) {
            m_out += 'X'; // the request fails when the response is collected; keep the key distinct
            return false;
        }
        return *include;
    }

    void spreadFragment(const syntax::FragmentSpread &spread)
    {
        for (std::string_view active : m_activeFragments) {
            if (active == spread.name.value)
                return; // a cycle (validation rejects them): never loop
        }
        if (!m_fragments)
            m_fragments = std::make_unique<validate::FragmentIndex>(m_document);
        const syntax::FragmentDefinition *fragment = m_fragments->find(spread.name.value);
        if (!fragment)
            return;
        m_out += 'I';
        m_out += fragment->typeCondition ? fragment->typeCondition->name.value : std::string_view();
        m_activeFragments.push_back(spread.name.value);
        selectionSet(fragment->selectionSet);
        m_activeFragments.pop_back();
    }

    std::string &m_out;
    const syntax::Document &m_document;
    const schema::SchemaRegistry &m_registry;
    const validate::CoercedVariables *m_variables;
    bool m_dynamic = false;
    std::unique_ptr<validate::FragmentIndex> m_fragments;
    std::vector<std::string_view> m_activeFragments;
};

} // namespace

std::uint64_t keyHash(std::string_view bytes)
{
    return finishHash(absorbWords(kMul2, bytes), bytes);
}

PlanKeyBuilder::PlanKeyBuilder(std::string_view schemaHash, std::string_view configuration)
{
    m_prefix = "graft-plan-1|";
    m_prefix += schemaHash;
    m_prefix += '|';
    m_prefix += configuration;
    m_prefix += '|';
}

PlanKeyTemplate PlanKeyBuilder::prepare(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                        const schema::SchemaRegistry &registry,
                                        const std::vector<sql::BoundRootField> *roots) const
{
    PlanKeyTemplate keyTemplate;
    std::string &out = keyTemplate.head;
    out += m_prefix;
    if (operation.name.present()) {
        out += 'O';
        out += operation.name.value;
    }
    out += '(';
    for (const syntax::VariableDefinition &definition : operation.variableDefinitions) {
        out += '$';
        out += definition.variable->name.value;
        out += ':';
        out += syntax::printType(*definition.type);
        out += ',';
    }
    out += ')';
    keyTemplate.headState = absorbWords(kMul2, out);
    if (!roots)
        return keyTemplate;
    for (const sql::BoundRootField &root : *roots) {
        std::string &selection = keyTemplate.selections.emplace_back();
        KeyWriter writer(selection, document, registry, nullptr);
        for (const syntax::Field *node : root.nodes)
            writer.selectionSet(node->selectionSet);
        if (writer.dynamic()) {
            keyTemplate.selections.clear();
            break;
        }
    }
    return keyTemplate;
}

void PlanKeyBuilder::build(PlanKey &key, const PlanKeyTemplate &keyTemplate, const syntax::Document &document,
                           const schema::SchemaRegistry &registry, const validate::CoercedVariables &variables,
                           const sql::BoundOperation &bound) const
{
    std::string &out = key.bytes;
    out.clear();
    out.reserve(keyTemplate.head.size() + kTailBytes);
    out += keyTemplate.head;
    const bool templateSelections = !keyTemplate.selections.empty() && keyTemplate.selections.size() == bound.roots.size();
    KeyWriter writer(out, document, registry, &variables);
    for (std::size_t i = 0; i < bound.roots.size(); ++i) {
        const sql::BoundRootField &root = bound.roots[i];
        out += 'R';
        out += root.responseKey;
        out += ':';
        out += root.nodes.front()->name.value;
        if (root.kind == sql::RootKind::Introspection) {
            for (const syntax::Argument &argument : root.nodes.front()->arguments) {
                out += '(';
                out += argument.name.value;
                out += ':';
                syntax::printValue(*argument.value, out);
                out += ')';
            }
        } else if (root.argumentError) {
            out += 'E';
        } else {
            for (const auto &[name, value] : root.arguments) {
                out += '(';
                out += name;
                out += ':';
                const schema::InputValue *definition = root.definition ? root.definition->argument(name) : nullptr;
                if (definition)
                    writer.shape(value, schema::TypePosition{definition->type});
                else
                    out += 'v';
                out += ')';
            }
        }
        if (templateSelections) {
            out += keyTemplate.selections[i];
            continue;
        }
        for (const syntax::Field *node : root.nodes)
            writer.selectionSet(node->selectionSet);
    }
    // The head's whole words were absorbed when the template was made.
    const std::size_t absorbed = keyTemplate.head.size() & ~std::size_t(7);
    key.hash = finishHash(absorbWords(keyTemplate.headState, std::string_view(out).substr(absorbed)), out);
}

void PlanKeyBuilder::build(PlanKey &key, const syntax::Document &document, const syntax::OperationDefinition &operation,
                           const schema::SchemaRegistry &registry, const validate::CoercedVariables &variables,
                           const sql::BoundOperation &bound) const
{
    build(key, prepare(document, operation, registry, nullptr), document, registry, variables, bound);
}

} // namespace graft::cache
