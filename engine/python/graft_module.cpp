// The `graft` Python extension module: graft::Engine for Python production hosts and tests.
//   import graft
//   e = graft.Engine(schema="schema.graphql", dsn="host=… dbname=…", max_limit=500)
//   e.execute(query, variables=None, operation_name=None, context=None) -> bytes
//   e.execute_report(...) -> dict   (the CONTRACT §10.2 report)
// The GIL is released while the engine works; misuse (bad configuration) raises ValueError or
// TypeError, nothing else crosses the boundary.

#include "graft/config_keys.h"
#include "graft/engine.h"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>

namespace py = pybind11;

namespace {

// A JSON text argument: str or bytes as given, dict/list through Python's json.dumps, None absent.
std::optional<std::string> jsonText(const py::object &value, const char *what)
{
    if (value.is_none())
        return std::nullopt;
    if (py::isinstance<py::str>(value))
        return value.cast<std::string>();
    if (py::isinstance<py::bytes>(value))
        return std::string(value.cast<py::bytes>());
    if (py::isinstance<py::dict>(value) || py::isinstance<py::list>(value)) {
        const py::object dumps = py::module_::import("json").attr("dumps");
        return dumps(value, py::arg("ensure_ascii") = false, py::arg("separators") = py::make_tuple(",", ":"))
            .cast<std::string>();
    }
    throw py::type_error(std::string(what) + " must be str, bytes, dict or None");
}

std::optional<std::string> optionalString(const py::object &value, const char *what)
{
    if (value.is_none())
        return std::nullopt;
    if (!py::isinstance<py::str>(value))
        throw py::type_error(std::string(what) + " must be str or None");
    return value.cast<std::string>();
}

// Applies one keyword (snake_case or the contract's camelCase) to the configuration through the
// engine's one table of keys: an unknown key or a value of the wrong kind is a TypeError, a negative
// count a ValueError.
void configure(graft::EngineConfig &config, const std::string &key, const py::handle &value)
{
    graft::ConfigValue converted;
    if (py::isinstance<py::bool_>(value)) {
        converted = value.cast<bool>();
    } else if (py::isinstance<py::int_>(value)) {
        try {
            converted = value.cast<std::int64_t>();
        } catch (const py::cast_error &) {
            throw py::value_error("configuration key \"" + key + "\" is out of range");
        }
    } else if (py::isinstance<py::str>(value)) {
        converted = value.cast<std::string>();
    } else {
        throw py::type_error("configuration key \"" + key + "\" takes a bool, int or str");
    }
    if (const std::optional<graft::ConfigError> refused = graft::setConfigValue(config, key, converted)) {
        if (refused->kind == graft::ConfigError::Kind::Negative)
            throw py::value_error(refused->message);
        throw py::type_error(refused->message);
    }
}

py::dict errorDict(const graft::Error &error)
{
    py::dict out;
    out["message"] = error.message;
    if (!error.locations.empty()) {
        py::list locations;
        for (const graft::SourceLocation &location : error.locations) {
            py::dict one;
            one["line"] = location.line;
            one["column"] = location.column;
            locations.append(one);
        }
        out["locations"] = locations;
    }
    if (!error.path.empty())
        out["path"] = error.path;
    py::dict extensions;
    extensions["code"] = std::string(graft::errorCodeName(error.code));
    if (!error.sqlstate.empty())
        extensions["sqlstate"] = error.sqlstate;
    out["extensions"] = extensions;
    return out;
}

py::dict reportDict(const graft::Response &response)
{
    py::dict report;
    report["sql"] = response.sql;
    py::list params;
    for (const auto &statement : response.params) {
        py::list one;
        for (const graft::Parameter &parameter : statement) {
            py::dict p;
            p["type"] = parameter.type;
            p["text"] = parameter.text;
            one.append(p);
        }
        params.append(one);
    }
    report["params"] = params;
    report["response"] = py::str(response.body);
    py::list errors;
    for (const graft::Error &error : response.errors)
        errors.append(errorDict(error));
    report["errors"] = errors;
    py::dict timings;
    timings["parse"] = response.timings.parse;
    timings["validate"] = response.timings.validate;
    timings["plan"] = response.timings.plan;
    timings["execute"] = response.timings.execute;
    timings["respond"] = response.timings.respond;
    report["timings"] = timings;
    report["cache"] = std::string(graft::cacheOutcomeName(response.cache));
    return report;
}

/// The Python-facing engine: owns a graft::Engine.
class PyEngine {
public:
    PyEngine(const std::string &schema, const py::object &dsn, const py::kwargs &limits)
    {
        graft::EngineConfig config;
        config.schemaFile = schema;
        if (!dsn.is_none())
            config.dsn = dsn.cast<std::string>();
        for (const auto &[key, value] : limits)
            configure(config, key.cast<std::string>(), value);
        auto engine = graft::Engine::create(std::move(config));
        if (!engine) {
            std::string message;
            for (const graft::Error &error : engine.errors()) {
                message += message.empty() ? "" : "\n";
                message += schema;
                if (!error.locations.empty())
                    message += ':' + std::to_string(error.locations.front().line) + ':'
                        + std::to_string(error.locations.front().column);
                message += ": " + error.message;
            }
            throw py::value_error(message);
        }
        m_engine = std::move(engine).value();
    }

    graft::Response run(const std::string &query, const py::object &variables, const py::object &operationName,
                        const py::object &context) const
    {
        const graft::Request request{query, jsonText(variables, "variables"),
                                     optionalString(operationName, "operation_name"), jsonText(context, "context")};
        py::gil_scoped_release release;
        return m_engine->execute(request);
    }

    py::bytes execute(const std::string &query, const py::object &variables, const py::object &operationName,
                      const py::object &context) const
    {
        const graft::Response response = run(query, variables, operationName, context);
        return py::bytes(response.body);
    }

    py::dict executeReport(const std::string &query, const py::object &variables, const py::object &operationName,
                           const py::object &context) const
    {
        return reportDict(run(query, variables, operationName, context));
    }

    void reloadSchema()
    {
        graft::Result<bool> reloaded = [this] {
            py::gil_scoped_release release;
            return m_engine->reloadSchema();
        }();
        if (!reloaded)
            throw py::value_error(reloaded.errors().front().message);
    }

    std::string metricsText() const { return graft::prometheusText(m_engine->metrics()); }
    std::string schemaHash() const { return m_engine->schemaHash(); }

private:
    std::unique_ptr<graft::Engine> m_engine;
};

} // namespace

PYBIND11_MODULE(graft, m)
{
    m.doc() = "Graft: native GraphQL over PostgreSQL JSONB views (CONTRACT.md).";
    py::class_<PyEngine>(m, "Engine")
        .def(py::init<const std::string &, const py::object &, const py::kwargs &>(), py::kw_only(), py::arg("schema"),
             py::arg("dsn") = py::none(),
             "Engine(*, schema, dsn=None, **config): config keys max_limit, max_depth, max_document_bytes, "
             "max_nesting, max_root_fields, max_aliases, max_input_depth, default_schema, plan_cache, "
             "plan_cache_entries, plan_cache_bytes, document_cache_entries, document_cache_bytes, pool_size, "
             "statement_timeout_ms (camelCase accepted).")
        .def("execute", &PyEngine::execute, py::arg("query"), py::arg("variables") = py::none(),
             py::arg("operation_name") = py::none(), py::arg("context") = py::none(),
             "The response bytes of one request.")
        .def("execute_report", &PyEngine::executeReport, py::arg("query"), py::arg("variables") = py::none(),
             py::arg("operation_name") = py::none(), py::arg("context") = py::none(),
             "The CONTRACT §10.2 report: sql, params, response, errors, timings, cache.")
        .def("reload_schema", &PyEngine::reloadSchema,
             "Re-reads the schema file; the plan cache is cleared and the document cache starts empty.")
        .def("metrics_text", &PyEngine::metricsText, "The counters in Prometheus text format.")
        .def_property_readonly("schema_hash", &PyEngine::schemaHash);
}
