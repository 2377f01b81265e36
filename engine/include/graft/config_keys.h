#pragma once

// The one table of configuration keys: a host's key/value pairs (the Python module's keywords, the
// harness's configuration JSON) applied to an EngineConfig.

#include "graft/engine.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace graft {

/// A configuration value as a host gives it: a whole number, a flag or a text.
using ConfigValue = std::variant<std::int64_t, bool, std::string>;

/// Why setConfigValue refused a key.
struct ConfigError {
    enum class Kind { UnknownKey, WrongKind, Negative };
    Kind kind = Kind::UnknownKey;
    std::string message; ///< names the key as the host spelt it
};

/// Sets one key of `config` from a host's value. `key` is the contract's camelCase name
/// (`maxLimit`, `statementTimeoutMs`) or its snake_case form (`max_limit`). The keys: the limits of
/// §2.1, defaultSchema, planCache, planCacheEntries, planCacheBytes, documentCacheEntries,
/// documentCacheBytes, poolSize, statementTimeoutMs. This is the one table of configuration keys:
/// the Python module's keywords and the harness's configuration JSON both go through it.
std::optional<ConfigError> setConfigValue(EngineConfig &config, std::string_view key, const ConfigValue &value);

} // namespace graft
