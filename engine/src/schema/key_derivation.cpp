#include "schema/key_derivation.h"

namespace graft::schema {

namespace {

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char toLower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

std::string deriveDocumentKey(std::string_view fieldName)
{
    std::size_t prefix = 0;
    while (prefix < fieldName.size() && fieldName[prefix] == '_')
        ++prefix;
    std::string key(fieldName.substr(0, prefix));
    const std::string_view rest = fieldName.substr(prefix);
    key.reserve(fieldName.size() + 8);
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (i > 0 && isUpper(c)) {
            const char before = rest[i - 1];
            const bool afterLowerOrDigit = isLower(before) || isDigit(before);
            const bool endsAcronym = isUpper(before) && i + 1 < rest.size() && isLower(rest[i + 1]);
            if (afterLowerOrDigit || endsAcronym)
                key += '_';
        }
        key += toLower(c);
    }
    return key;
}

} // namespace graft::schema
