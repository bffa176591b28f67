using System.Collections.Generic;

namespace HttpStatusKit.Cli;

/// <summary>
/// Where a command's result goes: text for people or JSON for programs, chosen once per command line by
/// <see cref="CommandContext.WriterFor"/>, so that no command asks which of the two it is writing.
/// </summary>
internal abstract class StatusWriter
{
    /// <summary>Writes everything known about one status, for a lookup.</summary>
    public abstract void WriteRecord(StatusAnswer answer);

    /// <summary>Writes search hits, best first.</summary>
    public abstract void WriteHits(IReadOnlyList<StatusAnswer> hits);

    /// <summary>Writes a list of standard records, one entry per record.</summary>
    public abstract void WriteList(IReadOnlyList<StatusAnswer> answers);

    /// <summary>Writes a list of vendor meanings, one entry per meaning.</summary>
    public abstract void WriteUnofficialList(IReadOnlyList<UnofficialStatusInfo> meanings);
}
