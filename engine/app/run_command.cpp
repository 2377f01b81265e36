// `graft run --schema SDL [--dsn DSN] [--variables JSON] [--operation NAME] [--context JSON]
//  [--report] [--no-cache] FILE|-`: runs the query in FILE (or stdin) through graft::Engine and prints
// the response bytes, or with --report the §10.2 report JSON. Exit status 0 whenever a response was
// produced (errors included), 2 for misuse or an engine that cannot start.

#include "run_command.h"

#include "graft/engine.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace {

int runUsage()
{
    std::cerr << "usage: graft run --schema SDL [--dsn DSN] [--variables JSON] [--operation NAME] [--context JSON]"
                 " [--report] [--no-cache] FILE|-\n";
    return 2;
}

std::optional<std::string> readQuery(std::string_view path)
{
    if (path == "-")
        return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    std::ifstream in{std::string(path), std::ios::binary};
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

int runRun(int argc, char **argv)
{
    graft::EngineConfig config;
    std::optional<std::string> variables;
    std::optional<std::string> operation;
    std::optional<std::string> context;
    std::optional<std::string> path;
    bool report = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--schema" && hasValue)
            config.schemaFile = argv[++i];
        else if (arg == "--dsn" && hasValue)
            config.dsn = argv[++i];
        else if (arg == "--variables" && hasValue)
            variables = argv[++i];
        else if (arg == "--operation" && hasValue)
            operation = argv[++i];
        else if (arg == "--context" && hasValue)
            context = argv[++i];
        else if (arg == "--report")
            report = true;
        else if (arg == "--no-cache")
            config.planCache = false;
        else if (!path && (arg == "-" || !arg.starts_with("--")))
            path = std::string(arg);
        else
            return runUsage();
    }
    if (!path || config.schemaFile.empty())
        return runUsage();
    const std::optional<std::string> query = readQuery(*path);
    if (!query) {
        std::cerr << "graft run: cannot read " << *path << '\n';
        return 2;
    }
    config.poolSize = 1;
    config.log = [](graft::LogLevel level, std::string_view message) {
        if (level >= graft::LogLevel::Warning)
            std::cerr << "graft: " << message << '\n';
    };
    auto engine = graft::Engine::create(config);
    if (!engine) {
        for (const graft::Error &error : engine.errors()) {
            std::cerr << config.schemaFile;
            if (!error.locations.empty())
                std::cerr << ':' << error.locations.front().line << ':' << error.locations.front().column;
            std::cerr << ": " << error.message << '\n';
        }
        return 2;
    }
    graft::Request request{*query, variables, operation, context};
    const graft::Response response = (*engine)->execute(request);
    std::cout << (report ? response.reportJson() : response.body);
    return 0;
}
