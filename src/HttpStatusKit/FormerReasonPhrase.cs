namespace HttpStatusKit;

/// <summary>
/// A reason phrase that an earlier specification gave a status code before it was renamed, such as
/// "Request Entity Too Large" for 413 in RFC 2616. <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/>
/// resolves it to the code.
/// </summary>
public sealed record FormerReasonPhrase
{
    internal FormerReasonPhrase(string phrase, SpecificationReference specification)
    {
        Phrase = phrase;
        Specification = specification;
    }

    /// <summary>The phrase exactly as the earlier specification wrote it.</summary>
    public string Phrase { get; }

    /// <summary>The specification and section that used <see cref="Phrase"/>.</summary>
    public SpecificationReference Specification { get; }

    /// <summary>Returns the phrase and where it was used, such as <c>Payload Too Large (RFC 7231, Section 6.5.11)</c>.</summary>
    /// <returns>The phrase followed by its specification in parentheses.</returns>
    public override string ToString() => Phrase + " (" + Specification + ")";
}
