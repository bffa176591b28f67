using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Text;
#endif

namespace HttpStatusKit;

/// <summary>
/// Maps the normalised form of every phrase and name in the catalog to its code, without allocating on lookup.
/// A normalised key keeps only ASCII letters (lower-cased) and ASCII digits; any other ASCII character is dropped,
/// and any non-ASCII character makes the text unmatchable.
/// </summary>
/// <remarks>
/// The table is laid out when the status table is generated (Table/PhraseIndex.Table.cs), so nothing is built at run
/// time: the first lookup by text compiles this class and copies constant arrays. The arrays are static and their
/// lengths fixed, so the compiler drops the bounds checks of masked slot numbers. A lookup never writes a normalised
/// copy of the text. It reads the text's ends first: its first two and last three characters (two loads on a
/// little-endian machine), which also reject text with a non-ASCII character there.
/// <list type="number">
/// <item><description>The guess: the ends and the length, hashed, select one entry of a table of lower-case spellings
/// (phrases, names, former and legacy phrases; the generator chooses the multiplier that gives each its own entry). A
/// text of the same length whose characters, with the ASCII case bit set, equal the spelling's is found: one compare
/// of overlapping blocks, with no loop for text of up to 16 characters. This finds text spelt as the table spells
/// it, in any case, the commonest input.</description></item>
/// <item><description>The ends filter: a 4096-bit map with a bit set for each key's first two and last three
/// characters, hashed. When the text's ends are letters, they are its key's ends, so a clear bit proves that no key
/// matches; text with other characters at its ends walks in from each end to its letters and digits. Most misses
/// (<c>"Method Not Found"</c>, <c>"Server Failure"</c>) end here.</description></item>
/// <item><description>The signature pass adds up one 64-bit weight per character, read from a 128-entry table that the
/// generator computes (<c>s_weights</c>: the finaliser of MurmurHash3 over the lower-case form). A letter or digit weighs a pseudo-random 32-bit value in the high half (the same for both cases of a letter) plus 1 in the low half;
/// every other ASCII character weighs 0. So the low half counts the letters and digits and the high half hashes them, and
/// a dropped character costs no more than a kept one. A sum ignores order, which keeps the loop to a load, a mask and an
/// add per character, with no branch; anagrams of a key (<c>"Found Not"</c>) share its signature and fail step 5.
/// Non-ASCII characters are not tested here: they weigh the same as their low seven bits, and step 5 rejects them.</description></item>
/// <item><description>The signature picks a slot in an open-addressing table of signatures (8 bytes a slot, so the probe
/// reads few cache lines), so a key with another signature is passed over with one comparison, and most misses end at an
/// empty slot.</description></item>
/// <item><description>Only on an equal signature is the text compared with the key. On net8.0 a text as long as the key,
/// or as long as one of the phrases that made the key, is compared whole with a vectorised ASCII case-insensitive
/// comparison; any other text (<c>"NOT_FOUND"</c>), and all text on netstandard2.0, goes through the compare pass, which
/// walks the text against the key, skipping dropped characters.</description></item>
/// </list>
/// </remarks>
internal static partial class PhraseIndex
{
    /// <summary>No key is longer than this; text with more letters and digits is rejected without reading it all.</summary>
    public const int MaxKeyLength = 48;

    /// <summary>Characters read between two checks of the letter-and-digit count against <see cref="MaxKeyLength"/>.</summary>
    private const int ChunkLength = 64;

    /// <summary>Keys up to this long are compared with <see cref="EqualsShortKey"/> when the text is as long.</summary>
    private const int ShortKeyLength = 8;

    /// <summary>Text up to this long is confirmed inline in <see cref="Find"/> when it is the key or the first spelling of the slot.</summary>
    private const int ShortTextLength = 16;

    /// <summary>Multiplier of Fibonacci hashing (2^64 divided by the golden ratio), which spreads a signature over the slots.</summary>
    private const ulong SlotMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>The ASCII case bit in each of four 16-bit lanes.</summary>
    private const ulong CaseBits = 0x0020_0020_0020_0020UL;

    /// <summary>The ASCII case bit in each of the two 16-bit lanes of the front.</summary>
    private const uint FrontCaseBits = 0x0020_0020;

    /// <summary>The top bit of each of four 16-bit lanes.</summary>
    private const ulong LaneTops = 0x8000_8000_8000_8000UL;

    /// <summary>Finds the code whose phrase or name normalises to the same key as <paramref name="text"/>; 0 when there is none.</summary>
    /// <param name="text">The text to look up.</param>
    /// <param name="instance">
    /// The string that <paramref name="text"/> spans, if any: when it is the very instance of the reason phrase that its
    /// guess selects, as a literal such as <c>"OK"</c> is (literals are interned), the compare is skipped, as a
    /// dictionary's reference check lets it skip its own.
    /// </param>
    public static int Find(ReadOnlySpan<char> text, string? instance = null)
    {
        if (text.IsEmpty || !ReadEnds(text, out uint front, out ulong back))
        {
            // Empty, or an end is not ASCII, which no key matches.
            return 0;
        }

        front |= FrontCaseBits;
        back |= CaseBits >> 16;
        ulong mixed = Mix(front, back);
        uint guess = s_guesses[Guess(mixed, text.Length)];
        if ((byte)guess == text.Length
            && ((instance is not null && HttpStatusCatalog.IsReasonPhrase((int)(guess >> 22), instance))
                || EqualsLower(text, Text.AsSpan((int)(guess >> 8) & 0x3FFF, text.Length))))
        {
            // Spelt as the table spells it, in any case: the commonest input costs two reads, a guess and one compare.
            return (int)(guess >> 22);
        }

        if (AreLetters(front, back) ? !HasEnds(mixed) : !HasEnds(text))
        {
            // No key starts with these two letters and ends with these three: most misses stop here.
            return 0;
        }

        return FindBySignature(text);
    }

    /// <summary>
    /// Reads the ends of a non-empty text: its first two characters into the 16-bit lanes of <paramref name="front"/>,
    /// its last three into the lower three lanes of <paramref name="back"/> (a missing one is 0). False when one of them
    /// is not ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ReadEnds(ReadOnlySpan<char> text, out uint front, out ulong back)
    {
        int length = text.Length;
        if (BitConverter.IsLittleEndian && length >= 4)
        {
            // Two loads: the first four characters, of which the cast keeps two, and the last four, of which the shift
            // keeps three.
            front = (uint)ReadBlock(text, 0);
            back = ReadBlock(text, length - 4) >> 16;
        }
        else if (length >= 3)
        {
            front = text[0] | ((uint)text[1] << 16);
            back = text[length - 3] | ((ulong)text[length - 2] << 16) | ((ulong)text[length - 1] << 32);
        }
        else
        {
            // One or two characters ("OK"): the missing lanes stay 0.
            front = text[0] | (length > 1 ? (uint)text[1] << 16 : 0);
            back = ((ulong)text[length - 1] << 32) | (length > 1 ? (ulong)text[0] << 16 : 0);
        }

        return ((front | back) & 0xFF80_FF80_FF80_FF80UL) == 0;
    }

    /// <summary>The ends of a text, with the case bit set in every lane, mixed into one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(uint front, ulong back) => back ^ (front * FrontMultiplier);

    /// <summary>The entry of the table of guesses for a text of <paramref name="length"/> characters whose ends mix to <paramref name="mixed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Guess(ulong mixed, int length) => (int)(((mixed + (uint)length) * GuessMultiplier) >> (64 - GuessBits));

    /// <summary>
    /// True when every lane of the ends is an ASCII letter (the two of <paramref name="front"/>, the lower three of
    /// <paramref name="back"/>; all ASCII, with the case bit set): then they are the key's first two and last three
    /// characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AreLetters(uint front, ulong back)
    {
        // For a lane of at most 0x7F, adding 0x8000 - 'a' sets its top bit when it is 'a' or above, and adding
        // 0x7FFF - 'z' sets it when it is above 'z'; no carry leaves the lane.
        ulong lanes = back | ((ulong)front << 48);
        ulong letters = (lanes + 0x7F9F_7F9F_7F9F_7F9FUL) & ~(lanes + 0x7F85_7F85_7F85_7F85UL);
        uint second = front >> 16;
        uint letter = (second + 0x7F9F) & ~(second + 0x7F85);
        return (letters & LaneTops) == LaneTops && (letter & 0x8000) != 0;
    }

    /// <summary>True when some key has the ends that mix to <paramref name="mixed"/>; false guarantees that none has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasEnds(ulong mixed)
    {
        int bit = (int)((mixed * EndsMultiplier) >> (64 - EndsBits));
        return ((s_ends[bit >> 6] >> bit) & 1) != 0;
    }

    /// <summary>
    /// <see cref="HasEnds(ulong)"/> for text whose ends are not all letters (<c>"Not Found."</c>, <c>"OK"</c>, which is
    /// too short): the first two and last three letters or digits, found by walking in from each end. False also when
    /// the walk meets a character that is not ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HasEnds(ReadOnlySpan<char> text)
    {
        uint front = 0;
        int taken = 0;
        for (int i = 0; i < text.Length && taken < 2; i++)
        {
            char c = text[i];
            if (c >= 0x80)
            {
                return false;
            }

            if (AsciiKey.IsLetterOrDigit(c))
            {
                front |= (uint)(c | 0x20) << (16 * taken++);
            }
        }

        ulong back = 0;
        taken = 0;
        for (int i = text.Length - 1; i >= 0 && taken < 3; i--)
        {
            char c = text[i];
            if (c >= 0x80)
            {
                return false;
            }

            if (AsciiKey.IsLetterOrDigit(c))
            {
                back |= (ulong)(c | 0x20) << (16 * (2 - taken++));
            }
        }

        return HasEnds(Mix(front | FrontCaseBits, back | (CaseBits >> 16)));
    }

    /// <summary>
    /// True when <paramref name="text"/>, with the ASCII case bit set in every character, is <paramref name="spelling"/>:
    /// a lower-case spelling whose characters are letters, or characters other than digits that the key drops and that
    /// have the case bit set (the generator keeps any other spelling out of the table of guesses). A text matches when it
    /// is the spelling in any case, or has in place of a dropped character another one that is dropped too (a control
    /// character): either way its key is the spelling's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsLower(ReadOnlySpan<char> text, ReadOnlySpan<char> spelling)
    {
        int length = text.Length;
        if (length < 4 || spelling.Length != length)
        {
            return EqualsShortLower(text, spelling);
        }

#if NET8_0_OR_GREATER
        if (length >= 8 && Vector128.IsHardwareAccelerated)
        {
            // Overlapping blocks of eight, the last one ending with the text: no loop for text of up to 16 characters.
            ref ushort t = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(spelling));
            Vector128<ushort> caseBits = Vector128.Create((ushort)0x20);
            nuint last = (nuint)(length - Vector128<ushort>.Count);
            Vector128<ushort> differ = ((Vector128.LoadUnsafe(ref t, last) | caseBits) ^ Vector128.LoadUnsafe(ref s, last))
                | ((Vector128.LoadUnsafe(ref t) | caseBits) ^ Vector128.LoadUnsafe(ref s));
            for (nuint i = (nuint)Vector128<ushort>.Count; i < last; i += (nuint)Vector128<ushort>.Count)
            {
                differ |= (Vector128.LoadUnsafe(ref t, i) | caseBits) ^ Vector128.LoadUnsafe(ref s, i);
            }

            return differ == Vector128<ushort>.Zero;
        }
#endif

        // Overlapping blocks of four, the last one ending with the text: no loop for text of up to 8 characters.
        int end = length - 4;
        ulong differs = ((ReadBlock(text, end) | CaseBits) ^ ReadBlock(spelling, end)) | ((ReadBlock(text, 0) | CaseBits) ^ ReadBlock(spelling, 0));
        for (int i = 4; i < end; i += 4)
        {
            differs |= (ReadBlock(text, i) | CaseBits) ^ ReadBlock(spelling, i);
        }

        return differs == 0;
    }

    /// <summary>
    /// The four characters of <paramref name="text"/> from <paramref name="index"/>, which is at most its length less
    /// four, in one 64-bit read (the first in the low lane on a little-endian machine).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadBlock(ReadOnlySpan<char> text, int index)
    {
#if NET8_0_OR_GREATER
        // The callers keep index + 4 within the text, so the read needs no check of its own.
        return Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), index)));
#else
        return MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(index, 4)));
#endif
    }

    /// <summary><see cref="EqualsLower"/> for text shorter than four characters: its first, middle and last are all it has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsShortLower(ReadOnlySpan<char> text, ReadOnlySpan<char> spelling)
    {
        int last = text.Length - 1;
        return text.Length == spelling.Length && last >= 0
            && ((text[0] | 0x20) == spelling[0]) & ((text[last >> 1] | 0x20) == spelling[last >> 1]) & ((text[last] | 0x20) == spelling[last]);
    }

    /// <summary>The signature pass and the probe: text that is no table spelling in any case, and whose ends some key has.</summary>
    private static int FindBySignature(ReadOnlySpan<char> text)
    {
        ulong signature = Sign(text);
        uint count = (uint)signature;
        if (count - 1 >= MaxKeyLength)
        {
            // Nothing left after normalisation, or more than any key holds.
            return 0;
        }

        // The probe loop calls nothing, so a miss runs without saving registers. A slot with the same signature is
        // confirmed here when the text is a short key in some case ("OK", "Found"), the commonest hit; anything else
        // goes to FindFrom, which confirms the key or probes on.
        ulong[] signatures = s_signatures;
        int slot = SlotOf(signature);
        while (true)
        {
            ulong candidate = signatures[slot];
            if (candidate == signature)
            {
                if (text.Length <= ShortTextLength && EqualsAsciiIgnoreCase(text, ShortSpelling(slot, (int)count, text.Length)))
                {
                    return s_codes[slot];
                }

                return FindFrom(text, signature, slot);
            }

            if (candidate == 0)
            {
                return 0;
            }

            slot = (slot + 1) & SlotMask;
        }
    }

    /// <summary>Probes on from <paramref name="slot"/>, whose signature is <paramref name="signature"/>, and confirms each key with that signature.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FindFrom(ReadOnlySpan<char> text, ulong signature, int slot)
    {
        ulong[] signatures = s_signatures;
        while (true)
        {
            ulong candidate = signatures[slot];
            if (candidate == signature)
            {
                if (IsMatch(text, slot, (int)(uint)signature))
                {
                    return s_codes[slot];
                }
            }
            else if (candidate == 0)
            {
                return 0;
            }

            slot = (slot + 1) & SlotMask;
        }
    }

    /// <summary>The slot a signature starts probing at: the top bits of its Fibonacci hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong signature) => (int)((signature * SlotMultiplier) >> (64 - SlotBits)) & SlotMask;

    /// <summary>
    /// The signature pass: the sum of the weights of the characters. Every <see cref="ChunkLength"/> characters it stops
    /// once the count of letters and digits passes <see cref="MaxKeyLength"/>, so long text costs little.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Sign(ReadOnlySpan<char> text)
    {
        ulong signature = 0;
        while (text.Length > ChunkLength)
        {
            signature += SignPart(text.Slice(0, ChunkLength));
            if ((uint)signature > MaxKeyLength)
            {
                return signature;
            }

            text = text.Slice(ChunkLength);
        }

        return signature + SignPart(text);
    }

    /// <summary>The sum of the weights, four characters a step: two sums, so the additions do not wait on each other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SignPart(ReadOnlySpan<char> text)
    {
        // A static array of fixed length: with the index masked to seven bits, its loads need no bounds check.
        ulong[] weights = s_weights;
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

    /// <summary>True when <paramref name="text"/> normalises to the key of <paramref name="slot"/>, which has <paramref name="keyLength"/> characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMatch(ReadOnlySpan<char> text, int slot, int keyLength)
    {
        ReadOnlySpan<char> key = Text.AsSpan(s_keyStarts[slot], keyLength);
        if (text.Length == keyLength && keyLength <= ShortKeyLength)
        {
            // A short text as long as the key ("OK", "Found", "Created"): a plain loop beats setting up a vector compare.
            return EqualsShortKey(text, key);
        }

        return IsLongMatch(text, slot, key);
    }

    /// <summary>The rest of <see cref="IsMatch"/>: a text longer or shorter than the key, or a long key.</summary>
    private static bool IsLongMatch(ReadOnlySpan<char> text, int slot, ReadOnlySpan<char> key)
    {
#if NET8_0_OR_GREATER
        // Vectorised shortcuts for the usual spellings. Ascii.EqualsIgnoreCase folds ASCII letters only and is false
        // for any non-ASCII character, so it never accepts what the compare pass would reject.
        if (text.Length == key.Length)
        {
            // As long as the key: no character can be dropped, so this is the whole answer (a name such as "NotFound").
            return Ascii.EqualsIgnoreCase(text, key);
        }

        int first = s_firstSpellings[slot];
        int end = first + s_spellingCounts[slot];
        for (int i = first; i < end; i++)
        {
            int length = s_spellingLengths[i];
            if (text.Length == length && Ascii.EqualsIgnoreCase(text, Text.AsSpan(s_spellingStarts[i], length)))
            {
                // A phrase that made the key, in any case ("not found", "Request Time-out"); it normalises to the key.
                return true;
            }
        }
#else
        _ = slot;
#endif
        return Matches(text, key);
    }

    /// <summary>
    /// The spelling of <paramref name="slot"/> as long as the text, for the inline check of <see cref="Find"/>: the key
    /// (<c>"found"</c>) or the slot's first spelling (<c>"Not Found"</c>); empty when neither is that long.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> ShortSpelling(int slot, int keyLength, int textLength)
    {
        if (textLength == keyLength)
        {
            return Text.AsSpan(s_keyStarts[slot], keyLength);
        }

        int first = s_firstSpellings[slot];
        return s_spellingCounts[slot] != 0 && (uint)first < (uint)s_spellingLengths.Length && s_spellingLengths[first] == textLength
            ? Text.AsSpan(s_spellingStarts[first], textLength)
            : default;
    }

    /// <summary>
    /// True when <paramref name="text"/> is <paramref name="spelling"/> in any ASCII case: equal characters, or ASCII
    /// letters that differ only in case. A plain loop, which beats setting up a vector compare for short text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsAsciiIgnoreCase(ReadOnlySpan<char> text, ReadOnlySpan<char> spelling)
    {
        if (text.Length != spelling.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length && i < spelling.Length; i++)
        {
            char c = text[i];
            char k = spelling[i];
            if (c != k && ((c | 0x20) != (k | 0x20) || (uint)((k | 0x20) - 'a') > 'z' - 'a'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="text"/>, exactly as long as <paramref name="key"/>, is the key in any ASCII case: with
    /// nothing to drop, every character must be the key's letter in either case or its digit (see <see cref="Matches"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsShortKey(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        for (int i = 0; i < key.Length && i < text.Length; i++)
        {
            char c = text[i];
            if ((c | 0x20) != key[i] || c < '0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The compare pass: true when the letters and digits of <paramref name="text"/>, lower-cased, are exactly
    /// <paramref name="key"/> and every other character is ASCII.
    /// </summary>
    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        int matched = 0;
        foreach (char c in text)
        {
            // A key character is 'a'-'z' or '0'-'9'. For c >= '0', (c | 0x20) equals it only when c is that letter in
            // either case or that digit: the other characters that OR to a digit are control characters below '0'.
            if (matched < key.Length && (c | 0x20) == key[matched] && c >= '0')
            {
                matched++;
            }
            else if (c >= 0x80 || AsciiKey.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return matched == key.Length;
    }
}
