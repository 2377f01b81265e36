#pragma once

#include <string>
#include <string_view>

namespace graft::values {

/// Appends Python's repr(float) of `value` (CONTRACT §4.4): shortest round-trip digits, positional
/// when the decimal exponent is in [-4, 15] (`100.0`, `0.0001`), else `1e+16` / `1e-05`; `-0.0`;
/// non-finite values as Python writes them (`inf`, `-inf`, `nan`).
void appendFloatText(std::string &out, double value);

/// Python's repr(float) of `value`; see appendFloatText().
std::string floatText(double value);

/// Python's str(int(value)) for a finite `value` with an integral value: its exact decimal digits
/// (`1e20` -> `100000000000000000000`, `-0.0` -> `0`). Requires std::isfinite(value).
std::string integralDigits(double value);

/// The correctly rounded binary64 of a JSON or GraphQL number token (`-?digits[.digits][e±digits]`),
/// as Python's float(token): ±inf beyond the binary64 range, ±0.0 below it.
double parseFloatToken(std::string_view token);

} // namespace graft::values
