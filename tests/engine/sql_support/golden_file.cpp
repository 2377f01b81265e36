#include "golden_file.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace graft::test {

namespace {

bool g_regenerate = false;

bool startsWith(const std::string &line, std::string_view prefix)
{
    return line.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

GoldenFile GoldenFile::load(const std::string &path, std::string *error)
{
    GoldenFile file;
    file.path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = "cannot read " + path;
        return file;
    }
    std::vector<std::string> comments;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty())
            continue;
        if (line[0] == '#') {
            comments.push_back(line);
            continue;
        }
        if (startsWith(line, "== ")) {
            GoldenCase next;
            next.name = line.substr(3);
            next.comments = std::move(comments);
            comments.clear();
            file.cases.push_back(std::move(next));
            continue;
        }
        if (file.cases.empty()) {
            file.header.insert(file.header.end(), comments.begin(), comments.end());
            comments.clear();
            if (startsWith(line, "schema "))
                file.schema = line.substr(7);
            else if (startsWith(line, "database "))
                file.database = line.substr(9);
            else
                *error = path + ":" + std::to_string(number) + ": unexpected line before the first case";
            continue;
        }
        GoldenCase &current = file.cases.back();
        if (line.size() < 2 || line[1] != ' ') {
            *error = path + ":" + std::to_string(number) + ": malformed line";
            continue;
        }
        const std::string rest = line.substr(2);
        switch (line[0]) {
        case 'q':
            current.query = rest;
            break;
        case 'v':
            current.variables = rest;
            break;
        case 'c':
            current.context = rest;
            break;
        case 'o':
            current.operationName = rest;
            break;
        case 's':
        case 'p':
        case 'e':
            current.expected.push_back(line);
            break;
        default:
            *error = path + ":" + std::to_string(number) + ": unknown line kind";
        }
    }
    file.trailingComments = std::move(comments);
    return file;
}

std::string GoldenFile::render() const
{
    std::ostringstream out;
    for (const std::string &line : header)
        out << line << '\n';
    out << "schema " << schema << '\n';
    out << "database " << database << '\n';
    for (const GoldenCase &c : cases) {
        out << '\n';
        for (const std::string &line : c.comments)
            out << line << '\n';
        out << "== " << c.name << '\n';
        out << "q " << c.query << '\n';
        if (!c.variables.empty())
            out << "v " << c.variables << '\n';
        if (!c.context.empty())
            out << "c " << c.context << '\n';
        if (!c.operationName.empty())
            out << "o " << c.operationName << '\n';
        for (const std::string &line : c.expected)
            out << line << '\n';
    }
    if (!trailingComments.empty())
        out << '\n';
    for (const std::string &line : trailingComments)
        out << line << '\n';
    return out.str();
}

std::vector<std::string> goldenFiles(const std::string &directory)
{
    std::vector<std::string> files;
    for (const auto &entry : std::filesystem::directory_iterator(directory)) {
        if (entry.path().extension() == ".golden")
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool regenerateGolden()
{
    const char *env = std::getenv("GRAFT_REGENERATE_GOLDEN");
    return g_regenerate || (env && std::string_view(env) == "1");
}

void setRegenerateGolden(bool on)
{
    g_regenerate = on;
}

} // namespace graft::test
