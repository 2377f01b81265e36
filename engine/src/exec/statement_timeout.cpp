#include "exec/statement_timeout.h"

#include <string>

namespace graft::exec {

std::optional<Error> changeStatementTimeout(SqlRunner &runner, std::chrono::milliseconds &current,
                                            std::chrono::milliseconds wanted)
{
    if (wanted == current)
        return std::nullopt;
    if (std::optional<Error> error = runner.command("SET statement_timeout = " + std::to_string(wanted.count())))
        return error;
    current = wanted;
    return std::nullopt;
}

} // namespace graft::exec
