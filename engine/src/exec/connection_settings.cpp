#include "exec/connection_settings.h"

#include <cctype>
#include <charconv>

namespace graft::exec {

namespace {

bool isSpace(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

/// libpq quoting: single quotes, with `\` and `'` escaped by a backslash.
std::string quoted(std::string_view value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    out += '\'';
    return out;
}

} // namespace

bool ConnectionSettings::parse(std::string_view dsn, ConnectionSettings *out, std::string *why)
{
    ConnectionSettings settings;
    std::size_t i = 0;
    const auto skipSpaces = [&] {
        while (i < dsn.size() && isSpace(dsn[i]))
            ++i;
    };
    if (dsn.starts_with("postgres://") || dsn.starts_with("postgresql://")) {
        *why = "connection URIs are not supported; use the key=value form";
        return false;
    }
    for (skipSpaces(); i < dsn.size(); skipSpaces()) {
        const std::size_t keyStart = i;
        while (i < dsn.size() && dsn[i] != '=' && !isSpace(dsn[i]))
            ++i;
        const std::string key(dsn.substr(keyStart, i - keyStart));
        skipSpaces();
        if (key.empty() || i >= dsn.size() || dsn[i] != '=') {
            *why = "missing \"=\" after \"" + key + "\" in the connection string";
            return false;
        }
        ++i;
        skipSpaces();
        std::string value;
        if (i < dsn.size() && dsn[i] == '\'') {
            ++i;
            bool closed = false;
            for (; i < dsn.size(); ++i) {
                if (dsn[i] == '\\' && i + 1 < dsn.size()) {
                    value += dsn[++i];
                } else if (dsn[i] == '\'') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    value += dsn[i];
                }
            }
            if (!closed) {
                *why = "unterminated quoted value for \"" + key + "\" in the connection string";
                return false;
            }
        } else {
            for (; i < dsn.size() && !isSpace(dsn[i]); ++i) {
                if (dsn[i] == '\\' && i + 1 < dsn.size())
                    ++i;
                value += dsn[i];
            }
        }
        if (key == "host") {
            settings.host = value;
        } else if (key == "port") {
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), settings.port);
            if (ec != std::errc() || end != value.data() + value.size() || settings.port <= 0 || settings.port > 65535) {
                *why = "invalid port \"" + value + "\" in the connection string";
                return false;
            }
        } else if (key == "user") {
            settings.user = value;
        } else if (key == "password") {
            settings.password = value;
        } else if (key == "dbname") {
            settings.dbname = value;
        } else if (value.find(';') != std::string::npos) {
            // QPSQL splits its connect options at ';'.
            *why = "the value of \"" + key + "\" must not contain \";\"";
            return false;
        } else {
            settings.options.emplace_back(key, value);
        }
    }
    *out = std::move(settings);
    return true;
}

std::string ConnectionSettings::option(std::string_view key) const
{
    for (const auto &[k, v] : options) {
        if (k == key)
            return v;
    }
    return {};
}

std::string ConnectionSettings::qtConnectOptions() const
{
    std::string out;
    for (const auto &[key, value] : options) {
        if (!out.empty())
            out += ';';
        out += key + '=' + quoted(value);
    }
    return out;
}

} // namespace graft::exec
