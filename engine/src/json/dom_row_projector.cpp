#include "json/dom_row_projector.h"

#include "values/json_writer.h"

#include <rapidjson/reader.h>

namespace graft::json {

namespace {

using Node = DomRowProjector::Node;

// Builds the flat tree from RapidJSON's SAX events; object keys are String nodes before their value.
class TreeBuilder {
public:
    TreeBuilder(std::vector<Node> &nodes, std::string &pool) : m_nodes(nodes), m_pool(pool) {}

    bool Null() { return leaf(Node::Kind::Null); }
    bool Bool(bool b) { return leaf(b ? Node::Kind::True : Node::Kind::False); }
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(std::int64_t) { return false; }
    bool Uint64(std::uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char *str, rapidjson::SizeType length, bool) { return textLeaf(Node::Kind::Number, str, length); }
    bool String(const char *str, rapidjson::SizeType length, bool) { return textLeaf(Node::Kind::String, str, length); }
    bool Key(const char *str, rapidjson::SizeType length, bool) { return textLeaf(Node::Kind::String, str, length); }
    bool StartObject() { return open(Node::Kind::Object); }
    bool EndObject(rapidjson::SizeType members) { return close(members); }
    bool StartArray() { return open(Node::Kind::Array); }
    bool EndArray(rapidjson::SizeType items) { return close(items); }

private:
    bool leaf(Node::Kind kind)
    {
        m_nodes.push_back(Node{kind, 0, 0, 1});
        return true;
    }
    bool textLeaf(Node::Kind kind, const char *str, rapidjson::SizeType length)
    {
        m_nodes.push_back(Node{kind, static_cast<std::uint32_t>(m_pool.size()), length, 1});
        m_pool.append(str, length);
        return true;
    }
    bool open(Node::Kind kind)
    {
        m_open.push_back(static_cast<std::uint32_t>(m_nodes.size()));
        m_nodes.push_back(Node{kind, 0, 0, 1});
        return true;
    }
    bool close(rapidjson::SizeType count)
    {
        const std::uint32_t index = m_open.back();
        m_open.pop_back();
        m_nodes[index].length = count;
        m_nodes[index].size = static_cast<std::uint32_t>(m_nodes.size()) - index;
        return true;
    }

    std::vector<Node> &m_nodes;
    std::string &m_pool;
    std::vector<std::uint32_t> m_open;
};

} // namespace

RowOutcome DomRowProjector::project(const Projection &projection, std::string_view text, std::string &out)
{
    m_nodes.clear();
    m_pool.clear();
    TreeBuilder builder(m_nodes, m_pool);
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(text.data(), text.size());
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag
        | rapidjson::kParseValidateEncodingFlag;
    if (reader.Parse<kFlags>(stream, builder).IsError())
        return RowOutcome::Malformed;
    if (m_nodes.empty() || m_nodes.front().kind != Node::Kind::Object)
        return RowOutcome::Skipped;
    projectObject(projection, 0, out);
    return RowOutcome::Projected;
}

void DomRowProjector::projectObject(const Projection &projection, std::uint32_t index, std::string &out)
{
    const std::size_t base = m_slots.size();
    m_slots.resize(base + projection.slotCount(), 0);
    const Node &object = m_nodes[index];
    std::uint32_t child = index + 1;
    for (std::uint32_t member = 0; member < object.length; ++member) {
        const int slot = projection.slotOf(text(m_nodes[child]));
        if (slot >= 0)
            m_slots[base + static_cast<std::size_t>(slot)] = child + 1; // 0 means absent
        child += 1 + m_nodes[child + 1].size;
    }
    out += '{';
    bool first = true;
    for (const ProjectedField &field : projection.fields()) {
        if (!first)
            out += ',';
        first = false;
        out += field.keyJson;
        if (field.kind == ProjectedKind::Typename) {
            out += field.typenameJson;
            continue;
        }
        const std::uint32_t value = m_slots[base + field.slot];
        const Node::Kind kind = value ? m_nodes[value].kind : Node::Kind::Null;
        if (!value) {
            out += "null";
        } else if (field.kind == ProjectedKind::Value) {
            write(value, out);
        } else if (field.kind == ProjectedKind::Object) {
            if (kind == Node::Kind::Object)
                projectObject(*field.child, value, out);
            else
                out += "null";
        } else if (kind == Node::Kind::Array) {
            out += '[';
            std::uint32_t item = value + 1;
            for (std::uint32_t i = 0; i < m_nodes[value].length; ++i) {
                if (i)
                    out += ',';
                if (m_nodes[item].kind == Node::Kind::Object)
                    projectObject(*field.child, item, out);
                else
                    out += "null";
                item += m_nodes[item].size;
            }
            out += ']';
        } else {
            out += "null";
        }
    }
    out += '}';
    m_slots.resize(base);
}

void DomRowProjector::write(std::uint32_t index, std::string &out) const
{
    // Iterative pre-order walk: each open container counts the members or items it still has to write.
    struct Open {
        bool object;
        std::uint32_t remaining;
        bool first;
    };
    std::vector<Open> open;
    std::uint32_t i = index;
    for (;;) {
        if (!open.empty()) {
            Open &top = open.back();
            if (top.remaining == 0) {
                out += top.object ? '}' : ']';
                open.pop_back();
                if (open.empty())
                    return;
                continue;
            }
            if (!top.first)
                out += ',';
            top.first = false;
            --top.remaining;
            if (top.object) {
                values::appendJsonString(out, text(m_nodes[i]));
                out += ':';
                ++i;
            }
        }
        const Node &node = m_nodes[i];
        switch (node.kind) {
        case Node::Kind::Null: out += "null"; break;
        case Node::Kind::True: out += "true"; break;
        case Node::Kind::False: out += "false"; break;
        case Node::Kind::Number: out += text(node); break;
        case Node::Kind::String: values::appendJsonString(out, text(node)); break;
        case Node::Kind::Array:
        case Node::Kind::Object:
            out += node.kind == Node::Kind::Object ? '{' : '[';
            open.push_back({node.kind == Node::Kind::Object, node.length, true});
            ++i;
            continue;
        }
        ++i;
        if (open.empty())
            return;
    }
}

} // namespace graft::json
