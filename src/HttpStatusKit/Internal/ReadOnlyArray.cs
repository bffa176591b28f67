using System.Collections;
using System.Collections.Generic;

namespace HttpStatusKit;

/// <summary>
/// A list over an array that implements only <see cref="IReadOnlyList{T}"/>, so no cast reaches a mutable
/// interface (unlike <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>, which is an <see cref="IList{T}"/>).
/// </summary>
internal sealed class ReadOnlyArray<T> : IReadOnlyList<T>
{
    public static readonly ReadOnlyArray<T> Empty = new([]);

    private readonly T[] _items;

    public ReadOnlyArray(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static ReadOnlyArray<T> From(T[]? items) => items is null || items.Length == 0 ? Empty : new(items);
}
