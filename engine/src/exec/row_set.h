#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace graft::exec {

/// The row texts of one statement, in row order, stored back to back in one buffer.
class RowSet {
public:
    /// Adds a row's text.
    void append(std::string_view text)
    {
        m_bytes.append(text);
        m_ends.push_back(m_bytes.size());
    }
    /// Room for `rows` more rows of `bytes` text in all.
    void reserve(std::size_t rows, std::size_t bytes)
    {
        m_bytes.reserve(m_bytes.size() + bytes);
        m_ends.reserve(m_ends.size() + rows);
    }
    /// Number of rows.
    std::size_t size() const { return m_ends.size(); }
    bool empty() const { return m_ends.empty(); }
    /// The text of row `index` (valid while the set lives and is not changed).
    std::string_view operator[](std::size_t index) const
    {
        const std::size_t begin = index == 0 ? 0 : m_ends[index - 1];
        return std::string_view(m_bytes).substr(begin, m_ends[index] - begin);
    }
    /// Drops every row.
    void clear()
    {
        m_bytes.clear();
        m_ends.clear();
    }
    /// Bytes of row text held.
    std::size_t bytes() const { return m_bytes.size(); }

private:
    std::string m_bytes;
    std::vector<std::size_t> m_ends;
};

} // namespace graft::exec
