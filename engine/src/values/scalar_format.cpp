#include "values/scalar_format.h"

#include <array>
#include <cstdint>

namespace graft::values {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Digits at text[pos, pos+count) as a number; -1 when any is not a digit.
int digitsAt(std::string_view text, std::size_t pos, std::size_t count)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

struct Ymd {
    int year = 0;
    int month = 0;
    int day = 0;
};

// `YYYY-MM-DD` at the start of `text` (exactly 10 characters read), a real date in 0001-9999.
std::optional<Ymd> parseDate(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const Ymd d{digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)};
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month))
        return std::nullopt;
    return d;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<std::int64_t>(y - era * 400);
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Ymd{static_cast<int>(y + (m <= 2)), m, d};
}

void appendPadded(std::string &out, int value, int width)
{
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buf, static_cast<std::size_t>(width));
}

// One IPv4 octet as Python's ipaddress reads it: 1-3 ASCII digits, no leading zero, <= 255.
bool isOctet(std::string_view part)
{
    if (part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0'))
        return false;
    int value = 0;
    for (const char c : part) {
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    return value <= 255;
}

bool isHextet(std::string_view part)
{
    if (part.empty() || part.size() > 4)
        return false;
    for (const char c : part) {
        if (!isHex(c))
            return false;
    }
    return true;
}

} // namespace

bool isDecimalNumber(std::string_view text)
{
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (i < n && text[i] == '-')
        ++i;
    if (i >= n || !isDigit(text[i]))
        return false;
    if (text[i] == '0') {
        ++i;
    } else {
        while (i < n && isDigit(text[i]))
            ++i;
    }
    if (i < n && text[i] == '.') {
        ++i;
        if (i >= n || !isDigit(text[i]))
            return false;
        while (i < n && isDigit(text[i]))
            ++i;
    }
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (i >= n || !isDigit(text[i]))
            return false;
        while (i < n && isDigit(text[i]))
            ++i;
    }
    return i == n;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isHex(text[i]))
            return false;
    }
    return true;
}

bool isDate(std::string_view text)
{
    return text.size() == 10 && parseDate(text).has_value();
}

std::optional<std::string> normalizeDateTime(std::string_view text)
{
    // YYYY-MM-DDThh:mm:ss = 19 characters, then [.F{1,6}], then Z | ±hh:mm.
    if (text.size() < 20)
        return std::nullopt;
    const std::optional<Ymd> date = parseDate(text);
    if (!date || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    std::size_t pos = 19;
    std::string_view fraction;
    if (text[pos] == '.') {
        const std::size_t start = ++pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        if (pos == start || pos - start > 6)
            return std::nullopt;
        fraction = text.substr(start, pos - start);
    }
    int offsetMinutes = 0;
    const std::string_view zone = text.substr(pos);
    if (zone == "Z" || zone == "z") {
        offsetMinutes = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        const int offsetHours = digitsAt(zone, 1, 2);
        const int offsetMins = digitsAt(zone, 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59)
            return std::nullopt;
        offsetMinutes = (offsetHours * 60 + offsetMins) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const std::int64_t local =
        daysFromCivil(date->year, date->month, date->day) * 86400 + hour * 3600 + minute * 60 + second;
    const std::int64_t utc = local - std::int64_t(offsetMinutes) * 60;
    const std::int64_t days = utc >= 0 ? utc / 86400 : (utc - 86399) / 86400;
    const auto secondsOfDay = static_cast<int>(utc - days * 86400);
    const Ymd u = civilFromDays(days);
    if (u.year < 1 || u.year > 9999)
        return std::nullopt;
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    std::string out;
    out.reserve(28);
    appendPadded(out, u.year, 4);
    out += '-';
    appendPadded(out, u.month, 2);
    out += '-';
    appendPadded(out, u.day, 2);
    out += 'T';
    appendPadded(out, secondsOfDay / 3600, 2);
    out += ':';
    appendPadded(out, secondsOfDay / 60 % 60, 2);
    out += ':';
    appendPadded(out, secondsOfDay % 60, 2);
    if (!fraction.empty()) {
        out += '.';
        out += fraction;
    }
    out += 'Z';
    return out;
}

bool isIpv4(std::string_view text)
{
    int parts = 0;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = text.find('.', start);
        const std::string_view part = text.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (!isOctet(part) || ++parts > 4)
            return false;
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return parts == 4;
}

bool isIpv6(std::string_view text)
{
    // Mirrors ipaddress.IPv6Address._ip_int_from_string of Python 3.11.
    constexpr int kHextets = 8;
    std::array<std::string_view, 10> parts{};
    std::size_t count = 0;
    std::size_t start = 0;
    for (;;) {
        const std::size_t colon = text.find(':', start);
        if (count == parts.size())
            return false; // more than 9 parts
        parts[count++] = text.substr(start, colon == std::string_view::npos ? colon : colon - start);
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    if (count < 3)
        return false;
    bool ipv4Tail = false;
    if (parts[count - 1].find('.') != std::string_view::npos) {
        if (!isIpv4(parts[count - 1]))
            return false;
        ipv4Tail = true; // stands for two hextets
    }
    const std::size_t total = count + (ipv4Tail ? 1 : 0);
    if (total > kHextets + 1)
        return false;
    // A "::" with nothing in between, endpoints disregarded.
    std::size_t skip = 0;
    for (std::size_t i = 1; i + 1 < count; ++i) {
        if (parts[i].empty()) {
            if (skip != 0)
                return false;
            skip = i;
        }
    }
    const bool firstEmpty = parts[0].empty();
    const bool lastEmpty = parts[count - 1].empty();
    if (skip != 0) {
        std::size_t hi = skip;
        std::size_t lo = total - skip - 1;
        if (firstEmpty && --hi != 0)
            return false;
        if (lastEmpty && --lo != 0)
            return false;
        if (static_cast<int>(hi + lo) > kHextets - 1)
            return false;
    } else if (total != kHextets || firstEmpty || lastEmpty) {
        return false;
    }
    for (std::size_t i = 0; i < count; ++i) {
        const bool tail = ipv4Tail && i == count - 1;
        const bool elided = parts[i].empty() && (i == skip || (skip != 0 && (i == 0 || i == count - 1)));
        if (!tail && !elided && !isHextet(parts[i]))
            return false;
    }
    return true;
}

bool isIpAddress(std::string_view text)
{
    return isIpv4(text) || isIpv6(text);
}

bool isMacAddress(std::string_view text)
{
    if (text.size() != 17)
        return false;
    const char separator = text[2];
    if (separator != ':' && separator != '-')
        return false;
    for (std::size_t i = 0; i < 17; ++i) {
        if (i % 3 == 2 ? text[i] != separator : !isHex(text[i]))
            return false;
    }
    return true;
}

bool isLTree(std::string_view text)
{
    std::size_t label = 0;
    for (const char c : text) {
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
            continue;
        }
        const bool word = isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!word || ++label > 256)
            return false;
    }
    return label != 0;
}

bool isDateRange(std::string_view text)
{
    if (text == "empty")
        return true;
    if (text.size() < 3 || (text.front() != '[' && text.front() != '(') || (text.back() != ']' && text.back() != ')'))
        return false;
    const std::string_view inner = text.substr(1, text.size() - 2);
    const std::size_t comma = inner.find(',');
    if (comma == std::string_view::npos)
        return false;
    const std::string_view lower = inner.substr(0, comma);
    const std::string_view upper = inner.substr(comma + 1);
    if ((!lower.empty() && !isDate(lower)) || (!upper.empty() && !isDate(upper)))
        return false;
    // Same-width YYYY-MM-DD texts order as their dates.
    return lower.empty() || upper.empty() || lower <= upper;
}

bool isCidr(std::string_view text)
{
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos)
        return false;
    const std::string_view address = text.substr(0, slash);
    const std::string_view prefix = text.substr(slash + 1);
    if (prefix.empty() || prefix.size() > 3 || (prefix.size() > 1 && prefix[0] == '0'))
        return false;
    int length = 0;
    for (const char c : prefix) {
        if (!isDigit(c))
            return false;
        length = length * 10 + (c - '0');
    }
    if (isIpv4(address))
        return length <= 32;
    return isIpv6(address) && length <= 128;
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

} // namespace graft::values
