#pragma once

// Golden files of the SQL stage (tests/engine/golden/*.golden): human-reviewable cases, each
// a request and the exact statements, parameters and errors it plans to.
//
//   # comment lines (kept, attached to the case after them)
//   schema corpus/schema/demo.graphql      the SDL, relative to the source tree
//   database demo                          where tst_sql_golden_db runs it: demo | contract
//   == name                                a case
//   q { … }                                the query (one line)
//   v {…}  c {…}  o Name                   variables, context, operationName (optional)
//   s SELECT …  p type "text", …           expected: a statement and its parameters (repeated)
//   e CODE message @line:col path=key      expected: an error
//
// Only an explicit regeneration rewrites the expected lines; inputs and comments stay as written.

#include <string>
#include <vector>

namespace graft::test {

/// One case of a golden file.
struct GoldenCase {
    std::vector<std::string> comments;
    std::string name;
    std::string query;
    std::string variables;
    std::string context;
    std::string operationName;
    std::vector<std::string> expected;
};

/// A parsed golden file.
struct GoldenFile {
    std::string path;
    std::vector<std::string> header; ///< lines before the first case other than schema/database
    std::string schema;
    std::string database;
    std::vector<GoldenCase> cases;
    std::vector<std::string> trailingComments;

    /// Reads `path`; on a malformed line sets `error`.
    static GoldenFile load(const std::string &path, std::string *error);
    /// The file's text (what load() reads back).
    std::string render() const;
};

/// The golden files under `directory`, sorted by name.
std::vector<std::string> goldenFiles(const std::string &directory);

/// True when the golden files should be rewritten (GRAFT_REGENERATE_GOLDEN=1, or the flag seen by the test's main).
bool regenerateGolden();

/// Sets the flag that regenerateGolden() reports (from `--regenerate-golden`).
void setRegenerateGolden(bool on);

} // namespace graft::test
