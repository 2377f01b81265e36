#include "legacy_path.h"

#include "json_value.h"

#include <pybind11/embed.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace py = pybind11;

namespace graft::harness {

namespace {

std::atomic<bool> g_interpreterInUse{false};  // CPython allows one interpreter per process

std::string text(const py::handle& h)
{
    return h.cast<std::string>();
}

/// A Python value (dict, list, str, int, float, bool, None) as a JsonValue; dicts keep their order.
JsonValue toJson(const py::handle& h, int depth = 0)
{
    JsonValue v;
    if (depth > kMaxJsonDepth)
        throw std::runtime_error("errors nest too deeply");
    if (h.is_none())
        return v;
    if (py::isinstance<py::bool_>(h)) {
        v.type = JsonValue::Type::Boolean;
        v.boolean = h.cast<bool>();
    } else if (py::isinstance<py::int_>(h)) {
        v.type = JsonValue::Type::Number;
        v.text = text(py::str(h));
    } else if (py::isinstance<py::float_>(h)) {
        v.type = JsonValue::Type::Number;
        v.text = text(py::repr(h));
    } else if (py::isinstance<py::str>(h)) {
        v.type = JsonValue::Type::String;
        v.text = text(h);
    } else if (py::isinstance<py::dict>(h)) {
        v.type = JsonValue::Type::Object;
        for (const auto& [key, value] : h.cast<py::dict>())
            v.members.emplace_back(text(py::str(key)), toJson(value, depth + 1));
    } else if (py::isinstance<py::list>(h) || py::isinstance<py::tuple>(h)) {
        v.type = JsonValue::Type::Array;
        for (const py::handle& item : h)
            v.items.push_back(toJson(item, depth + 1));
    } else {
        throw std::runtime_error("unexpected Python type " + text(py::str(h.get_type())) + " in the report");
    }
    return v;
}

std::int64_t timing(const py::dict& timings, const char* key)
{
    return timings.contains(key) && !timings[key].is_none() ? timings[key].cast<std::int64_t>() : 0;
}

/// The adapter's dict as a SideReport; throws on a malformed report.
SideReport convert(const py::handle& result)
{
    if (!py::isinstance<py::dict>(result))
        throw std::runtime_error("the adapter returned " + text(py::str(result.get_type())) + ", not a dict");
    const py::dict d = result.cast<py::dict>();
    SideReport r;
    if (d.contains("sql"))
        for (const py::handle& s : d["sql"])
            r.sql.push_back(text(s));
    if (d.contains("params")) {
        for (const py::handle& statement : d["params"]) {
            std::vector<Param> list;
            for (const py::handle& p : statement) {
                const py::dict param = p.cast<py::dict>();
                list.push_back({text(param["type"]), text(param["text"])});
            }
            r.params.push_back(std::move(list));
        }
    }
    if (d.contains("response") && !d["response"].is_none())
        r.response = text(d["response"]);
    if (d.contains("errors") && !d["errors"].is_none())
        r.errors = writeJson(toJson(d["errors"]));
    if (d.contains("timings")) {
        const py::dict t = d["timings"].cast<py::dict>();
        r.timings = {timing(t, "parse"), timing(t, "validate"), timing(t, "plan"), timing(t, "execute"), timing(t, "respond")};
    }
    if (d.contains("cache"))
        r.cache = cacheStatusFromName(text(d["cache"]));
    return r;
}

} // namespace

struct LegacyPath::Impl {
    std::string name;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> jobs;
    bool stopping = false;
    std::atomic<unsigned long> pythonThreadId{0};
    std::atomic<bool> busy{false};
    std::optional<py::object> adapter;  // touched only on the Python thread

    /// Runs `job` on the Python thread and waits for it.
    template <typename T>
    T call(std::function<T()> job)
    {
        std::packaged_task<T()> task(std::move(job));
        std::future<T> result = task.get_future();
        {
            const std::lock_guard lock(mutex);
            jobs.emplace_back([&task] { task(); });
        }
        wake.notify_one();
        return result.get();
    }

    void loop(const LegacyConfig& config, std::promise<std::string>& started)
    {
        PyConfig pyConfig;
        PyConfig_InitIsolatedConfig(&pyConfig);
        PyConfig_SetString(&pyConfig, &pyConfig.executable, L"/usr/bin/python3");
        try {
            py::scoped_interpreter interpreter(&pyConfig, 0, nullptr, false);
            pythonThreadId = PyThread_get_thread_ident();
            std::string loadError = load(config);
            const bool ok = loadError.empty();
            started.set_value(std::move(loadError));
            if (ok)
                serve();
            {
                const std::lock_guard lock(mutex);
                stopping = true;
            }
            if (adapter) {
                try {
                    if (py::hasattr(*adapter, "close"))
                        adapter->attr("close")();
                } catch (const py::error_already_set&) {
                }
            }
            adapter.reset();
        } catch (const std::exception& e) {
            started.set_value(std::string("cannot start the embedded Python: ") + e.what());
        }
    }

    std::string load(const LegacyConfig& config)
    {
        const auto entry = LegacyPath::splitEntryPoint(config.entryPoint);
        if (!entry)
            return "legacy entry point \"" + config.entryPoint + "\" is not of the form module:callable";
        try {
            py::list sysPath = py::module_::import("sys").attr("path");
            for (qsizetype i = config.pythonPath.size(); i-- > 0;)
                sysPath.insert(0, config.pythonPath[i].toStdString());
            py::object target = py::module_::import(entry->first.c_str());
            std::string attribute = entry->second;
            for (std::size_t dot; (dot = attribute.find('.')) != std::string::npos; attribute.erase(0, dot + 1))
                target = target.attr(attribute.substr(0, dot).c_str());
            target = target.attr(attribute.c_str());
            const py::object settings = py::module_::import("json").attr("loads")(config.configJson);
            py::object dsn = config.dsn ? py::object(py::str(config.dsn->toStdString())) : py::object(py::none());
            adapter = target(config.schemaPath.toStdString(), dsn, settings);
            if (!py::hasattr(*adapter, "execute"))
                return "the object " + config.entryPoint + " returned has no execute()";
        } catch (const py::error_already_set& e) {
            return "cannot load the legacy path " + config.entryPoint + ": " + e.what();
        }
        return {};
    }

    void serve()
    {
        for (;;) {
            std::function<void()> job;
            {
                // Waiting for work must not hold the GIL, or interrupt() could never take it.
                py::gil_scoped_release release;
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stopping || !jobs.empty(); });
                if (jobs.empty())
                    return;
                job = std::move(jobs.front());
                jobs.pop_front();
            }
            job();
        }
    }

    Outcome execute(const Case& c)
    {
        Outcome outcome;
        try {
            busy = true;
            const py::object variables = c.variables ? py::object(py::str(*c.variables)) : py::object(py::none());
            const py::object operation = c.operationName ? py::object(py::str(*c.operationName)) : py::object(py::none());
            const py::object result = adapter->attr("execute")(c.query, variables, operation, c.context);
            busy = false;
            outcome.report = convert(result);
        } catch (const py::error_already_set& e) {
            busy = false;
            outcome = Outcome{RunStatus::Crash, std::string("Python exception: ") + e.what(), {}, 0};
        } catch (const std::exception& e) {
            busy = false;
            outcome = Outcome{RunStatus::Crash, std::string("malformed report: ") + e.what(), {}, 0};
        }
        // An interrupt that arrived after the call returned must not hit the next one.
        PyThreadState_SetAsyncExc(pythonThreadId.load(), nullptr);
        return outcome;
    }
};

LegacyPath::LegacyPath(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

std::unique_ptr<LegacyPath> LegacyPath::create(const LegacyConfig& config, std::string* error)
{
    if (g_interpreterInUse.exchange(true)) {
        *error = "a legacy path already runs in this process (one embedded interpreter per process)";
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    impl->name = "legacy " + config.entryPoint;
    std::promise<std::string> started;
    std::future<std::string> loadError = started.get_future();
    Impl* raw = impl.get();
    impl->thread = std::thread([raw, config, &started] { raw->loop(config, started); });
    *error = loadError.get();
    if (!error->empty()) {
        impl->thread.join();
        g_interpreterInUse = false;
        return nullptr;
    }
    return std::unique_ptr<LegacyPath>(new LegacyPath(std::move(impl)));
}

LegacyPath::~LegacyPath()
{
    {
        const std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_one();
    m_impl->thread.join();
    g_interpreterInUse = false;
}

std::string LegacyPath::name() const
{
    return m_impl->name;
}

Outcome LegacyPath::execute(const Case& testCase)
{
    Impl* impl = m_impl.get();
    return impl->call<Outcome>([impl, &testCase] { return impl->execute(testCase); });
}

void LegacyPath::interrupt()
{
    if (!m_impl->busy.load())
        return;
    const PyGILState_STATE state = PyGILState_Ensure();
    if (m_impl->busy.load())
        PyThreadState_SetAsyncExc(m_impl->pythonThreadId.load(), PyExc_KeyboardInterrupt);
    PyGILState_Release(state);
}

std::optional<std::pair<std::string, std::string>> LegacyPath::splitEntryPoint(const std::string& entryPoint)
{
    const std::size_t colon = entryPoint.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == entryPoint.size()
        || entryPoint.find(':', colon + 1) != std::string::npos)
        return std::nullopt;
    return std::make_pair(entryPoint.substr(0, colon), entryPoint.substr(colon + 1));
}

} // namespace graft::harness
