using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace HttpStatusKit;

/// <summary>
/// A section of the document that defines a status code, such as RFC 9110, Section 15.5.5, with a link to it.
/// </summary>
/// <remarks>
/// Two references are equal when they name the same document and section. The <see cref="Uri"/> is created on first
/// use, not when the catalog is built: the first <see cref="System.Uri"/> of a process costs milliseconds to set up,
/// which a program that never reads a link should not pay.
/// </remarks>
public sealed record SpecificationReference
{
    private readonly string _text;
    private readonly string _link;

    // Filled on the first read of Uri: a compare-and-swap keeps the first Uri created, so every caller gets one instance.
    private readonly StrongBox<Uri?> _uri = new();

    private SpecificationReference(string document, string? section, string link)
    {
        Document = document;
        Section = section;
        _link = link;
        _text = section is null ? document : document + ", Section " + section;
    }

    /// <summary>The document's name: <c>"RFC 9110"</c>, or the name of an Internet-Draft.</summary>
    public string Document { get; }

    /// <summary>The section number within <see cref="Document"/>, such as <c>"15.5.5"</c>, or <see langword="null"/> when the reference is to the whole document.</summary>
    public string? Section { get; }

    /// <summary>
    /// A link to the section on rfc-editor.org (for an RFC) or datatracker.ietf.org (for an Internet-Draft). Created on
    /// first use; every later call, from any thread, returns the same instance.
    /// </summary>
    public Uri Uri => Volatile.Read(ref _uri.Value) ?? CreateUri();

    /// <summary>Tells whether <paramref name="other"/> names the same document and section.</summary>
    /// <param name="other">Another reference, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both name the same document and section (compared ordinally).</returns>
    public bool Equals(SpecificationReference? other) =>
        other is not null && string.Equals(Document, other.Document, StringComparison.Ordinal) && string.Equals(Section, other.Section, StringComparison.Ordinal);

    /// <summary>Returns a hash code of the document and section, consistent with <see cref="Equals(SpecificationReference?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        (StringComparer.Ordinal.GetHashCode(Document) * 31) + (Section is null ? 0 : StringComparer.Ordinal.GetHashCode(Section));

    /// <summary>Returns the reference as it is cited, such as <c>RFC 9110, Section 15.5.5</c>.</summary>
    /// <returns>The document and, if there is one, the section.</returns>
    public override string ToString() => _text;

    internal static SpecificationReference Rfc(int number, string? section)
    {
        string rfc = TextRules.Decimal(number);
        string link = "https://www.rfc-editor.org/rfc/rfc" + rfc + ".html" + (section is null ? "" : "#section-" + section);
        return new SpecificationReference("RFC " + rfc, section, link);
    }

    internal static SpecificationReference InternetDraft(string name, string? section)
    {
        string link = "https://datatracker.ietf.org/doc/html/" + name + (section is null ? "" : "#section-" + section);
        return new SpecificationReference(name, section, link);
    }

    private Uri CreateUri() => Interlocked.CompareExchange(ref _uri.Value, new Uri(_link), null) ?? _uri.Value!;
}
