#include "json/response_writer.h"

#include "values/json_writer.h"

namespace graft::json {

void ResponseWriter::value(std::string_view responseKey, std::string_view json)
{
    if (!m_data.empty())
        m_data += ',';
    values::appendJsonString(m_data, responseKey);
    m_data += ':';
    m_data += json;
}

void ResponseWriter::fieldError(std::string_view responseKey, Error error, bool nonNull)
{
    value(responseKey, "null");
    m_errors.push_back(std::move(error));
    if (nonNull)
        m_dataNull = true;
}

std::string ResponseWriter::finish() const
{
    std::string out;
    out.reserve(m_data.size() + 16);
    out += '{';
    if (!m_errors.empty()) {
        out += "\"errors\":";
        appendErrors(out, m_errors);
        out += ',';
    }
    out += "\"data\":";
    if (m_dataNull) {
        out += "null";
    } else {
        out += '{';
        out += m_data;
        out += '}';
    }
    out += '}';
    return out;
}

std::string ResponseWriter::requestErrors(const Errors &errors)
{
    std::string out = "{\"errors\":";
    appendErrors(out, errors);
    out += '}';
    return out;
}

void ResponseWriter::appendErrors(std::string &out, const Errors &errors)
{
    out += '[';
    for (std::size_t i = 0; i < errors.size(); ++i) {
        if (i)
            out += ',';
        appendError(out, errors[i]);
    }
    out += ']';
}

void ResponseWriter::appendError(std::string &out, const Error &error)
{
    values::JsonWriter writer(out);
    writer.startObject();
    writer.key("message");
    writer.string(error.message);
    if (!error.locations.empty()) {
        writer.key("locations");
        writer.startArray();
        for (const SourceLocation &location : error.locations) {
            writer.startObject();
            writer.key("line");
            writer.integer(location.line);
            writer.key("column");
            writer.integer(location.column);
            writer.endObject();
        }
        writer.endArray();
    }
    if (!error.path.empty()) {
        writer.key("path");
        writer.startArray();
        for (const std::string &key : error.path)
            writer.string(key);
        writer.endArray();
    }
    writer.key("extensions");
    writer.startObject();
    writer.key("code");
    writer.string(errorCodeName(error.code));
    if (!error.sqlstate.empty()) {
        writer.key("sqlstate");
        writer.string(error.sqlstate);
    }
    writer.endObject();
    writer.endObject();
}

} // namespace graft::json
