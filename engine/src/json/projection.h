#pragma once

// The compiled projection of one object type's selection (CONTRACT §7.2): which members of a row
// document become which response keys, in response order. Built once per plan, immutable, owning
// all its text (it never points into a request), so the plan cache can share it across threads.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace graft::json {

class Projection;

/// What a projected field reads.
enum class ProjectedKind : std::uint8_t {
    Typename,   ///< `__typename`: the object type's name
    Value,      ///< scalar, JSON or list of scalars: the member copied verbatim (§7.3)
    Object,     ///< embedded object: the member projected by `child` when it is an object
    ObjectList, ///< list of embedded objects: each object element projected by `child`, others null
};

/// One output member of a projected object.
struct ProjectedField {
    ProjectedKind kind = ProjectedKind::Value;
    std::string responseKey;
    std::string keyJson;      ///< the response key as a JSON string plus `:`, ready to write
    std::string prefixJson;   ///< set by Projection: `{` (first field) or `,`, then keyJson
    std::string documentKey;  ///< the member read (not for Typename)
    std::string typenameJson; ///< Typename: the type name as a JSON string
    std::shared_ptr<const Projection> child; ///< Object / ObjectList
    std::uint32_t slot = 0;   ///< index of documentKey among the projection's distinct keys
};

/// The projection of one object type: its fields in response order and the distinct document keys
/// they read. A row's member names are looked up in a small hash table on their length and first
/// eight bytes, compared byte by byte only past those: most members of a row are not read, and
/// those cost a probe.
class Projection {
public:
    /// Takes the fields in response order; computes slots and the key table.
    explicit Projection(std::vector<ProjectedField> fields);

    /// The output members, in response order.
    const std::vector<ProjectedField> &fields() const { return m_fields; }
    /// Number of distinct document keys read.
    std::size_t slotCount() const { return m_keys.size(); }
    /// The spans a row projector keeps for one object of this type: one per slot, then the frames
    /// of the inline children (see inlineChild), each at its childFrame offset.
    std::size_t frameSize() const { return m_frameSize; }
    /// When exactly one field reads `slot` and it is an embedded object, that field's child: a
    /// row projector projects such a member in the same pass that finds it. Null otherwise.
    const Projection *inlineChild(std::size_t slot) const { return m_slots[slot].inlineChild; }
    /// Where inlineChild(slot)'s frame starts within this projection's frame.
    std::size_t childFrame(std::size_t slot) const { return m_slots[slot].childFrame; }
    /// The slot of document key `key`, or -1 when no field reads it. `readable` is the end of
    /// the memory `key` lies in (its row text): up to eight bytes from key.data() are loaded at
    /// once when they lie before it.
    int slotOf(std::string_view key, const char *readable = nullptr) const
    {
        const std::uint64_t head = headOf(key, readable);
        const std::size_t mask = m_table.size() - 1;
        for (std::size_t at = bucketOf(head, key.size()); m_table[at] >= 0; at = (at + 1) & mask) {
            const Key &candidate = m_keys[static_cast<std::size_t>(m_table[at])];
            if (candidate.head == head && candidate.size == key.size() && sameTail(candidate, key))
                return static_cast<int>(candidate.slot);
        }
        return -1;
    }
    /// Approximate heap bytes of the tree (the plan cache's byte bound).
    std::size_t bytes() const;
    /// A number no other projection built in this process has: what a row projector keys what it
    /// learnt of this projection's rows on (an address may be reused once a projection is freed).
    std::uint64_t id() const { return m_id; }

private:
    /// One distinct document key.
    struct Key {
        std::uint64_t head = 0; ///< its first (up to) eight bytes, zero-padded
        std::uint64_t tail = 0; ///< keys longer than eight bytes: their last eight bytes
        std::uint32_t size = 0;
        std::uint32_t slot = 0;
        std::string text;
    };
    /// Past the first eight bytes, whether `key` (as long as `candidate`) equals it: keys up to 16
    /// bytes by their last eight bytes, longer ones by memcmp.
    static bool sameTail(const Key &candidate, std::string_view key)
    {
        if (key.size() <= sizeof(std::uint64_t))
            return true;
        if (key.size() <= 2 * sizeof(std::uint64_t)) {
            std::uint64_t tail = 0;
            std::memcpy(&tail, key.data() + key.size() - sizeof tail, sizeof tail);
            return tail == candidate.tail;
        }
        return std::memcmp(candidate.text.data() + sizeof(std::uint64_t), key.data() + sizeof(std::uint64_t),
                           key.size() - sizeof(std::uint64_t))
            == 0;
    }

    /// The first (up to) eight bytes of `key`, zero-padded (see slotOf for `readable`).
    static std::uint64_t headOf(std::string_view key, const char *readable = nullptr)
    {
        std::uint64_t head = 0;
        if (key.size() >= sizeof head) {
            std::memcpy(&head, key.data(), sizeof head);
        } else if (readable && readable - key.data() >= static_cast<std::ptrdiff_t>(sizeof head)) {
            // One load, then only the key's own bytes kept (the first bytes in memory order).
            std::memcpy(&head, key.data(), sizeof head);
            const unsigned dropped = 8 * static_cast<unsigned>(sizeof head - key.size());
            if constexpr (std::endian::native == std::endian::little)
                head = key.empty() ? 0 : (head << dropped) >> dropped;
            else
                head = key.empty() ? 0 : (head >> dropped) << dropped;
        } else {
            std::memcpy(&head, key.data(), key.size());
        }
        return head;
    }

    /// The first bucket of m_table to probe for a key.
    std::size_t bucketOf(std::uint64_t head, std::size_t size) const
    {
        return static_cast<std::size_t>(((head ^ size) * 0x9E3779B97F4A7C15ull) >> m_shift);
    }

    /// How a row projector treats one slot.
    struct Slot {
        const Projection *inlineChild = nullptr;
        std::size_t childFrame = 0;
    };

    std::vector<ProjectedField> m_fields;
    std::vector<Key> m_keys; ///< in slot order
    std::vector<Slot> m_slots; ///< in slot order
    std::size_t m_frameSize = 0;
    /// Open addressing over m_keys (index, or -1 for an empty bucket), at most a quarter full, so
    /// a member no field reads (most of a row) usually costs one probe.
    std::vector<std::int32_t> m_table;
    unsigned m_shift = 64;
    std::uint64_t m_id = 0;
};

} // namespace graft::json
