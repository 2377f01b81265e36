#pragma once

// Low-level helpers over JSON text shared by the row projectors: whitespace, string and value
// skipping, string decoding and §7.3 re-encoding. Pointers advance in place; every function stops
// at `end` and reports malformed input by returning false.

#include <string>

namespace graft::json::scan {

/// Skips JSON whitespace.
inline void skipSpace(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
}

/// At a `"`: moves past the closing quote; `escaped` tells whether a backslash occurred.
bool skipString(const char *&p, const char *end, bool &escaped);

/// Skips one value (strings and brackets matched, scalars up to a delimiter); not a full check.
bool skipValue(const char *&p, const char *end);

/// Decodes the content of a string (between its quotes) into UTF-8; false on a bad escape.
bool decodeString(const char *begin, const char *end, std::string &out);

/// Appends the content of a string (between its quotes) as a §7.3 JSON string, quotes included.
bool reencodeString(const char *begin, const char *end, std::string &out);

/// Appends the one value at `p` compacted, numbers verbatim, strings re-encoded; iterative.
bool transcodeValue(const char *&p, const char *end, std::string &out);

} // namespace graft::json::scan
