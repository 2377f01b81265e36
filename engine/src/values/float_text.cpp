#include "values/float_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace graft::values {

void appendFloatText(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "nan";
        return;
    }
    if (std::isinf(value)) {
        out += value < 0 ? "-inf" : "inf";
        return;
    }
    // std::to_chars(scientific) without a precision gives the shortest digits that read back as
    // `value` (the same digits as Python's repr): "-d.ddde+XX" with at least two exponent digits.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const char *p = buf;
    const char *end = res.ptr;
    if (*p == '-') {
        out += '-';
        ++p;
    }
    const char *e = static_cast<const char *>(std::memchr(p, 'e', static_cast<std::size_t>(end - p)));
    char digits[32];
    std::size_t n = 0;
    for (const char *q = p; q < e; ++q) {
        if (*q != '.')
            digits[n++] = *q;
    }
    int exponent = 0;
    std::from_chars(e[1] == '+' ? e + 2 : e + 1, end, exponent); // from_chars reads a '-' itself

    if (exponent < -4 || exponent > 15) {
        // Exponent form: keep to_chars' mantissa and exponent text as they are.
        out.append(p, end);
        return;
    }
    if (exponent < 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-exponent - 1), '0');
        out.append(digits, n);
        return;
    }
    const auto intDigits = static_cast<std::size_t>(exponent) + 1;
    if (n <= intDigits) {
        out.append(digits, n);
        out.append(intDigits - n, '0');
        out += ".0";
    } else {
        out.append(digits, intDigits);
        out += '.';
        out.append(digits + intDigits, n - intDigits);
    }
}

std::string floatText(double value)
{
    std::string out;
    appendFloatText(out, value);
    return out;
}

double parseFloatToken(std::string_view token)
{
    const char *first = token.data();
    const char *last = first + token.size();
    const bool negative = first != last && *first == '-';
    double value = 0;
    // from_chars (locale-independent, correctly rounded) rejects a leading '-' only for unsigned.
    const auto res = std::from_chars(first, last, value, std::chars_format::general);
    if (res.ec != std::errc::result_out_of_range)
        return value;
    // Out of range: overflow when the first significant digit sits at a decimal exponent > 0.
    long long integerDigits = 0;
    long long digitIndex = 0;
    long long firstSignificant = -1;
    bool seenPoint = false;
    const char *p = negative ? first + 1 : first;
    for (; p < last && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            seenPoint = true;
            continue;
        }
        if (!seenPoint)
            ++integerDigits;
        if (firstSignificant < 0 && *p != '0')
            firstSignificant = digitIndex;
        ++digitIndex;
    }
    const long long position = integerDigits - 1 - firstSignificant;
    long long exponent = 0;
    if (p < last) {
        ++p;
        bool expNegative = false;
        if (p < last && (*p == '+' || *p == '-'))
            expNegative = *p++ == '-';
        for (; p < last; ++p)
            exponent = exponent > 100000000 ? exponent : exponent * 10 + (*p - '0');
        if (expNegative)
            exponent = -exponent;
    }
    const bool overflow = position + exponent > 0;
    const double magnitude = overflow ? HUGE_VAL : 0.0;
    return negative ? -magnitude : magnitude;
}

std::string integralDigits(double value)
{
    if (value == 0)
        return "0";
    int exp2 = 0;
    const double fraction = std::frexp(std::fabs(value), &exp2); // |value| = fraction * 2^exp2
    // 53-bit integer mantissa m with |value| = m * 2^shift.
    const auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    const int shift = exp2 - 53;
    std::string out = value < 0 ? "-" : "";
    if (shift <= 0) {
        out += std::to_string(mantissa >> -shift); // integral, so the dropped bits are zero
        return out;
    }
    // Big integer in base 10^9, little-endian limbs, multiplied by 2 `shift` times (shift <= 971).
    std::vector<std::uint32_t> limbs;
    for (std::uint64_t m = mantissa; m != 0; m /= 1000000000u)
        limbs.push_back(static_cast<std::uint32_t>(m % 1000000000u));
    for (int s = shift; s > 0;) {
        const int step = s > 29 ? 29 : s; // limb * 2^29 + carry stays below 2^64
        s -= step;
        std::uint64_t carry = 0;
        for (std::uint32_t &limb : limbs) {
            const std::uint64_t v = (std::uint64_t(limb) << step) + carry;
            limb = static_cast<std::uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry != 0) {
            limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    out += std::to_string(limbs.back());
    for (std::size_t i = limbs.size() - 1; i-- > 0;) {
        const std::string part = std::to_string(limbs[i]);
        out.append(9 - part.size(), '0');
        out += part;
    }
    return out;
}

} // namespace graft::values
