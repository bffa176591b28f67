namespace HttpStatusKit;

/// <summary>
/// A header field that a specification ties to a status code, such as Allow in a 405 response, with how strongly it is
/// asked for, under what condition, and where that is stated.
/// </summary>
public sealed record HttpHeaderExpectation
{
    private readonly string _text;

    internal HttpHeaderExpectation(string name, HttpHeaderRequirement requirement, string? condition, SpecificationReference specification)
    {
        Name = name;
        Requirement = requirement;
        Condition = condition;
        Specification = specification;
        string strength = requirement switch
        {
            HttpHeaderRequirement.Must => "must",
            HttpHeaderRequirement.Implied => "implied",
            HttpHeaderRequirement.Should => "should",
            _ => "may",
        };
        _text = Name + " (" + strength + (condition is null ? "" : ", " + condition) + "; " + specification + ")";
    }

    /// <summary>The field name as the specification writes it, such as <c>"WWW-Authenticate"</c>.</summary>
    public string Name { get; }

    /// <summary>How strongly the specification asks for the field.</summary>
    public HttpHeaderRequirement Requirement { get; }

    /// <summary>
    /// In a few words, when the expectation applies or what the field carries, such as <c>"if the condition is
    /// temporary"</c> or <c>"with at least one challenge"</c>; <see langword="null"/> when the specification adds nothing
    /// to the field's own definition.
    /// </summary>
    public string? Condition { get; }

    /// <summary>The specification and section that state the expectation.</summary>
    public SpecificationReference Specification { get; }

    /// <summary>
    /// Returns the expectation as one line, such as <c>Allow (must; RFC 9110, Section 15.5.6)</c> or
    /// <c>Retry-After (should, if the condition is temporary; RFC 9110, Section 15.5.14)</c>. Does not allocate.
    /// </summary>
    /// <returns>The field name, the requirement, the condition if any, and the specification.</returns>
    public override string ToString() => _text;
}
