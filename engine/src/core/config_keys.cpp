// The one table of configuration keys (see setConfigValue in graft/engine.h).

#include "graft/config_keys.h"

#include <algorithm>
#include <array>
#include <limits>

namespace graft {

namespace {

/// What a key takes.
enum class Takes { Count, Flag, Text };

/// One configuration key: its contract name and where its value goes.
struct Key {
    std::string_view name; ///< camelCase, as CONTRACT §2.1 spells it
    Takes takes;
    void (*set)(EngineConfig &config, const ConfigValue &value);
};

std::int64_t countOf(const ConfigValue &value)
{
    return std::get<std::int64_t>(value);
}

std::size_t sizeOf(const ConfigValue &value)
{
    return static_cast<std::size_t>(countOf(value));
}

constexpr std::array kKeys{
    Key{"maxLimit", Takes::Count, [](EngineConfig &c, const ConfigValue &v) { c.limits.maxLimit = countOf(v); }},
    Key{"maxDepth", Takes::Count, [](EngineConfig &c, const ConfigValue &v) { c.limits.maxDepth = sizeOf(v); }},
    Key{"maxDocumentBytes", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.limits.maxDocumentBytes = sizeOf(v); }},
    Key{"maxNesting", Takes::Count, [](EngineConfig &c, const ConfigValue &v) { c.limits.maxNesting = sizeOf(v); }},
    Key{"maxRootFields", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.limits.maxRootFields = sizeOf(v); }},
    Key{"maxAliases", Takes::Count, [](EngineConfig &c, const ConfigValue &v) { c.limits.maxAliases = sizeOf(v); }},
    Key{"maxInputDepth", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.limits.maxInputDepth = sizeOf(v); }},
    Key{"defaultSchema", Takes::Text,
        [](EngineConfig &c, const ConfigValue &v) { c.defaultSchema = std::get<std::string>(v); }},
    Key{"planCache", Takes::Flag, [](EngineConfig &c, const ConfigValue &v) { c.planCache = std::get<bool>(v); }},
    Key{"planCacheEntries", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.planCacheEntries = sizeOf(v); }},
    Key{"planCacheBytes", Takes::Count, [](EngineConfig &c, const ConfigValue &v) { c.planCacheBytes = sizeOf(v); }},
    Key{"documentCacheEntries", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.documentCacheEntries = sizeOf(v); }},
    Key{"documentCacheBytes", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.documentCacheBytes = sizeOf(v); }},
    Key{"poolSize", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) {
            c.poolSize = static_cast<int>(std::min<std::int64_t>(countOf(v), std::numeric_limits<int>::max()));
        }},
    Key{"statementTimeoutMs", Takes::Count,
        [](EngineConfig &c, const ConfigValue &v) { c.statementTimeout = std::chrono::milliseconds(countOf(v)); }},
};

/// Whether `key` is `name` (camelCase) or its snake_case form.
bool names(std::string_view key, std::string_view name)
{
    if (key == name)
        return true;
    std::size_t at = 0;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z') {
            if (at + 1 >= key.size() || key[at] != '_' || key[at + 1] != c - 'A' + 'a')
                return false;
            at += 2;
        } else {
            if (at >= key.size() || key[at] != c)
                return false;
            ++at;
        }
    }
    return at == key.size();
}

std::string_view kindWords(Takes takes)
{
    switch (takes) {
    case Takes::Count:
        return "a whole number";
    case Takes::Flag:
        return "true or false";
    case Takes::Text:
        return "a string";
    }
    return "";
}

} // namespace

std::optional<ConfigError> setConfigValue(EngineConfig &config, std::string_view key, const ConfigValue &value)
{
    for (const Key &entry : kKeys) {
        if (!names(key, entry.name))
            continue;
        const bool fits = (entry.takes == Takes::Count && std::holds_alternative<std::int64_t>(value))
            || (entry.takes == Takes::Flag && std::holds_alternative<bool>(value))
            || (entry.takes == Takes::Text && std::holds_alternative<std::string>(value));
        const std::string quoted = "configuration key \"" + std::string(key) + "\"";
        if (!fits)
            return ConfigError{ConfigError::Kind::WrongKind, quoted + " takes " + std::string(kindWords(entry.takes))};
        if (entry.takes == Takes::Count && countOf(value) < 0)
            return ConfigError{ConfigError::Kind::Negative, quoted + " must not be negative"};
        entry.set(config, value);
        return std::nullopt;
    }
    return ConfigError{ConfigError::Kind::UnknownKey, "unknown configuration key \"" + std::string(key) + "\""};
}

} // namespace graft
