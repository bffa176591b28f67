namespace HttpStatusKit;

/// <summary>
/// What a status code means when a response comes from a known vendor, as
/// <see cref="UnofficialStatusCatalog.Describe(int, HttpStatusVendor)"/> gives it: always the standard reading, and the
/// vendor's unofficial meaning only where the standard has none. A registered code is never shadowed: for 451 from
/// Exchange ActiveSync, <see cref="Unofficial"/> is <see langword="null"/> and the text is 451 Unavailable For Legal Reasons.
/// Instances are immutable.
/// </summary>
public sealed record VendorStatusDescription
{
    internal VendorStatusDescription(HttpStatusInfo standard, UnofficialStatusInfo? unofficial)
    {
        Standard = standard;
        Unofficial = unofficial;
    }

    /// <summary>The code that was described.</summary>
    public int Code => Standard.Code;

    /// <summary>
    /// The standard reading, exactly <see cref="HttpStatusCatalog.Describe(int)"/>: the registered record for a code in the
    /// catalog, otherwise an unassigned or invalid record that says how a client must handle the code. Never <see langword="null"/>.
    /// </summary>
    public HttpStatusInfo Standard { get; }

    /// <summary>
    /// The vendor's meaning, only for a code that is not in <see cref="HttpStatusCatalog"/> and that the vendor uses;
    /// otherwise <see langword="null"/>.
    /// </summary>
    public UnofficialStatusInfo? Unofficial { get; }

    /// <summary><see langword="true"/> when the meaning comes from the vendor rather than from a standard, so that <see cref="Unofficial"/> is set.</summary>
    public bool IsUnofficial => Unofficial is not null;

    /// <summary>The class a client handles the code as: <see cref="HttpStatusInfo.Category"/> of <see cref="Standard"/>.</summary>
    public HttpStatusCategory Category => Standard.Category;

    /// <summary>What the code means: the vendor's description when <see cref="IsUnofficial"/>, otherwise the standard one.</summary>
    public string Description => Unofficial is null ? Standard.Description : Unofficial.Description;

    /// <summary>
    /// Returns <see cref="UnofficialStatusInfo.ToString"/> when <see cref="IsUnofficial"/>, such as <c>444 No Response (nginx, unofficial)</c>,
    /// otherwise <see cref="HttpStatusInfo.ToString()"/>, such as <c>451 Unavailable For Legal Reasons</c>. Does not allocate.
    /// </summary>
    /// <returns>The status line form of the meaning that applies.</returns>
    public override string ToString() => Unofficial is null ? Standard.ToString() : Unofficial.ToString();
}
