#pragma once

// The output of row projection: a growable byte buffer whose appends are inline — a compare and
// a copy each, short copies without a call — for the many small pieces of a projected row (keys,
// values, punctuation). It grows by doubling without zero-filling.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace graft::json {

class TextBuffer {
public:
    /// Bytes written.
    std::size_t size() const { return m_size; }
    /// The bytes written, valid until the next write.
    std::string_view view() const { return {m_data.get(), m_size}; }
    /// Room for `bytes` more without growing.
    void reserve(std::size_t bytes)
    {
        if (m_capacity - m_size < bytes)
            grow(bytes);
    }
    /// Forgets what was written past `size`.
    void truncate(std::size_t size) { m_size = std::min(size, m_size); }

    void put(char c)
    {
        reserve(1);
        m_data[m_size++] = c;
    }
    void put(std::string_view text) { put(text.data(), text.size()); }
    void put(const char *begin, const char *end) { put(begin, static_cast<std::size_t>(end - begin)); }
    void put(const char *data, std::size_t size)
    {
        reserve(size);
        copy(m_data.get() + m_size, data, size);
        m_size += size;
    }

private:
    /// memcpy, with the short pieces (most of a row's) copied by two overlapping loads and stores.
    static void copy(char *to, const char *from, std::size_t size)
    {
        if (size >= 8 && size <= 16) {
            std::uint64_t head = 0;
            std::uint64_t tail = 0;
            std::memcpy(&head, from, 8);
            std::memcpy(&tail, from + size - 8, 8);
            std::memcpy(to, &head, 8);
            std::memcpy(to + size - 8, &tail, 8);
        } else if (size >= 4 && size < 8) {
            std::uint32_t head = 0;
            std::uint32_t tail = 0;
            std::memcpy(&head, from, 4);
            std::memcpy(&tail, from + size - 4, 4);
            std::memcpy(to, &head, 4);
            std::memcpy(to + size - 4, &tail, 4);
        } else if (size > 0 && size < 4) {
            to[0] = from[0];
            to[size / 2] = from[size / 2];
            to[size - 1] = from[size - 1];
        } else if (size > 16) {
            std::memcpy(to, from, size);
        }
    }

    [[gnu::noinline]] void grow(std::size_t bytes)
    {
        const std::size_t capacity = std::max({m_size + bytes, 2 * m_capacity, std::size_t(1024)});
        auto data = std::make_unique_for_overwrite<char[]>(capacity);
        if (m_size > 0)
            std::memcpy(data.get(), m_data.get(), m_size);
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace graft::json
