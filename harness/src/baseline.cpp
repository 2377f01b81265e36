#include "baseline.h"

#include "json_value.h"

#include <QFile>

#include <algorithm>

namespace graft::harness {

namespace {

std::string stripComments(std::string_view text)
{
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        const std::size_t first = line.find_first_not_of(" \t\r");
        const bool comment = first != std::string_view::npos
                             && (line[first] == '#' || line.substr(first, 2) == "//");
        if (!comment)
            out.append(line);
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::string stringMember(const JsonValue& object, std::string_view key)
{
    const JsonValue* v = object.member(key);
    return v && v->type == JsonValue::Type::String ? v->text : std::string();
}

bool globAt(std::string_view p, std::string_view t)
{
    while (!p.empty()) {
        if (p.substr(0, 2) == "**") {
            const std::string_view rest = p.substr(2);
            for (std::size_t i = 0; i <= t.size(); ++i) {
                if (globAt(rest, t.substr(i)))
                    return true;
            }
            return false;
        }
        if (p[0] == '*') {
            const std::string_view rest = p.substr(1);
            for (std::size_t i = 0; i <= t.size(); ++i) {
                if (globAt(rest, t.substr(i)))
                    return true;
                if (i < t.size() && t[i] == '/')
                    return false;
            }
            return false;
        }
        if (t.empty() || (p[0] != '?' && p[0] != t[0]) || (p[0] == '?' && t[0] == '/'))
            return false;
        p.remove_prefix(1);
        t.remove_prefix(1);
    }
    return t.empty();
}

} // namespace

std::optional<Baseline> Baseline::parse(std::string_view text, std::string* error)
{
    const JsonParseResult parsed = parseJson(stripComments(text));
    if (!parsed.value) {
        *error = "baseline is not valid JSON at byte " + std::to_string(parsed.offset) + ": " + parsed.error;
        return std::nullopt;
    }
    const JsonValue* list = parsed.value->type == JsonValue::Type::Array ? &*parsed.value : parsed.value->member("entries");
    if (!list || list->type != JsonValue::Type::Array) {
        *error = "baseline has no \"entries\" array";
        return std::nullopt;
    }
    Baseline baseline;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const JsonValue& item = list->items[i];
        const std::string where = "baseline entry " + std::to_string(i);
        if (item.type != JsonValue::Type::Object) {
            *error = where + " is not an object";
            return std::nullopt;
        }
        BaselineEntry e;
        e.caseId = stringMember(item, "case");
        e.signature = stringMember(item, "signature");
        e.path = stringMember(item, "path");
        e.owner = stringMember(item, "owner");
        e.reason = stringMember(item, "reason");
        e.link = stringMember(item, "link");
        const std::string expires = stringMember(item, "expires");
        if (e.caseId.empty() && e.signature.empty() && e.path.empty()) {
            *error = where + " has none of \"case\", \"signature\", \"path\"";
            return std::nullopt;
        }
        if (e.owner.empty() || e.reason.empty()) {
            *error = where + " needs an \"owner\" and a \"reason\"";
            return std::nullopt;
        }
        if (!expires.empty()) {
            e.expires = QDate::fromString(QString::fromStdString(expires), Qt::ISODate);
            if (!e.expires.isValid()) {
                *error = where + ": \"expires\" is not a YYYY-MM-DD date";
                return std::nullopt;
            }
        }
        baseline.m_entries.push_back(std::move(e));
    }
    baseline.m_hits.assign(baseline.m_entries.size(), 0);
    return baseline;
}

std::optional<Baseline> Baseline::load(const QString& path, std::string* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot read baseline " + path.toStdString() + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    return parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), error);
}

int Baseline::accept(const std::string& caseId, const Signature& signature, const std::vector<Difference>& differences,
                     const QDate& today)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const BaselineEntry& e = m_entries[i];
        if (e.expires.isValid() && e.expires < today)
            continue;
        if (!e.caseId.empty() && !globMatch(e.caseId, caseId))
            continue;
        if (!e.signature.empty() && !globMatch(e.signature, signature.key()))
            continue;
        if (!e.path.empty() && std::none_of(differences.begin(), differences.end(), [&](const Difference& d) {
                return !d.noise && globMatch(e.path, d.pointer);
            }))
            continue;
        ++m_hits[i];
        return static_cast<int>(i);
    }
    return -1;
}

std::vector<BaselineStatus> Baseline::statuses(const QDate& today, const std::set<std::string>& caseIdsRun) const
{
    std::vector<BaselineStatus> out;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const BaselineEntry& e = m_entries[i];
        if (e.expires.isValid() && e.expires < today)
            out.push_back(BaselineStatus::Expired);
        else if (m_hits[i] > 0)
            out.push_back(BaselineStatus::Active);
        else if (!e.caseId.empty() && std::none_of(caseIdsRun.begin(), caseIdsRun.end(), [&](const std::string& id) {
                     return globMatch(e.caseId, id);
                 }))
            out.push_back(BaselineStatus::NotRun);
        else
            out.push_back(BaselineStatus::Unused);
    }
    return out;
}

bool Baseline::globMatch(std::string_view pattern, std::string_view text)
{
    return globAt(pattern, text);
}

const char* baselineStatusName(BaselineStatus status)
{
    switch (status) {
    case BaselineStatus::Active: return "active";
    case BaselineStatus::Expired: return "expired";
    case BaselineStatus::Unused: return "unused";
    case BaselineStatus::NotRun: return "not-run";
    }
    return "unused";
}

} // namespace graft::harness
