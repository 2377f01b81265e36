#include "sql_compare.h"

#include <algorithm>
#include <cctype>

namespace graft::harness {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

/// Byte positions of `keyword` (surrounded by spaces) outside quotes.
std::vector<std::size_t> findKeyword(std::string_view sql, std::string_view keyword)
{
    std::vector<std::size_t> hits;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            continue;
        }
        if (c == ' ' && sql.substr(i + 1, keyword.size()) == keyword
            && (i + 1 + keyword.size() == sql.size() || sql[i + 1 + keyword.size()] == ' '))
            hits.push_back(i + 1);
    }
    return hits;
}

/// Operator-like tokens at depth 0 of `group` (the text inside one pair of parentheses), quotes
/// and deeper groups skipped; casts (`::type`) and JSON paths (`->`, `->>`) are not operators.
std::string operatorsOf(std::string_view group)
{
    static const std::vector<std::string_view> kWords{"LIKE", "ILIKE", "ANY", "ALL", "IS", "NOT", "NULL", "AND", "OR"};
    std::vector<std::string> found;
    int depth = 0;
    char quote = 0;
    for (std::size_t i = 0; i < group.size();) {
        const char c = group[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            ++i;
            continue;
        }
        if (c == '(') {
            ++depth;
            ++i;
            continue;
        }
        if (c == ')') {
            --depth;
            ++i;
            continue;
        }
        if (c == ':' && i + 1 < group.size() && group[i + 1] == ':') {
            i += 2;
            while (i < group.size() && (isWordChar(group[i]) || group[i] == '[' || group[i] == ']'
                                        || (group[i] == ' ' && i + 1 < group.size() && group[i + 1] == 'p')))
                ++i;
            continue;
        }
        if (c == '-' && i + 1 < group.size() && group[i + 1] == '>') {
            i += (i + 2 < group.size() && group[i + 2] == '>') ? 3 : 2;
            continue;
        }
        if (c == '$') {
            ++i;
            while (i < group.size() && std::isdigit(static_cast<unsigned char>(group[i])))
                ++i;
            continue;
        }
        if (isWordChar(c)) {
            std::size_t end = i;
            while (end < group.size() && isWordChar(group[end]))
                ++end;
            const std::string_view word = group.substr(i, end - i);
            const bool isCall = end < group.size() && group[end] == '(';
            if (depth == 0 && (isCall || std::find(kWords.begin(), kWords.end(), word) != kWords.end()))
                found.emplace_back(word);
            i = end;
            continue;
        }
        if (!isSpace(c) && c != ',') {
            std::size_t end = i;
            while (end < group.size() && std::string_view("=<>!~*@&|-").find(group[end]) != std::string_view::npos)
                ++end;
            if (end == i)
                end = i + 1;
            if (depth == 0)
                found.emplace_back(group.substr(i, end - i));
            i = end;
            continue;
        }
        ++i;
    }
    std::string joined;
    for (const std::string& f : found)
        joined += (joined.empty() ? "" : " ") + f;
    return joined;
}

} // namespace

std::vector<Difference> SqlCompare::compareStatements(const std::vector<std::string>& legacy,
                                                      const std::vector<std::string>& native)
{
    std::vector<Difference> out;
    if (legacy.size() != native.size()) {
        out.push_back({DiffKind::Sql, "/sql", std::to_string(legacy.size()) + " statements",
                       std::to_string(native.size()) + " statements", "statement count", false});
    }
    const std::size_t common = std::min(legacy.size(), native.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (legacy[i] == native[i])
            continue;
        const bool whitespaceOnly = normaliseWhitespace(legacy[i]) == normaliseWhitespace(native[i]);
        out.push_back({DiffKind::Sql, "/sql/" + std::to_string(i), legacy[i], native[i],
                       whitespaceOnly ? "whitespace-only" : "text", false});
    }
    for (std::size_t i = common; i < std::max(legacy.size(), native.size()); ++i) {
        const bool legacyHas = i < legacy.size();
        out.push_back({DiffKind::Sql, "/sql/" + std::to_string(i), legacyHas ? legacy[i] : std::string(),
                       legacyHas ? std::string() : native[i], legacyHas ? "legacy only" : "native only", false});
    }
    return out;
}

std::vector<Difference> SqlCompare::compareParams(const std::vector<std::vector<Param>>& legacy,
                                                  const std::vector<std::vector<Param>>& native)
{
    std::vector<Difference> out;
    const std::size_t statements = std::max(legacy.size(), native.size());
    static const std::vector<Param> kNone;
    for (std::size_t i = 0; i < statements; ++i) {
        const std::vector<Param>& l = i < legacy.size() ? legacy[i] : kNone;
        const std::vector<Param>& n = i < native.size() ? native[i] : kNone;
        const std::string base = "/params/" + std::to_string(i);
        if (l.size() != n.size())
            out.push_back({DiffKind::Params, base, std::to_string(l.size()) + " parameters",
                           std::to_string(n.size()) + " parameters", "parameter count", false});
        for (std::size_t j = 0; j < std::min(l.size(), n.size()); ++j) {
            const std::string at = base + "/" + std::to_string(j);
            if (l[j].type != n[j].type)
                out.push_back({DiffKind::Params, at + "/type", l[j].type, n[j].type, "type", false});
            if (l[j].text != n[j].text)
                out.push_back({DiffKind::Params, at + "/text", l[j].text, n[j].text, "text", false});
        }
    }
    return out;
}

std::string SqlCompare::normaliseWhitespace(std::string_view sql)
{
    std::string out;
    bool pending = false;
    for (const char c : sql) {
        if (isSpace(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending)
            out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

bool SqlCompare::hasOrderBy(std::string_view sql)
{
    return !findKeyword(sql, "ORDER BY").empty();
}

bool SqlCompare::looksLikeLookup(std::string_view sql)
{
    return !findKeyword(sql, "WHERE").empty() && findKeyword(sql, "ORDER BY").empty()
           && findKeyword(sql, "LIMIT").empty() && findKeyword(sql, "OFFSET").empty();
}

std::string SqlCompare::operatorAt(std::string_view sql, std::size_t offset)
{
    offset = std::min(offset, sql.empty() ? 0 : sql.size() - 1);
    std::string clause = "SELECT";
    std::size_t clauseStart = 0;
    for (const std::string_view keyword : {"FROM", "WHERE", "ORDER BY", "LIMIT", "OFFSET"}) {
        for (const std::size_t at : findKeyword(sql, keyword)) {
            if (at <= offset && at >= clauseStart) {
                clause = std::string(keyword);
                clauseStart = at;
            }
        }
    }
    if (clause != "WHERE")
        return clause;
    // Walk outwards from the innermost parenthesised group holding `offset`.
    std::vector<std::size_t> opens;
    std::vector<std::pair<std::size_t, std::size_t>> groups;  // innermost first
    char quote = 0;
    for (std::size_t i = clauseStart; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"')
            quote = c;
        else if (c == '(')
            opens.push_back(i);
        else if (c == ')' && !opens.empty()) {
            const std::size_t open = opens.back();
            opens.pop_back();
            if (open <= offset && offset <= i)
                groups.emplace_back(open, i);
        }
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto& a, const auto& b) { return (a.second - a.first) < (b.second - b.first); });
    for (const auto& [open, close] : groups) {
        const std::string ops = operatorsOf(sql.substr(open + 1, close - open - 1));
        if (!ops.empty() && ops != "AND" && ops.find("AND AND") == std::string::npos)
            return ops;
    }
    return clause;
}

std::string SqlCompare::operatorOfParam(std::string_view sql, std::size_t number)
{
    const std::string needle = "$" + std::to_string(number) + "::";
    const std::size_t at = sql.find(needle);
    if (at == std::string_view::npos)
        return {};
    return operatorAt(sql, at);
}

std::string SqlCompare::relationOf(std::string_view sql)
{
    const std::vector<std::size_t> from = findKeyword(sql, "FROM");
    if (from.empty())
        return {};
    std::string out;
    for (std::size_t i = from.front() + 5; i < sql.size() && sql[i] != ' '; ++i) {
        if (sql[i] != '"')
            out += sql[i];
    }
    return out;
}

std::size_t SqlCompare::commonPrefix(std::string_view a, std::string_view b)
{
    const auto mismatch = std::mismatch(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(std::min(a.size(), b.size())), b.begin());
    return static_cast<std::size_t>(mismatch.first - a.begin());
}

} // namespace graft::harness
