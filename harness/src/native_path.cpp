#include "native_path.h"

#include <graft/config_keys.h>

#include "json_value.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace graft::harness {

namespace {

std::optional<std::string_view> viewOf(const std::optional<std::string>& text)
{
    return text ? std::optional<std::string_view>(*text) : std::nullopt;
}

CacheStatus cacheOf(graft::CacheOutcome outcome)
{
    switch (outcome) {
    case graft::CacheOutcome::Hit:
        return CacheStatus::Hit;
    case graft::CacheOutcome::Miss:
        return CacheStatus::Miss;
    case graft::CacheOutcome::Bypass:
        return CacheStatus::Bypass;
    }
    return CacheStatus::Unknown;
}

/// The integer a JSON number token spells, if it is a plain integer an int64 holds.
std::optional<std::int64_t> integerOf(const JsonValue& value)
{
    if (value.type != JsonValue::Type::Number)
        return std::nullopt;
    std::int64_t out = 0;
    const char* end = value.text.data() + value.text.size();
    const auto [stop, ec] = std::from_chars(value.text.data(), end, out);
    if (ec != std::errc() || stop != end)
        return std::nullopt;
    return out;
}

std::string describe(const graft::Errors& errors)
{
    std::string text;
    for (const graft::Error& e : errors)
        text += (text.empty() ? "" : "; ") + e.message;
    return text;
}

std::unique_ptr<graft::Engine> makeEngine(graft::EngineConfig config, const char* role, std::string* error)
{
    auto engine = graft::Engine::create(std::move(config));
    if (!engine) {
        *error = std::string("native engine (") + role + "): " + describe(engine.errors());
        return nullptr;
    }
    return std::move(engine).value();
}

} // namespace

NativePath::NativePath(std::unique_ptr<graft::Engine> engine, std::unique_ptr<graft::Engine> checkEngine,
                       std::unique_ptr<graft::Engine> uncachedEngine)
    : m_engine(std::move(engine))
    , m_checkEngine(std::move(checkEngine))
    , m_uncachedEngine(std::move(uncachedEngine))
{
}

NativePath::~NativePath() = default;

std::unique_ptr<NativePath> NativePath::create(const NativeConfig& config, std::string* error)
{
    graft::EngineConfig base;
    base.schemaFile = config.schemaPath;
    base.dsn = config.dsn;
    base.log = config.log;
    if (!applyConfigJson(config.configJson, base, error))
        return nullptr;
    // Each calling thread keeps its idle connection parked with it, so every engine's pool needs one
    // connection per worker thread, even the check engines that run one request at a time: a smaller
    // pool makes a worker wait for a connection parked on another, idle, worker.
    base.poolSize = std::max(1, config.workers);
    graft::EngineConfig main = base;
    graft::EngineConfig check = base;
    check.planCache = true;
    graft::EngineConfig uncached = check;
    uncached.planCache = false;
    std::unique_ptr<graft::Engine> engine = makeEngine(std::move(main), "main", error);
    if (!engine)
        return nullptr;
    std::unique_ptr<graft::Engine> checkEngine = makeEngine(std::move(check), "cache check", error);
    if (!checkEngine)
        return nullptr;
    std::unique_ptr<graft::Engine> uncachedEngine = makeEngine(std::move(uncached), "cache off", error);
    if (!uncachedEngine)
        return nullptr;
    return std::unique_ptr<NativePath>(new NativePath(std::move(engine), std::move(checkEngine), std::move(uncachedEngine)));
}

std::string NativePath::name() const
{
    return "native graft schema " + m_engine->schemaHash().substr(0, 12);
}

Outcome NativePath::execute(const Case& testCase)
{
    return outcomeOf(m_engine->execute(testCase.query, viewOf(testCase.variables), viewOf(testCase.operationName),
                                       testCase.context));
}

Outcome NativePath::executeWithCache(const Case& testCase, CacheMode mode)
{
    const auto run = [&](const graft::Engine& engine) {
        return engine.execute(testCase.query, viewOf(testCase.variables), viewOf(testCase.operationName), testCase.context);
    };
    if (mode == CacheMode::Off)
        return outcomeOf(run(*m_uncachedEngine));
    std::lock_guard lock(m_checkMutex);
    if (mode == CacheMode::Cold) {
        // A reload starts a new cache generation: nothing planned before is served again.
        auto reloaded = m_checkEngine->reloadSchema();
        if (!reloaded)
            throw std::runtime_error("cannot clear the check engine's plan cache: " + describe(reloaded.errors()));
        return outcomeOf(run(*m_checkEngine));
    }
    run(*m_checkEngine);
    return outcomeOf(run(*m_checkEngine));
}

Outcome NativePath::outcomeOf(const graft::Response& response)
{
    Outcome out;
    SideReport& r = out.report;
    r.sql = response.sql;
    r.params.reserve(response.params.size());
    for (const std::vector<graft::Parameter>& statement : response.params) {
        std::vector<Param>& params = r.params.emplace_back();
        params.reserve(statement.size());
        for (const graft::Parameter& p : statement)
            params.push_back({p.type, p.text});
    }
    r.response = response.body;
    if (!response.errors.empty()) {
        // The engine serialises its errors only inside its §10.2 report; take them from there.
        const JsonParseResult parsed = parseJson(response.reportJson());
        const JsonValue* errors = parsed.value ? parsed.value->member("errors") : nullptr;
        if (!errors || errors->type != JsonValue::Type::Array)
            throw std::runtime_error("the engine's report has no errors array: " + parsed.error);
        r.errors = writeJson(*errors);
    }
    r.timings = {response.timings.parse, response.timings.validate, response.timings.plan, response.timings.execute,
                 response.timings.respond};
    r.cache = cacheOf(response.cache);
    return out;
}

bool NativePath::applyConfigJson(std::string_view json, graft::EngineConfig& config, std::string* error)
{
    const JsonParseResult parsed = parseJson(json);
    if (!parsed.value || parsed.value->type != JsonValue::Type::Object) {
        *error = "the configuration is not a JSON object" + (parsed.error.empty() ? std::string() : ": " + parsed.error);
        return false;
    }
    // The engine's one table of keys decides; JSON gives it integers, booleans and strings.
    for (const auto& [key, value] : parsed.value->members) {
        graft::ConfigValue converted;
        if (value.type == JsonValue::Type::Boolean) {
            converted = value.boolean;
        } else if (value.type == JsonValue::Type::String) {
            converted = value.text;
        } else if (const std::optional<std::int64_t> n = integerOf(value)) {
            converted = *n;
        } else {
            *error = "configuration key \"" + key + "\" has a value of the wrong kind";
            return false;
        }
        if (const std::optional<graft::ConfigError> refused = graft::setConfigValue(config, key, converted)) {
            *error = refused->message;
            return false;
        }
    }
    return true;
}

} // namespace graft::harness
