#pragma once

// The text formats of CONTRACT §1.3 (and §4.3, §5.3): hand-written scanners, no regex. Each
// check accepts exactly the contract's grammar and nothing else (no surrounding whitespace).

#include <optional>
#include <string>
#include <string_view>

namespace graft::values {

/// NUM: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` (a Decimal given as a String).
bool isDecimalNumber(std::string_view text);

/// UUID: 8-4-4-4-12 hex digits, any case.
bool isUuid(std::string_view text);

/// Date: `YYYY-MM-DD`, a real (proleptic Gregorian) calendar date, year 0001-9999.
bool isDate(std::string_view text);

/// DateTime (§4.3): the normalised UTC text `YYYY-MM-DDThh:mm:ss[.F]Z` of an accepted value, or
/// nullopt when the text is not accepted or its UTC year falls outside 0001-9999.
std::optional<std::string> normalizeDateTime(std::string_view text);

/// IPv4: four decimal octets 0-255 joined by `.`, no leading zeros (`0` itself allowed).
bool isIpv4(std::string_view text);

/// IPv6: RFC 4291 §2.2 text as Python's ipaddress.IPv6Address reads it (without a zone): eight
/// groups of 1-4 hex digits, one `::` standing for one or more zero groups, optionally the last 32
/// bits as a dotted IPv4.
bool isIpv6(std::string_view text);

/// IpAddress: isIpv4() or isIpv6().
bool isIpAddress(std::string_view text);

/// MacAddress: six hex pairs joined all by `:` or all by `-`.
bool isMacAddress(std::string_view text);

/// LTree: labels `[A-Za-z0-9_]{1,256}` joined by `.`, at least one.
bool isLTree(std::string_view text);

/// DateRange: `empty`, or `[`/`(` + optional Date + `,` + optional Date + `]`/`)`, lower <= upper.
bool isDateRange(std::string_view text);

/// inSubnet (§5.3): an IpAddress + `/` + a prefix length (0-32 for IPv4, 0-128 for IPv6),
/// decimal without leading zeros.
bool isCidr(std::string_view text);

/// `text` with ASCII letters lower-cased (the UUID parameter text).
std::string asciiLower(std::string_view text);

} // namespace graft::values
