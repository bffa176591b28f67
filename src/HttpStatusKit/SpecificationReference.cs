using System;
using System.Globalization;

namespace HttpStatusKit;

/// <summary>
/// A section of the document that defines a status code, such as RFC 9110, Section 15.5.5, with a link to it.
/// </summary>
public sealed record SpecificationReference
{
    private readonly string _text;

    private SpecificationReference(string document, string? section, Uri uri)
    {
        Document = document;
        Section = section;
        Uri = uri;
        _text = section is null ? document : document + ", Section " + section;
    }

    /// <summary>The document's name: <c>"RFC 9110"</c>, or the name of an Internet-Draft.</summary>
    public string Document { get; }

    /// <summary>The section number within <see cref="Document"/>, such as <c>"15.5.5"</c>, or <see langword="null"/> when the reference is to the whole document.</summary>
    public string? Section { get; }

    /// <summary>A link to the section on rfc-editor.org (for an RFC) or datatracker.ietf.org (for an Internet-Draft).</summary>
    public Uri Uri { get; }

    /// <summary>Returns the reference as it is cited, such as <c>RFC 9110, Section 15.5.5</c>.</summary>
    /// <returns>The document and, if there is one, the section.</returns>
    public override string ToString() => _text;

    internal static SpecificationReference Rfc(int number, string? section)
    {
        string rfc = number.ToString(CultureInfo.InvariantCulture);
        string link = "https://www.rfc-editor.org/rfc/rfc" + rfc + ".html" + (section is null ? "" : "#section-" + section);
        return new SpecificationReference("RFC " + rfc, section, new Uri(link));
    }

    internal static SpecificationReference InternetDraft(string name, string? section)
    {
        string link = "https://datatracker.ietf.org/doc/html/" + name + (section is null ? "" : "#section-" + section);
        return new SpecificationReference(name, section, new Uri(link));
    }
}
