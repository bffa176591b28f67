namespace HttpStatusKit;

/// <summary>
/// A reason phrase that no specification gives a status code but that widely used software still sends or
/// lists for it, such as "Switch Proxy" for 306. <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/>
/// resolves it to the code.
/// </summary>
public sealed record LegacyReasonPhrase
{
    internal LegacyReasonPhrase(string phrase, string usedBy)
    {
        Phrase = phrase;
        UsedBy = usedBy;
    }

    /// <summary>The phrase as that software writes it.</summary>
    public string Phrase { get; }

    /// <summary>The software that uses the phrase, such as <c>"ASP.NET Core ReasonPhrases"</c>.</summary>
    public string UsedBy { get; }

    /// <summary>Returns the phrase and who uses it, such as <c>Switch Proxy (used by ASP.NET Core ReasonPhrases)</c>.</summary>
    /// <returns>The phrase followed by its users in parentheses.</returns>
    public override string ToString() => Phrase + " (used by " + UsedBy + ")";
}
