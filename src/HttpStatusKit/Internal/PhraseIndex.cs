using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Text;
#endif

namespace HttpStatusKit;

/// <summary>
/// Maps the normalised form of every phrase and name in the catalog to its record, without allocating on lookup.
/// A normalised key keeps only ASCII letters (lower-cased) and ASCII digits; any other ASCII character is dropped,
/// and any non-ASCII character makes the text unmatchable.
/// </summary>
/// <remarks>
/// A lookup never writes a normalised copy of the text.
/// <list type="number">
/// <item><description>The signature pass adds up one 64-bit weight per character, read from a 128-entry table. A letter or
/// digit weighs a pseudo-random 32-bit value in the high half (the same for both cases of a letter) plus 1 in the low half;
/// every other ASCII character weighs 0. So the low half counts the letters and digits and the high half hashes them, and
/// a dropped character costs no more than a kept one. A sum ignores order, which keeps the loop to a load, a mask and an
/// add per character, with no branch; anagrams of a key (<c>"Found Not"</c>) share its signature and fail step 3.
/// Non-ASCII characters are not tested here: they weigh the same as their low seven bits, and step 3 rejects them.</description></item>
/// <item><description>The signature picks a slot in an open-addressing table that stores each key's signature, so a key
/// with another signature is passed over with one comparison, and most misses end at an empty slot.</description></item>
/// <item><description>Only on an equal signature is the text compared with the key. On net8.0 a text as long as the key,
/// or as long as one of the phrases that made the key, is compared whole with a vectorised ASCII case-insensitive
/// comparison; any other text (<c>"NOT_FOUND"</c>), and all text on netstandard2.0, goes through the compare pass, which
/// walks the text against the key, skipping dropped characters.</description></item>
/// </list>
/// </remarks>
internal sealed class PhraseIndex
{
    /// <summary>No key is longer than this; text with more letters and digits is rejected without reading it all.</summary>
    public const int MaxKeyLength = 48;

    /// <summary>Characters read between two checks of the letter-and-digit count against <see cref="MaxKeyLength"/>.</summary>
    private const int ChunkLength = 64;

    /// <summary>Multiplier of Fibonacci hashing (2^64 divided by the golden ratio), which spreads a signature over the slots.</summary>
    private const ulong SlotMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>The signature weight of each ASCII character; see the remarks on <see cref="PhraseIndex"/>.</summary>
    private static readonly ulong[] s_weights = CreateWeights();

    /// <summary>The slots; an empty slot has signature 0 (a key has at least one character, so its signature is never 0).</summary>
    private readonly Entry[] _entries;

    private readonly int _mask;
    private readonly int _shift;

    public PhraseIndex(IReadOnlyList<KeyValuePair<string, HttpStatusInfo>> entries)
    {
        int size = 16;
        int bits = 4;
        while (size < entries.Count * 4)
        {
            size *= 2;
            bits++;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        _shift = 64 - bits;
        Span<char> buffer = stackalloc char[MaxKeyLength];
        foreach (KeyValuePair<string, HttpStatusInfo> entry in entries)
        {
            int length = AsciiKey.Normalize(entry.Key.AsSpan(), buffer);
            if (length <= 0)
            {
                throw new InvalidOperationException($"The phrase or name '{entry.Key}' of {entry.Value} has no usable normalised form.");
            }

            // The key and its terminator.
            string key = buffer.Slice(0, length).ToString() + "\0";
            ulong signature = Sign(buffer.Slice(0, length));
            int slot = SlotOf(signature);
            while (_entries[slot].Key is { } existing)
            {
                if (existing == key)
                {
                    if (!ReferenceEquals(_entries[slot].Value, entry.Value))
                    {
                        throw new InvalidOperationException($"'{entry.Key}' would name both {_entries[slot].Value} and {entry.Value}.");
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(signature, key, AddSpelling(_entries[slot].Spellings, entry.Key, length), entry.Value);
        }
    }

    /// <summary>Finds the record whose phrase or name normalises to the same key as <paramref name="text"/>.</summary>
    public HttpStatusInfo? Find(ReadOnlySpan<char> text)
    {
        ulong signature = Sign(text);
        uint count = (uint)signature;
        if (count - 1 >= MaxKeyLength)
        {
            // Nothing left after normalisation, or more than any key holds.
            return null;
        }

        // The probe loop calls nothing, so a miss runs without saving registers; a slot with the same signature hands
        // over to FindFrom, which confirms the key or probes on.
        Entry[] entries = _entries;
        int slot = SlotOf(signature);
        while (true)
        {
            ulong candidate = entries[slot].Signature;
            if (candidate == signature)
            {
                return FindFrom(text, signature, slot);
            }

            if (candidate == 0)
            {
                return null;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Probes on from <paramref name="slot"/>, whose signature is <paramref name="signature"/>, and confirms each key with that signature.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private HttpStatusInfo? FindFrom(ReadOnlySpan<char> text, ulong signature, int slot)
    {
        Entry[] entries = _entries;
        while (true)
        {
            ref readonly Entry candidate = ref entries[slot];
            if (candidate.Signature == signature)
            {
                if (IsMatch(text, candidate))
                {
                    return candidate.Value;
                }
            }
            else if (candidate.Signature == 0)
            {
                return null;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The signature pass: the sum of the weights of the characters. Every <see cref="ChunkLength"/> characters it stops
    /// once the count of letters and digits passes <see cref="MaxKeyLength"/>, so long text costs little.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Sign(ReadOnlySpan<char> text)
    {
        ulong[] weights = s_weights;
        ulong signature = 0;
        while (text.Length > ChunkLength)
        {
            signature += SignPart(weights, text.Slice(0, ChunkLength));
            if ((uint)signature > MaxKeyLength)
            {
                return signature;
            }

            text = text.Slice(ChunkLength);
        }

        return signature + SignPart(weights, text);
    }

    /// <summary>The sum of the weights, four characters a step: two sums, so the additions do not wait on each other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SignPart(ulong[] weights, ReadOnlySpan<char> text)
    {
        ulong even = 0;
        ulong odd = 0;
        int i = 0;
        for (; i <= text.Length - 4; i += 4)
        {
            even += weights[text[i] & 0x7F] + weights[text[i + 2] & 0x7F];
            odd += weights[text[i + 1] & 0x7F] + weights[text[i + 3] & 0x7F];
        }

        for (; i < text.Length; i++)
        {
            even += weights[text[i] & 0x7F];
        }

        return even + odd;
    }

    /// <summary>True when <paramref name="text"/> normalises to the key of <paramref name="entry"/>.</summary>
    private static bool IsMatch(ReadOnlySpan<char> text, in Entry entry)
    {
#if NET8_0_OR_GREATER
        // Vectorised shortcuts for the usual spellings. Ascii.EqualsIgnoreCase folds ASCII letters only and is false
        // for any non-ASCII character, so it never accepts what the compare pass would reject.
        int keyLength = entry.Key.Length - 1;
        if (text.Length == keyLength)
        {
            // As long as the key: no character can be dropped, so this is the whole answer (a name such as "NotFound").
            return Ascii.EqualsIgnoreCase(text, entry.Key.AsSpan(0, keyLength));
        }

        foreach (string spelling in entry.Spellings)
        {
            if (text.Length == spelling.Length && Ascii.EqualsIgnoreCase(text, spelling.AsSpan()))
            {
                // A phrase that made the key, in any case ("not found", "Request Time-out"); it normalises to the key.
                return true;
            }
        }
#endif
        return Matches(text, entry.Key.AsSpan());
    }

    /// <summary>
    /// The compare pass: true when the letters and digits of <paramref name="text"/>, lower-cased, are exactly
    /// <paramref name="key"/> (without its terminator) and every other character is ASCII.
    /// </summary>
    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        int matched = 0;
        foreach (char c in text)
        {
            // A key character is 'a'-'z' or '0'-'9'. For c >= '0', (c | 0x20) equals it only when c is that letter in
            // either case or that digit: the other characters that OR to a digit are control characters below '0'.
            // Past the end of the key the terminator '\0' matches nothing.
            if ((c | 0x20) == key[matched] && c >= '0')
            {
                matched++;
            }
            else if (c >= 0x80 || IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return matched == key.Length - 1;
    }

    /// <summary>
    /// The spellings of a key worth comparing whole: every phrase or name that made it, except those as long as the key
    /// (without dropped characters they are the key itself in some case) and repeats that differ in case only.
    /// </summary>
    private static string[] AddSpelling(string[]? spellings, string spelling, int keyLength)
    {
        spellings ??= [];
        if (spelling.Length == keyLength)
        {
            return spellings;
        }

        foreach (string existing in spellings)
        {
            if (string.Equals(existing, spelling, StringComparison.OrdinalIgnoreCase))
            {
                return spellings;
            }
        }

        Array.Resize(ref spellings, spellings.Length + 1);
        spellings[spellings.Length - 1] = spelling;
        return spellings;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private int SlotOf(ulong signature) => (int)((signature * SlotMultiplier) >> _shift);

    /// <summary>
    /// Builds the weight table: for a letter or digit, a 32-bit value mixed from its lower-case form (the finaliser
    /// of MurmurHash3) in the high half and 1 in the low half; 0 for every other character.
    /// </summary>
    private static ulong[] CreateWeights()
    {
        var weights = new ulong[128];
        for (int c = 0; c < weights.Length; c++)
        {
            if (IsAsciiLetterOrDigit((char)c))
            {
                uint h = (uint)(c | 0x20) * 0x9E3779B1;
                h ^= h >> 16;
                h *= 0x85EBCA6B;
                h ^= h >> 13;
                h *= 0xC2B2AE35;
                h ^= h >> 16;
                weights[c] = ((ulong)h << 32) | 1;
            }
        }

        return weights;
    }

    /// <summary>
    /// One slot: the key's signature, the key followed by a <c>'\0'</c> that no character of a text can match, the
    /// phrases that made the key (see <see cref="AddSpelling"/>), and its record.
    /// </summary>
    private readonly struct Entry(ulong signature, string key, string[] spellings, HttpStatusInfo value)
    {
        public ulong Signature { get; } = signature;

        public string Key { get; } = key;

        public string[] Spellings { get; } = spellings;

        public HttpStatusInfo Value { get; } = value;
    }
}
