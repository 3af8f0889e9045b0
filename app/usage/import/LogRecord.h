// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/Outcome.h"
#include "usage/import/TextScan.h"

#include <QString>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace kw {

// What a key reference in a log turned out to be. Only ids, hints and hashes are kept as written;
// everything else is a secret or may be one, so only its SHA-256 is kept (docs/design/keys.md: the secret is
// never stored).
enum class KeyRefKind
{
    None,
    KeyId,   // key_ + 16 base62
    Hint,    // prefix_env_ + 6 base62
    Hash,    // 64 lowercase hex, as written by a gateway that logs hashes
    FullKey, // a Keyward key: the text holds its hash
    Opaque,  // any other token (a Bearer JWT, a consumer name): the text holds its hash
};

// Where the reference was read; the import names it in findings.
enum class KeySource
{
    None,
    Field,        // a mapped JSON/CSV field, or a quoted extra field of a combined log line
    RemoteUser,   // $remote_user of a combined log line
    QueryParam,   // api_key=, key=, token=, … in the request target
    BearerHeader, // Authorization: Bearer …
};

// Makes the calling thread ready to hash secrets: its SHA-256 context, and libcrypto's providers
// and configuration the first time in the process (≈ 5 M instructions, behind a lock the other
// parsing threads would wait at).
void prepareSecretHashing();

// Secrets met in a log, remembered with what they cost to find out: whether the text is a full
// key (a QString and a CRC check) and its SHA-256. A gateway that logs the Authorization header
// repeats a few tokens on every line; without this each line paid both again (2.5x the import's
// CPU on such a log). Owned by the parse of one block and wiped with it, so it holds what the
// block's buffer holds, no longer. Direct-mapped: a token that meets another in its slot
// replaces it.
class SecretMemo final
{
public:
    // Longer text is not remembered (it is still checked and hashed, each time).
    static constexpr std::size_t MaxText = 256;

    SecretMemo() = default;
    ~SecretMemo();
    Q_DISABLE_COPY_MOVE(SecretMemo)

    bool isFullKey(std::string_view text);
    // The SHA-256 of text, in lowercase hex.
    void hashHex(std::string_view text, char out[64]);

private:
    struct Entry
    {
        quint16 length = 0; // 0: empty
        qint8 fullKey = -1; // -1: not known yet
        bool hashed = false;
        std::array<char, 64> hex;
        std::array<char, MaxText> text;
    };
    static constexpr std::size_t Slots = 64;
    Entry& entryOf(std::string_view text); // text.size() <= MaxText

    std::unique_ptr<std::array<Entry, Slots>> m_entries; // made at the first secret
    quint64 m_used = 0;                                  // slots to wipe
};

// One parsed log line. Fixed size, no heap: a reader fills one per line and the import reuses it.
class LogRecord
{
public:
    qint64 timeMs = 0; // UTC ms since the epoch
    int status = 0;    // HTTP status, 0 when the log has none (an explicit outcome then decides)
    std::optional<Outcome> outcome;
    KeySource source = KeySource::None;
    // Set when any place in the line held a plaintext Keyward key or a Bearer token, even if a
    // better reference (a key id) was also there: the log itself leaks secrets.
    bool plaintextSeen = false;

    KeyRefKind refKind() const { return m_kind; }
    bool hasKeyRef() const { return m_kind != KeyRefKind::None; }
    // The id, hint or hash (for FullKey and Opaque, the SHA-256 of what was written).
    std::string_view keyRef() const { return {m_ref.data(), m_refLength}; }
    QString keyRefString() const { return QString::fromLatin1(keyRef().data(), m_refLength); }
    // keyRef(), read where `line` holds it when it does: the import looks the key up right after the
    // line is read, and reading back the copy just written stalled each lookup (a store-to-load
    // forward that the copy's overlapping stores defeat: ≈ 2.5 % of the parse, bench_parse). A
    // reference outside the line — decoded from an escaped JSON string into the reader's
    // scratch, which a later field may overwrite, or a hashed secret's hex — is read from the copy.
    std::string_view keyRefInLine(std::string_view line) const
    {
        const auto at = reinterpret_cast<std::uintptr_t>(m_inLine.data());
        const auto from = reinterpret_cast<std::uintptr_t>(line.data());
        return at >= from && at - from + m_inLine.size() <= line.size() ? m_inLine : keyRef();
    }

    // Offers a reference found at `source`; the record keeps the most specific one (id > hash >
    // full key > hint > opaque) and hashes secrets at once. Empty text and "-" are no reference.
    // When onlyKeyShaped, text that is neither id, hint, hash nor full key is ignored (remote_user
    // may hold a person's login; a query parameter "key=" may be anything).
    void offerKeyRef(std::string_view text, KeySource source, bool onlyKeyShaped);
    // offerKeyRef() for text that is already trimmed, not empty nor "-", and whose
    // keyRefKindOf() the caller knows.
    void offerShaped(std::string_view text, KeyRefKind kind, KeySource source, bool onlyKeyShaped);
    // offerShaped(text, KeyRefKind::KeyId, source, …) when `text` is a key id, in one call: most
    // references are ids. False when it is none (nothing offered).
    bool offerIfKeyId(std::string_view text, KeySource source);
    // An Authorization value: "Bearer …" is a credential whatever it holds; other schemes (Basic,
    // a gateway's "REDACTED") count only when key-shaped. Quoted, escaped or percent-encoded
    // values are decoded first.
    void offerAuthorization(std::string_view value);
    // A header or field as a log line holds it: "Authorization: Bearer …", "X-Api-Key: …",
    // name=value, name="value", or a bare value, quoted, escaped or percent-encoded; the value is
    // offered as offerAuthorization() does.
    void offerHeaderText(std::string_view field);
    // The api_key, apikey, api-key, key, token and access_token parameters of a request target.
    void offerTargetKeys(std::string_view target);
    // keyRefKindOf(), through the memo when there is one.
    KeyRefKind kindOf(std::string_view text) const;
    // The memo (or none) that later offers use; it must outlive them.
    void useMemo(SecretMemo* memo) { m_memo = memo; }
    // What a new record holds; the bytes of m_ref past m_refLength are never read, so they stay.
    void clear()
    {
        timeMs = 0;
        status = 0;
        outcome.reset();
        source = KeySource::None;
        plaintextSeen = false;
        m_refLength = 0;
        m_kind = KeyRefKind::None;
    }

private:
    // Room for a decoded value: a full key percent-encoded whole, with a scheme and quotes.
    static constexpr std::size_t DecodeCapacity = 512;
    void offerCredential(std::string_view value); // offerAuthorization() of decoded text
    void offerDecoded(std::string_view text, KeySource source, bool onlyKeyShaped);
    void keepShaped(std::string_view text, KeyRefKind kind, KeySource source, bool onlyKeyShaped);
    void keep(std::string_view text, KeyRefKind kind, KeySource source);
    void keepHashOf(std::string_view text, KeyRefKind kind, KeySource source);

    std::array<char, 64> m_ref{};
    std::string_view m_inLine; // the text kept, where it was (keyRefInLine())
    quint8 m_refLength = 0;
    KeyRefKind m_kind = KeyRefKind::None;
    SecretMemo* m_memo = nullptr;
};

// The key format's shapes (docs/keys.md), on raw bytes; `memo` remembers which long texts are full keys.
KeyRefKind keyRefKindOf(std::string_view text, SecretMemo* memo = nullptr);
// keyRefKindOf(text) == KeyRefKind::KeyId: the shape most references have, on its own.
bool isKeyId(std::string_view text);

// A length that an id, hint, hash or full key has (with a 2..12 letter prefix).
constexpr bool isKeyLength(std::size_t n)
{
    return (n >= 14 && n <= 24) || (n >= 44 && n <= 54) || n == 64;
}

// True when keyRefKindOf() says Opaque from the length alone (no key has it, and trimming cannot
// change it): the cheap first test, for readers that decide before offering a field.
inline bool isPlainlyOpaque(std::string_view s)
{
    // Most fields (user agents, addresses, request times) have no key's length: they are opaque
    // without looking further. Only parseKey()'s trimming could bring other lengths to a key's.
    const std::size_t n = s.size();
    return !isKeyLength(n) && (n == 0 || (!text::isLatin1Space(s.front()) && !text::isLatin1Space(s.back())));
}

} // namespace kw
