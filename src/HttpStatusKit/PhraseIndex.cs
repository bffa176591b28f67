using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace HttpStatusKit;

/// <summary>
/// Maps the normalised form of every phrase and name in the catalog to its record, without allocating on lookup.
/// A normalised key keeps only ASCII letters (lower-cased) and ASCII digits; any other ASCII character is dropped,
/// and any non-ASCII character makes the text unmatchable.
/// </summary>
internal sealed class PhraseIndex
{
    /// <summary>No key is longer than this; longer text is rejected before it is hashed in full.</summary>
    public const int MaxKeyLength = 48;

    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly string?[] _keys;
    private readonly HttpStatusInfo?[] _values;
    private readonly int _mask;

    public PhraseIndex(IReadOnlyList<KeyValuePair<string, HttpStatusInfo>> entries)
    {
        int size = 16;
        while (size < entries.Count * 4)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _values = new HttpStatusInfo?[size];
        _mask = size - 1;
        Span<char> buffer = stackalloc char[MaxKeyLength];
        foreach (KeyValuePair<string, HttpStatusInfo> entry in entries)
        {
            int length = Normalize(entry.Key.AsSpan(), buffer, out uint hash);
            if (length <= 0)
            {
                throw new InvalidOperationException($"The phrase or name '{entry.Key}' of {entry.Value} has no usable normalised form.");
            }

            string key = buffer.Slice(0, length).ToString();
            int slot = (int)(hash & (uint)_mask);
            while (_keys[slot] is { } existing)
            {
                if (existing == key)
                {
                    if (!ReferenceEquals(_values[slot], entry.Value))
                    {
                        throw new InvalidOperationException($"'{entry.Key}' would name both {_values[slot]} and {entry.Value}.");
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = entry.Value;
        }
    }

    /// <summary>Finds the record whose phrase or name normalises to the same key as <paramref name="text"/>.</summary>
    [SkipLocalsInit]
    public HttpStatusInfo? Find(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int length = Normalize(text, buffer, out uint hash);
        if (length <= 0)
        {
            return null;
        }

        ReadOnlySpan<char> key = buffer.Slice(0, length);
        int slot = (int)(hash & (uint)_mask);
        while (_keys[slot] is { } candidate)
        {
            if (candidate.AsSpan().SequenceEqual(key))
            {
                return _values[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return null;
    }

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> to <paramref name="destination"/> and returns its length:
    /// 0 when nothing is left, -1 when the text holds a non-ASCII character or normalises to more than
    /// <see cref="MaxKeyLength"/> characters.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination, out uint hash)
    {
        ReadOnlySpan<byte> fold = FoldTable;
        hash = FnvOffsetBasis;
        int length = 0;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return -1;
            }

            byte folded = fold[c];
            if (folded == 0)
            {
                continue;
            }

            if (length == destination.Length)
            {
                return -1;
            }

            destination[length++] = (char)folded;
            hash = (hash ^ folded) * FnvPrime;
        }

        return length;
    }

    /// <summary>For each ASCII character: its lower-case form for letters, itself for digits, 0 for everything else (dropped).</summary>
    private static ReadOnlySpan<byte> FoldTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];
}
