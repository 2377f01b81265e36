#include "graft/response.h"

#include "json/response_writer.h"
#include "values/json_writer.h"

namespace graft {

std::string_view cacheOutcomeName(CacheOutcome outcome)
{
    switch (outcome) {
    case CacheOutcome::Hit:
        return "hit";
    case CacheOutcome::Miss:
        return "miss";
    case CacheOutcome::Bypass:
        break;
    }
    return "bypass";
}

std::string Response::reportJson() const
{
    std::string out;
    out.reserve(body.size() * 2 + 256);
    values::JsonWriter writer(out);
    writer.startObject();
    writer.key("sql");
    writer.startArray();
    for (const std::string &statement : sql)
        writer.string(statement);
    writer.endArray();
    writer.key("params");
    writer.startArray();
    for (const std::vector<Parameter> &statement : params) {
        writer.startArray();
        for (const Parameter &parameter : statement) {
            writer.startObject();
            writer.key("type");
            writer.string(parameter.type);
            writer.key("text");
            writer.string(parameter.text);
            writer.endObject();
        }
        writer.endArray();
    }
    writer.endArray();
    writer.key("response");
    writer.string(body);
    writer.key("errors");
    std::string errorsJson;
    json::ResponseWriter::appendErrors(errorsJson, errors);
    writer.raw(errorsJson);
    writer.key("timings");
    writer.startObject();
    const std::pair<const char *, std::int64_t> stages[] = {{"parse", timings.parse},
                                                            {"validate", timings.validate},
                                                            {"plan", timings.plan},
                                                            {"execute", timings.execute},
                                                            {"respond", timings.respond}};
    for (const auto &[name, micros] : stages) {
        writer.key(name);
        writer.integer(micros);
    }
    writer.endObject();
    writer.key("cache");
    writer.string(cacheOutcomeName(cache));
    writer.endObject();
    return out;
}

} // namespace graft
