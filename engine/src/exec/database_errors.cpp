#include "exec/database_errors.h"

#include <string>

namespace graft::exec {

Error databaseError(std::string_view primaryMessage, std::string_view sqlstate)
{
    const std::string_view firstLine = primaryMessage.substr(0, primaryMessage.find('\n'));
    Error error;
    error.code = ErrorCode::DatabaseError;
    error.message = "Database error: " + std::string(firstLine);
    error.sqlstate = std::string(sqlstate);
    return error;
}

Error connectionFailure()
{
    return databaseError("connection failure", kConnectionFailureState);
}

Error notExecuted()
{
    Error error;
    error.code = ErrorCode::DatabaseError;
    error.message = "Not executed because an earlier statement in this request failed.";
    return error;
}

Error internalError()
{
    Error error;
    error.code = ErrorCode::InternalServerError;
    error.message = "Internal server error.";
    return error;
}

bool isConnectionFailure(const Error &error)
{
    return error.code == ErrorCode::DatabaseError && error.sqlstate == kConnectionFailureState
        && error.message == "Database error: connection failure";
}

} // namespace graft::exec
