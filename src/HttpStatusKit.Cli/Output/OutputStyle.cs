namespace HttpStatusKit.Cli;

/// <summary>
/// Whether the output gets colour and emphasis. Colour is used only when standard output is a terminal, the
/// <c>NO_COLOR</c> environment variable is unset or empty (https://no-color.org), and <c>TERM</c> is not <c>dumb</c>.
/// </summary>
internal sealed class OutputStyle
{
    private const string Reset = "\u001b[0m";

    private OutputStyle(bool color) => UseColor = color;

    /// <summary>Plain text: no escape sequences at all.</summary>
    public static OutputStyle Plain { get; } = new(false);

    /// <summary>ANSI colour and bold, whatever the environment says.</summary>
    public static OutputStyle Color { get; } = new(true);

    /// <summary>True when escape sequences are written.</summary>
    public bool UseColor { get; }

    /// <summary>Decides from the facts about the console, which the caller reads from the real environment or a test supplies.</summary>
    /// <param name="outputIsTerminal">True when standard output is a terminal rather than a file or a pipe.</param>
    /// <param name="noColor">The value of <c>NO_COLOR</c>, or null when it is not set.</param>
    /// <param name="term">The value of <c>TERM</c>, or null when it is not set.</param>
    /// <returns><see cref="Color"/> or <see cref="Plain"/>.</returns>
    public static OutputStyle ForConsole(bool outputIsTerminal, string? noColor, string? term) =>
        outputIsTerminal && string.IsNullOrEmpty(noColor) && term != "dumb" ? Color : Plain;

    /// <summary>Bold text, for the status line.</summary>
    public string Bold(string text) => Wrap("1", text);

    /// <summary>Dim text, for labels.</summary>
    public string Dim(string text) => Wrap("2", text);

    /// <summary>Underlined text, for links.</summary>
    public string Link(string text) => Wrap("4", text);

    /// <summary>Text in the colour of a status class: blue 1xx, green 2xx, cyan 3xx, yellow 4xx, red 5xx.</summary>
    public string ForCategory(HttpStatusCategory category, string text) => Wrap(
        category switch
        {
            HttpStatusCategory.Informational => "1;34",
            HttpStatusCategory.Success => "1;32",
            HttpStatusCategory.Redirection => "1;36",
            HttpStatusCategory.ClientError => "1;33",
            _ => "1;31",
        },
        text);

    private string Wrap(string code, string text) => UseColor ? "\u001b[" + code + "m" + text + Reset : text;
}
