// Uses only the installed public headers: loads a schema, answers requests that need no database.
#include <graft/engine.h>

#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: graft_host SCHEMA.graphql\n";
        return 2;
    }
    graft::EngineConfig config;
    config.schemaFile = argv[1];
    auto engine = graft::Engine::create(config);
    if (!engine) {
        std::cerr << "cannot load the schema: " << engine.errors().front().message << '\n';
        return 1;
    }
    const graft::Response typename_ = (*engine)->execute("{ __typename }");
    const graft::Response invalid = (*engine)->execute("{ nope }");
    std::cout << typename_.body << '\n' << invalid.body << '\n';
    const bool ok = typename_.body == R"({"data":{"__typename":"Query"}})"
        && invalid.body.find("GRAPHQL_VALIDATION_FAILED") != std::string::npos
        && graft::prometheusText((*engine)->metrics()).find("graft_requests_total 2") != std::string::npos;
    return ok ? 0 : 1;
}
