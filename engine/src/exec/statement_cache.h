#pragma once

// A connection's prepared statements, keyed by SQL text, least recently used first out. One per
// connection; used only by the connection's thread.

#include <cstddef>
#include <functional>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace graft::exec {

/// An LRU map from SQL text to a prepared statement handle of type T.
template <typename T>
class StatementCache {
public:
    /// Holds at most `capacity` statements (at least one).
    explicit StatementCache(std::size_t capacity) : m_capacity(capacity == 0 ? 1 : capacity) {}

    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// The statement prepared for `sql`, now the most recently used; null when absent.
    T *find(std::string_view sql)
    {
        const auto it = m_index.find(sql);
        if (it == m_index.end())
            return nullptr;
        m_entries.splice(m_entries.begin(), m_entries, it->second);
        return &it->second->second;
    }

    /// Adds `value` for `sql` (absent) as the most recently used; returns the evicted statement, if any.
    std::optional<T> insert(std::string sql, T value)
    {
        m_entries.emplace_front(std::move(sql), std::move(value));
        m_index.emplace(std::string_view(m_entries.front().first), m_entries.begin());
        if (m_entries.size() <= m_capacity)
            return std::nullopt;
        auto last = std::prev(m_entries.end());
        m_index.erase(std::string_view(last->first));
        std::optional<T> evicted(std::move(last->second));
        m_entries.erase(last);
        return evicted;
    }

    /// Forgets `sql` (a statement whose preparation is gone).
    void erase(std::string_view sql)
    {
        const auto it = m_index.find(sql);
        if (it == m_index.end())
            return;
        const auto entry = it->second;
        m_index.erase(it);
        m_entries.erase(entry);
    }

    /// Forgets every statement.
    void clear()
    {
        m_index.clear();
        m_entries.clear();
    }

    std::size_t size() const { return m_entries.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Entries = std::list<std::pair<std::string, T>>;

    std::size_t m_capacity;
    Entries m_entries;
    std::unordered_map<std::string_view, typename Entries::iterator, Hash, std::equal_to<>> m_index;
};

} // namespace graft::exec
