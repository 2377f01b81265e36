#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace graft::syntax {

/// A read-only view of `size` consecutive T owned by an Arena (AST child lists).
template <typename T>
class NodeList {
public:
    NodeList() = default;
    NodeList(const T *data, std::uint32_t size) : m_data(data), m_size(size) {}

    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return m_data[i]; }
    const T &front() const { return m_data[0]; }
    const T &back() const { return m_data[m_size - 1]; }

private:
    const T *m_data = nullptr;
    std::uint32_t m_size = 0;
};

/// Bump allocator for trivially destructible nodes: nothing is freed before the arena itself,
/// so every pointer it hands out stays valid (and stable) for the arena's lifetime.
class Arena {
public:
    explicit Arena(std::size_t firstBlockBytes = 4096)
        : m_nextBlockBytes(firstBlockBytes < 256 ? 256 : firstBlockBytes)
    {
    }
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;
    Arena(Arena &&) noexcept = default;
    Arena &operator=(Arena &&) noexcept = default;

    /// Uninitialised storage of `bytes` bytes aligned to `align` (a power of two, at most alignof(max_align_t)).
    void *allocate(std::size_t bytes, std::size_t align)
    {
        auto cursor = reinterpret_cast<std::uintptr_t>(m_cursor);
        const std::uintptr_t aligned = (cursor + (align - 1)) & ~static_cast<std::uintptr_t>(align - 1);
        if (m_cursor == nullptr || aligned + bytes > reinterpret_cast<std::uintptr_t>(m_end))
            return allocateSlow(bytes, align);
        m_cursor = reinterpret_cast<char *>(aligned + bytes);
        return reinterpret_cast<void *>(aligned);
    }

    /// A new T built from `args`; T must be trivially destructible (it is never destroyed).
    template <typename T, typename... Args>
    T *make(Args &&...args)
    {
        static_assert(std::is_trivially_destructible_v<T>);
        return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
    }

    /// A copy of `count` items starting at `items`, as an arena-owned list.
    template <typename T>
    NodeList<T> copyList(const T *items, std::size_t count)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (count == 0)
            return {};
        auto *data = static_cast<T *>(allocate(sizeof(T) * count, alignof(T)));
        std::memcpy(static_cast<void *>(data), items, sizeof(T) * count);
        return NodeList<T>(data, static_cast<std::uint32_t>(count));
    }

    /// A copy of `text` owned by the arena.
    std::string_view copyString(std::string_view text)
    {
        if (text.empty())
            return {};
        auto *data = static_cast<char *>(allocate(text.size(), 1));
        std::memcpy(data, text.data(), text.size());
        return {data, text.size()};
    }

    /// Bytes reserved from the system so far (all blocks).
    std::size_t reservedBytes() const { return m_reserved; }

private:
    void *allocateSlow(std::size_t bytes, std::size_t align)
    {
        std::size_t blockBytes = m_nextBlockBytes;
        if (blockBytes < bytes + align)
            blockBytes = bytes + align;
        m_blocks.push_back(std::unique_ptr<char[]>(new char[blockBytes])); // uninitialised on purpose
        m_reserved += blockBytes;
        m_cursor = m_blocks.back().get();
        m_end = m_cursor + blockBytes;
        if (m_nextBlockBytes < (std::size_t(1) << 24))
            m_nextBlockBytes *= 2;
        return allocate(bytes, align);
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
    std::size_t m_nextBlockBytes;
    std::size_t m_reserved = 0;
};

} // namespace graft::syntax
