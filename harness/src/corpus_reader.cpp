#include "corpus_reader.h"

#include "json_value.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace graft::harness {

namespace {

QStringList expand(const QStringList& paths, std::vector<CorpusProblem>& problems)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            std::sort(found.begin(), found.end());
            files << found;
        } else if (info.isFile()) {
            files << path;
        } else {
            problems.push_back({path.toStdString(), 0, "no such file or directory"});
        }
    }
    return files;
}

} // namespace

std::optional<Case> CorpusReader::parseRecord(std::string_view line, std::string* error)
{
    const JsonParseResult parsed = parseJson(line);
    if (!parsed.value) {
        *error = "invalid JSON at byte " + std::to_string(parsed.offset) + ": " + parsed.error;
        return std::nullopt;
    }
    const JsonValue& record = *parsed.value;
    if (record.type != JsonValue::Type::Object) {
        *error = "a record must be a JSON object";
        return std::nullopt;
    }
    Case c;
    const JsonValue* id = record.member("id");
    const JsonValue* query = record.member("query");
    if (!id || id->type != JsonValue::Type::String || id->text.empty()) {
        *error = "\"id\" must be a non-empty string";
        return std::nullopt;
    }
    c.id = id->text;
    if (!query || query->type != JsonValue::Type::String) {
        *error = "\"query\" must be a string";
        return std::nullopt;
    }
    c.query = query->text;
    if (const JsonValue* v = record.member("variables"); v && v->type != JsonValue::Type::Null)
        c.variables = writeJson(*v);
    if (const JsonValue* op = record.member("operationName"); op && op->type != JsonValue::Type::Null) {
        if (op->type != JsonValue::Type::String) {
            *error = "\"operationName\" must be a string or null";
            return std::nullopt;
        }
        c.operationName = op->text;
    }
    if (const JsonValue* context = record.member("context"); context && context->type != JsonValue::Type::Null)
        c.context = writeJson(*context);
    if (const JsonValue* tags = record.member("tags")) {
        if (tags->type != JsonValue::Type::Array) {
            *error = "\"tags\" must be an array of strings";
            return std::nullopt;
        }
        for (const JsonValue& tag : tags->items) {
            if (tag.type != JsonValue::Type::String) {
                *error = "\"tags\" must be an array of strings";
                return std::nullopt;
            }
            c.tags.push_back(tag.text);
        }
    }
    return c;
}

bool CorpusReader::selected(const Case& c, const CaseSelection& s)
{
    if (!s.caseIds.empty() && std::find(s.caseIds.begin(), s.caseIds.end(), c.id) == s.caseIds.end())
        return false;
    if (!s.tags.empty() && std::none_of(c.tags.begin(), c.tags.end(), [&](const std::string& tag) {
            return std::find(s.tags.begin(), s.tags.end(), tag) != s.tags.end();
        }))
        return false;
    if (s.sample < 1.0) {
        // A separate salt keeps the sample independent of the shard split.
        const std::uint64_t h = stableHash("sample:" + c.id);
        if (static_cast<double>(h % 1000000) / 1e6 >= s.sample)
            return false;
    }
    if (s.shardCount > 0 && stableHash(c.id) % static_cast<std::uint64_t>(s.shardCount) != static_cast<std::uint64_t>(s.shardIndex - 1))
        return false;
    return true;
}

std::uint64_t CorpusReader::stableHash(std::string_view text)
{
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

Corpus CorpusReader::read(const QStringList& paths, const CaseSelection& selection)
{
    Corpus corpus;
    std::set<std::string> seen;
    for (const QString& path : expand(paths, corpus.problems)) {
        QFile file(path);
        const std::string source = path.toStdString();
        if (!file.open(QIODevice::ReadOnly)) {
            corpus.problems.push_back({source, 0, "cannot read: " + file.errorString().toStdString()});
            continue;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            ++lineNumber;
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            std::string error;
            std::optional<Case> c = parseRecord(std::string_view(line.constData(), static_cast<std::size_t>(line.size())), &error);
            if (c && !seen.insert(c->id).second)
                error = "duplicate case id \"" + c->id + "\"";
            if (!c || !error.empty()) {
                corpus.problems.push_back({source, lineNumber, error});
                continue;
            }
            ++corpus.records;
            c->source = source;
            c->line = lineNumber;
            if (selected(*c, selection))
                corpus.cases.push_back(std::move(*c));
        }
    }
    return corpus;
}

} // namespace graft::harness
