namespace HttpStatusKit;

/// <summary>
/// A reason phrase that no specification gives a status code but that widely used software still sends or
/// lists for it, such as "Switch Proxy" for 306 or nginx's "Not Allowed" for 405.
/// <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/> resolves it to the code, alone and in a status
/// line, except a phrase that is another code's registered phrase (the JDK's "Temporary Redirect" for 302, HAProxy's
/// "Unauthorized" for 407): alone it keeps finding the code it is registered for, and only a status line of this code
/// (<c>"302 Temporary Redirect"</c>) finds this one.
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

    /// <summary>The software that uses the phrase, such as <c>"nginx"</c>; several programs are named together (<c>"ASP.NET Core ReasonPhrases and laminas-diactoros"</c>).</summary>
    public string UsedBy { get; }

    /// <summary>Returns the phrase and who uses it, such as <c>Switch Proxy (used by ASP.NET Core ReasonPhrases)</c>.</summary>
    /// <returns>The phrase followed by its users in parentheses.</returns>
    public override string ToString() => Phrase + " (used by " + UsedBy + ")";
}
