#pragma once

#include "graft/error.h"

#include <string>
#include <string_view>

namespace graft::json {

/// Writes the exact response bytes of CONTRACT §7.1 / §7.3 / §8.1: root field values in root
/// selection order, field errors, null propagation for non-null root fields.
class ResponseWriter {
public:
    /// Root field `responseKey` has the value `json` (JSON text already in §7.3 form).
    void value(std::string_view responseKey, std::string_view json);
    /// Root field `responseKey` failed with `error` (listed in call order); its value is null and,
    /// when the field is non-null (a list query, `[T!]!`), so is `data` (§7.1).
    void fieldError(std::string_view responseKey, Error error, bool nonNull);

    /// `{"data":…}`, or `{"errors":[…],"data":…}` when a field failed.
    std::string finish() const;
    /// The field errors so far.
    const Errors &errors() const { return m_errors; }

    /// The response of a request error (steps 1-6): `{"errors":[…]}`.
    static std::string requestErrors(const Errors &errors);
    /// Appends one error object: message, locations (when any), path (when any), extensions
    /// {code[, sqlstate]}.
    static void appendError(std::string &out, const Error &error);
    /// Appends `[error,…]`.
    static void appendErrors(std::string &out, const Errors &errors);

private:
    std::string m_data; // members of the data object
    Errors m_errors;
    bool m_dataNull = false;
};

} // namespace graft::json
