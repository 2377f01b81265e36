#include "json_diff.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace graft::harness {

namespace {

class Differ {
public:
    Differ(const JsonDiffOptions& options, std::vector<Difference>& out) : m_options(options), m_out(out) {}

    void compare(const JsonValue& l, const JsonValue& n, const std::string& at, int depth)
    {
        if (full())
            return;
        if (l.type != n.type) {
            add(DiffKind::Type, at, JsonDiff::excerpt(l), JsonDiff::excerpt(n),
                std::string(jsonTypeName(l.type)) + " vs " + jsonTypeName(n.type));
            return;
        }
        if (depth > kMaxJsonDepth) {
            if (writeJson(l) != writeJson(n))
                add(DiffKind::Value, at, JsonDiff::excerpt(l), JsonDiff::excerpt(n), "deep value");
            return;
        }
        switch (l.type) {
        case JsonValue::Type::Null: return;
        case JsonValue::Type::Boolean:
            if (l.boolean != n.boolean)
                add(DiffKind::Value, at, JsonDiff::excerpt(l), JsonDiff::excerpt(n), {});
            return;
        case JsonValue::Type::Number:
        case JsonValue::Type::String:
            if (l.text != n.text)
                add(DiffKind::Value, at, JsonDiff::excerpt(l), JsonDiff::excerpt(n), {});
            return;
        case JsonValue::Type::Object: compareObjects(l, n, at, depth); return;
        case JsonValue::Type::Array:
            if (m_options.multisetPointers.count(at))
                compareMultiset(l, n, at, depth);
            else
                compareOrdered(l, n, at, depth);
            return;
        }
    }

private:
    bool full() const { return m_out.size() >= m_options.maxDifferences; }

    void add(DiffKind kind, const std::string& at, std::string l, std::string n, std::string detail)
    {
        if (!full())
            m_out.push_back({kind, at, std::move(l), std::move(n), std::move(detail), false});
    }

    void compareObjects(const JsonValue& l, const JsonValue& n, const std::string& at, int depth)
    {
        std::vector<std::string> commonL;
        std::vector<std::string> commonN;
        for (const auto& member : l.members) {
            if (n.member(member.first))
                commonL.push_back(member.first);
        }
        for (const auto& member : n.members) {
            if (l.member(member.first))
                commonN.push_back(member.first);
        }
        if (commonL != commonN)
            add(DiffKind::KeyOrder, at, keyList(l), keyList(n), {});
        // Document order: the legacy side's members (missing or compared), then the native extras.
        for (const auto& [key, value] : l.members) {
            const std::string child = at + "/" + JsonDiff::escapeToken(key);
            if (const JsonValue* other = n.member(key))
                compare(value, *other, child, depth + 1);
            else
                add(DiffKind::Missing, child, JsonDiff::excerpt(value), {}, {});
        }
        for (const auto& [key, value] : n.members) {
            if (!l.member(key))
                add(DiffKind::Extra, at + "/" + JsonDiff::escapeToken(key), {}, JsonDiff::excerpt(value), {});
        }
    }

    static std::string keyList(const JsonValue& object)
    {
        std::string out = "[";
        for (std::size_t i = 0; i < object.members.size(); ++i)
            out += (i ? "," : "") + quoteJson(object.members[i].first);
        return out + "]";
    }

    void compareOrdered(const JsonValue& l, const JsonValue& n, const std::string& at, int depth)
    {
        if (l.items.size() != n.items.size())
            add(DiffKind::Length, at, std::to_string(l.items.size()), std::to_string(n.items.size()), {});
        const std::size_t common = std::min(l.items.size(), n.items.size());
        for (std::size_t i = 0; i < common && !full(); ++i)
            compare(l.items[i], n.items[i], at + "/" + std::to_string(i), depth + 1);
        for (std::size_t i = common; i < l.items.size(); ++i)
            add(DiffKind::Missing, at + "/" + std::to_string(i), JsonDiff::excerpt(l.items[i]), {}, {});
        for (std::size_t i = common; i < n.items.size(); ++i)
            add(DiffKind::Extra, at + "/" + std::to_string(i), {}, JsonDiff::excerpt(n.items[i]), {});
    }

    // Elements are matched by canonical form; matched pairs are still compared (their member order
    // may differ); the unmatched ones are one `multiset` difference, then paired in order of appearance
    // to locate the fields that differ.
    void compareMultiset(const JsonValue& l, const JsonValue& n, const std::string& at, int depth)
    {
        std::unordered_map<std::string, std::vector<std::size_t>> nativeByForm;
        for (std::size_t i = n.items.size(); i-- > 0;)
            nativeByForm[canonicalJson(n.items[i])].push_back(i);
        std::vector<std::size_t> unmatchedL;
        std::vector<bool> usedN(n.items.size(), false);
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t i = 0; i < l.items.size(); ++i) {
            auto it = nativeByForm.find(canonicalJson(l.items[i]));
            if (it == nativeByForm.end() || it->second.empty()) {
                unmatchedL.push_back(i);
                continue;
            }
            pairs.emplace_back(i, it->second.back());
            usedN[it->second.back()] = true;
            it->second.pop_back();
        }
        std::vector<std::size_t> unmatchedN;
        for (std::size_t i = 0; i < n.items.size(); ++i) {
            if (!usedN[i])
                unmatchedN.push_back(i);
        }
        if (l.items.size() != n.items.size())
            add(DiffKind::Length, at, std::to_string(l.items.size()), std::to_string(n.items.size()), "multiset");
        if (!unmatchedL.empty() || !unmatchedN.empty()) {
            add(DiffKind::Multiset, at, unmatchedL.empty() ? std::string() : JsonDiff::excerpt(l.items[unmatchedL[0]]),
                unmatchedN.empty() ? std::string() : JsonDiff::excerpt(n.items[unmatchedN[0]]),
                std::to_string(unmatchedL.size()) + " legacy-only, " + std::to_string(unmatchedN.size())
                    + " native-only elements");
        }
        for (const auto& [li, ni] : pairs)
            compare(l.items[li], n.items[ni], at + "/" + std::to_string(li), depth + 1);
        for (std::size_t k = 0; k < std::min(unmatchedL.size(), unmatchedN.size()) && !full(); ++k)
            compare(l.items[unmatchedL[k]], n.items[unmatchedN[k]], at + "/" + std::to_string(unmatchedL[k]), depth + 1);
    }

    const JsonDiffOptions& m_options;
    std::vector<Difference>& m_out;
};

} // namespace

std::vector<Difference> JsonDiff::compare(const JsonValue& legacy, const JsonValue& native,
                                          const JsonDiffOptions& options, const std::string& base)
{
    std::vector<Difference> out;
    Differ(options, out).compare(legacy, native, base, 0);
    return out;
}

std::string JsonDiff::escapeToken(std::string_view token)
{
    std::string out;
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string JsonDiff::indexFree(std::string_view pointer)
{
    std::string out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        if (pointer[i] != '/') {
            out += pointer[i++];
            continue;
        }
        std::size_t end = pointer.find('/', i + 1);
        if (end == std::string_view::npos)
            end = pointer.size();
        const std::string_view token = pointer.substr(i + 1, end - i - 1);
        const bool numeric = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        out += '/';
        out += numeric ? std::string_view("*") : token;
        i = end;
    }
    return out;
}

std::string JsonDiff::excerpt(const JsonValue& value, std::size_t limit)
{
    std::string text = writeJson(value);
    if (text.size() <= limit)
        return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    text.resize(cut);
    return text + "…";
}

} // namespace graft::harness
