#pragma once

// Where the pool connects: a libpq key=value DSN (`host=/tmp/graft-pg.x port=5432 user=postgres
// dbname=graft`) split into the fields QSqlDatabase takes and libpq options for the rest.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace graft::exec {

/// A parsed libpq key=value connection string.
struct ConnectionSettings {
    std::string host;     ///< a socket directory (starts with `/`) or a host name/address
    int port = 0;         ///< 0: libpq's default
    std::string user;
    std::string password;
    std::string dbname;
    /// Every other keyword (sslmode, connect_timeout, options, application_name, …), in order.
    std::vector<std::pair<std::string, std::string>> options;

    /// Parses `dsn`; on failure returns false and says why in `*why`.
    static bool parse(std::string_view dsn, ConnectionSettings *out, std::string *why);

    /// The value of option `key`, or empty.
    std::string option(std::string_view key) const;
    /// The extra options as QPSQL's connect-options text (`k='v';k2='v2'`, libpq quoting).
    std::string qtConnectOptions() const;
};

} // namespace graft::exec
