using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HttpStatusKit.RepositoryTests.Generation;

/// <summary>
/// Lays out the catalog's text index (src/HttpStatusKit/Internal/PhraseIndex.cs) from the status table, so that the
/// library reads it from constant arrays instead of building it on its first lookup by text. The rules are the index's:
/// a key is the text's ASCII letters and digits, lower-cased; its signature is the sum of the weights of its characters;
/// its slot is the Fibonacci hash of the signature, probed linearly. Beside the slots: the table of guesses, which
/// selects a lower-case spelling from a text's length and ends (first two and last three characters), and the ends
/// filter, a bit for the ends of each key.
/// </summary>
public sealed class TextIndexLayout
{
    /// <summary>As in PhraseIndex: no key is longer than this.</summary>
    public const int MaxKeyLength = 48;

    private const ulong SlotMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>Bits of an entry number of the table of <see cref="Guesses"/>.</summary>
    public const int GuessBits = 11;

    /// <summary>Entries of the table of <see cref="Guesses"/>.</summary>
    public const int GuessCount = 1 << GuessBits;

    private TextIndexLayout(ulong[] weights, ulong[] signatures, ushort[] slots, ushort[] spellings, string text, IReadOnlyList<(string Piece, string Note)> pieces, int keyCount, (ushort Code, ushort Start, byte Length)[] guesses, ulong guessMultiplier, int guessable, int sharing, ulong[] ends)
    {
        Guesses = guesses;
        GuessMultiplier = guessMultiplier;
        Guessable = guessable;
        Sharing = sharing;
        Ends = ends;
        Weights = weights;
        Signatures = signatures;
        Slots = slots;
        Spellings = spellings;
        Text = text;
        Pieces = pieces;
        KeyCount = keyCount;
    }

    public ulong[] Weights { get; }

    public ulong[] Signatures { get; }

    public ushort[] Slots { get; }

    public ushort[] Spellings { get; }

    public string Text { get; }

    /// <summary>For each occupied slot, in slot order: its part of <see cref="Text"/> (key, then spellings), and its code and the texts that made its key.</summary>
    public IReadOnlyList<(string Piece, string Note)> Pieces { get; }

    public int KeyCount { get; }

    /// <summary>
    /// For each value of <see cref="Guess"/>, one spelling that has it, as its place in <see cref="Text"/>, and the code
    /// the index finds for that spelling; (0, 0, 0) where none has it. Reason phrases come first, so the spelling of an
    /// entry is the reason phrase wherever one has its guess; then the other spellings, in the order of the table.
    /// </summary>
    public (ushort Code, ushort Start, byte Length)[] Guesses { get; }

    /// <summary>The multiplier of <see cref="Guess"/> that the layout chose: the first that gives the most spellings an entry of their own.</summary>
    public ulong GuessMultiplier { get; }

    /// <summary>How many distinct spellings (ignoring case) the table of guesses could hold.</summary>
    public int Guessable { get; }

    /// <summary>How many of those found their entry taken by a spelling before them; the signature pass finds them.</summary>
    public int Sharing { get; }

    /// <summary>
    /// The ends filter: one bit a value of <see cref="EndsBit"/>, set for every key. A text whose first two and last
    /// three letters and digits give a clear bit normalises to no key.
    /// </summary>
    public ulong[] Ends { get; }

    /// <summary>Bits of the ends filter (<see cref="Ends"/>); as EndsBits in PhraseIndex.</summary>
    public const int EndsBits = 12;

    /// <summary>The multiplier of <see cref="Mix"/>; emitted into the table file, which PhraseIndex reads it from.</summary>
    public const ulong FrontMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>The multiplier of <see cref="EndsBit"/>; emitted as FrontMultiplier is.</summary>
    public const ulong EndsMultiplier = 0xC4CEB9FE1A85EC53;

    /// <summary>
    /// The ends of a text as PhraseIndex reads them: its first two characters and its last three, one to a 16-bit lane
    /// (missing ones 0), with the ASCII case bit set in every lane, mixed into one value.
    /// </summary>
    public static ulong Mix(string text)
    {
        ulong front = text[0] | (text.Length > 1 ? (ulong)text[1] << 16 : 0);
        ulong back = 0;
        for (int i = 0; i < 3 && i < text.Length; i++)
        {
            back |= (ulong)text[text.Length - 1 - i] << (16 * (2 - i));
        }

        return (back | 0x0020_0020_0020UL) ^ ((front | 0x0020_0020UL) * FrontMultiplier);
    }

    /// <summary>The guess of a lower-case text: its length and its <see cref="Mix"/>, as PhraseIndex.Guess computes it.</summary>
    public static int Guess(string text, ulong multiplier) =>
        (int)(((Mix(text) + (ulong)text.Length) * multiplier) >> (64 - GuessBits));

    /// <summary>The bit of a key in <see cref="Ends"/>: its <see cref="Mix"/>, hashed.</summary>
    public static int EndsBit(string key) => (int)((Mix(key) * EndsMultiplier) >> (64 - EndsBits));

    /// <summary>
    /// True when PhraseIndex's compare of a text with a lower-case spelling (each character with the case bit set
    /// equals the spelling's) is exact for <paramref name="spelling"/>: every character is a letter, or a character
    /// other than a digit that has the case bit set, which only characters that the key drops share with it.
    /// </summary>
    public static bool IsGuessable(string spelling) =>
        spelling.All(c => char.IsAsciiLetter(c) || (c < 0x80 && (c | 0x20) == c && !char.IsAsciiDigit(c) && !char.IsAsciiLetterOrDigit((char)(c & ~0x20))));

    /// <summary>
    /// Lays out every spelling of every entry: phrase, name, former phrases and aliases first, then legacy phrases. A
    /// legacy phrase whose key already belongs to another code through one of that code's registered spellings is left
    /// out (the text keeps finding that code); any other key shared by two codes is an error.
    /// </summary>
    public static TextIndexLayout Create(StatusTable table)
    {
        var spellings = new List<(string Text, int Code, bool Legacy)>();
        foreach (StatusEntry e in table.Entries)
        {
            spellings.Add((e.Phrase!, e.Code, false));
            spellings.Add((e.Name!, e.Code, false));
            spellings.AddRange(e.FormerPhrases.Select(f => (f.Phrase!, e.Code, false)));
            spellings.AddRange(e.Aliases.Select(a => (a, e.Code, false)));
        }

        foreach (StatusEntry e in table.Entries)
        {
            spellings.AddRange(e.LegacyPhrases.Select(l => (l.Phrase!, e.Code, true)));
        }

        ulong[] weights = CreateWeights();
        var keys = new List<Key>();
        var byKey = new Dictionary<string, Key>(StringComparer.Ordinal);
        foreach ((string text, int code, bool legacy) in spellings)
        {
            string key = Normalize(text);
            if (!byKey.TryGetValue(key, out Key? existing))
            {
                existing = new Key(key, code, legacy, Sign(weights, key));
                byKey.Add(key, existing);
                keys.Add(existing);
            }
            else if (existing.Code != code)
            {
                if (legacy && !existing.Legacy)
                {
                    continue; // Another code's registered spelling: it keeps finding that code.
                }

                throw new InvalidDataException($"StatusTable.yaml: '{text}' would name both {existing.Code} and {code}.");
            }

            existing.Texts.Add(text);
            if (text.Length != key.Length && !existing.Spellings.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                existing.Spellings.Add(text);
            }
        }

        int bits = 4;
        while ((1 << bits) < keys.Count * 4)
        {
            bits++;
        }

        int size = 1 << bits;
        var placed = new Key?[size];
        foreach (Key key in keys)
        {
            int slot = (int)((key.Signature * SlotMultiplier) >> (64 - bits));
            while (placed[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            placed[slot] = key;
        }

        var signatures = new ulong[size];
        var slots = new ushort[size * 4];
        var spellingOffsets = new List<ushort>();
        var all = new StringBuilder();
        var notes = new List<(string, string)>();
        for (int slot = 0; slot < size; slot++)
        {
            if (placed[slot] is not Key key)
            {
                continue;
            }

            signatures[slot] = key.Signature;
            slots[slot * 4] = checked((ushort)key.Code);
            slots[(slot * 4) + 1] = checked((ushort)all.Length);
            slots[(slot * 4) + 2] = checked((ushort)(spellingOffsets.Count / 2));
            slots[(slot * 4) + 3] = checked((ushort)key.Spellings.Count);
            int start = all.Length;
            all.Append(key.Text);
            foreach (string spelling in key.Spellings)
            {
                spellingOffsets.Add(checked((ushort)all.Length));
                spellingOffsets.Add(checked((ushort)spelling.Length));
                all.Append(spelling.ToLowerInvariant());
            }

            notes.Add((all.ToString(start, all.Length - start), $"{key.Code}: {string.Join(", ", key.Texts.Distinct(StringComparer.Ordinal))}"));
        }

        // Where each spelling stands in the text: a key in any case is its key; any other spelling is stored as written.
        var places = new Dictionary<string, (ushort Code, ushort Start, byte Length)>(StringComparer.OrdinalIgnoreCase);
        string laidOut = all.ToString();
        for (int slot = 0; slot < size; slot++)
        {
            if (placed[slot] is not Key key)
            {
                continue;
            }

            ushort code = slots[slot * 4];
            int start = slots[(slot * 4) + 1];
            places.TryAdd(key.Text, (code, checked((ushort)start), checked((byte)key.Text.Length)));
            for (int i = 0; i < key.Spellings.Count; i++)
            {
                int at = (slots[(slot * 4) + 2] + i) * 2;
                places.TryAdd(key.Spellings[i], (code, spellingOffsets[at], checked((byte)spellingOffsets[at + 1])));
            }
        }

        // The spellings that the compare of a guess can confirm, once each ignoring case, reason phrases first.
        var candidates = new List<(string Lower, (ushort Code, ushort Start, byte Length) Place)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string spelling in table.Entries.Select(e => e.Phrase!).Concat(spellings.Select(x => x.Text)))
        {
            string lower = spelling.ToLowerInvariant();
            string key = Normalize(spelling);
            (ushort Code, ushort Start, byte Length) place = spelling.Length == key.Length ? places[key] : places[spelling];
            if (seen.Add(lower) && IsGuessable(spelling) && place.Length == spelling.Length && string.Equals(laidOut.Substring(place.Start, place.Length), lower, StringComparison.Ordinal))
            {
                candidates.Add((lower, place));
            }
        }

        // The first multiplier, in a fixed pseudo-random sequence, that gives every candidate an entry of its own, or
        // failing that the one that leaves the fewest sharing.
        ulong multiplier = 0;
        int fewest = int.MaxValue;
        ulong state = 0;
        for (int attempt = 0; attempt < 20_000 && fewest > 0; attempt++)
        {
            ulong next = SplitMix64(ref state) | 1;
            var taken = new bool[GuessCount];
            int sharing = 0;
            foreach ((string lower, _) in candidates)
            {
                ref bool entry = ref taken[Guess(lower, next)];
                sharing += entry ? 1 : 0;
                entry = true;
            }

            if (sharing < fewest)
            {
                (multiplier, fewest) = (next, sharing);
            }
        }

        var guesses = new (ushort Code, ushort Start, byte Length)[GuessCount];
        foreach ((string lower, (ushort Code, ushort Start, byte Length) place) in candidates)
        {
            ref (ushort Code, ushort Start, byte Length) guess = ref guesses[Guess(lower, multiplier)];
            if (guess.Code == 0)
            {
                guess = place;
            }
        }

        var ends = new ulong[(1 << EndsBits) / 64];
        foreach (Key key in keys)
        {
            int bit = EndsBit(key.Text);
            ends[bit >> 6] |= 1UL << bit;
        }

        return new TextIndexLayout(weights, signatures, slots, [.. spellingOffsets], laidOut, notes, keys.Count, guesses, multiplier, candidates.Count, fewest, ends);
    }

    /// <summary>
    /// For a letter or digit, a 32-bit value mixed from its lower-case form (the finaliser of MurmurHash3) in the high
    /// half and 1 in the low half; 0 for every other character.
    /// </summary>
    private static ulong[] CreateWeights()
    {
        var weights = new ulong[128];
        for (int c = 0; c < weights.Length; c++)
        {
            if (char.IsAsciiLetterOrDigit((char)c))
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

    /// <summary>The next value of the SplitMix64 sequence (Steele, Lea and Flood, 2014).</summary>
    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private static string Normalize(string text)
    {
        if (text.Any(c => c >= 0x80))
        {
            throw new InvalidDataException($"StatusTable.yaml: '{text}' holds a character outside ASCII, which the lookup by text never matches.");
        }

        string key = new(text.Where(char.IsAsciiLetterOrDigit).Select(c => (char)(c | 0x20)).ToArray());
        if (key.Length is 0 or > MaxKeyLength)
        {
            throw new InvalidDataException($"StatusTable.yaml: '{text}' has {key.Length.ToString(CultureInfo.InvariantCulture)} letters and digits; a key needs 1 to {MaxKeyLength.ToString(CultureInfo.InvariantCulture)}.");
        }

        return key;
    }

    private static ulong Sign(ulong[] weights, string key)
    {
        ulong signature = 0;
        foreach (char c in key)
        {
            signature += weights[c];
        }

        return signature;
    }

    private sealed class Key(string text, int code, bool legacy, ulong signature)
    {
        public string Text { get; } = text;

        public int Code { get; } = code;

        public bool Legacy { get; } = legacy;

        public ulong Signature { get; } = signature;

        public List<string> Texts { get; } = [];

        public List<string> Spellings { get; } = [];
    }
}
