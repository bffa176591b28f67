using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HttpStatusKit.RegistryWatch;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The registry-watch command against the dated registry copy, against the same registry in the form IANA publishes
/// (http-status-codes-1.csv: bracketed references, unassigned ranges, CRLF), and against edited copies that stand for
/// each kind of change the registry can make.
/// </summary>
public sealed class RegistryWatchTests : IDisposable
{
    private static readonly string s_bundled = Path.Combine(Repository.Root, "tests", "HttpStatusKit.Tests", "Data", "iana-status-codes.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("registry-watch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReportsNoDifferencesAndWarnsOfTheExpiryGivenBundledCopyAfterItsExpiryDate()
    {
        (int exit, string output, string error) = Run(s_bundled, "--today", "2026-12-01");

        exit.Should().Be(0, output + error);
        output.Should().Contain("64 assigned codes").And.Contain("No differences.");
        output.Should().Contain("warning: 104 Upload Resumption Supported: its temporary registration expired on 2026-11-13");
        error.Should().BeEmpty();
    }

    [Fact]
    public void ReportsNoWarningGivenBundledCopyBeforeItsExpiryDate()
    {
        (int exit, string output, _) = Run(s_bundled, "--today", "2026-11-13");

        exit.Should().Be(0);
        output.Should().NotContain("warning").And.Contain("No differences.");
    }

    [Fact]
    public void TakesTodayFromTheClockGivenNoTodayOption()
    {
        var output = new StringWriter();

        int exit = RegistryWatchCommand.Run([s_bundled], output, new StringWriter(), new FixedClock(new DateTimeOffset(2027, 1, 2, 23, 59, 0, TimeSpan.Zero)));

        exit.Should().Be(0);
        output.ToString().Should().Contain("dates compared with 2027-01-02").And.Contain("warning: 104");
    }

    [Fact]
    public void ReportsNoDifferencesGivenTheSameRegistryInIanasForm()
    {
        string path = Write(IanaForm(BundledRows()));

        (int exit, string output, _) = Run(path, "--today", "2026-11-01");

        exit.Should().Be(0, output);
        output.Should().Contain("IANA's http-status-codes-1.csv form").And.Contain("64 assigned codes").And.Contain("No differences.");
    }

    [Fact]
    public void ReportsAnAddedCodeGivenRegistryWithANewAssignment()
    {
        List<string[]> rows = BundledRows();
        rows.Add(["109", "Example Status", "RFC9999, Section 3"]);

        (int exit, string output, _) = Run(Write(IanaForm(rows)), "--today", "2026-11-01");

        exit.Should().Be(1);
        output.Should().Contain("+ 109 Example Status [RFC9999, Section 3]: added to the registry").And.Contain("1 difference.");
    }

    [Fact]
    public void ReportsARemovedCodeGivenRegistryThatDroppedTheTemporaryRegistration()
    {
        List<string[]> rows = BundledRows().Where(r => r[0] != "104").ToList();

        (int exit, string output, _) = Run(Write(IanaForm(rows)), "--today", "2026-12-01");

        exit.Should().Be(1);
        output.Should().Contain("- 104 Upload Resumption Supported (provisional, expires 2026-11-13): the registry lists it as unassigned");
        output.Should().NotContain("warning");
    }

    [Fact]
    public void ReportsAnExtensionGivenRegistryWithALaterExpiryDate()
    {
        List<string[]> rows = Replace(BundledRows(), "104", r => [r[0], r[1].Replace("expires 2026-11-13", "extension registered 2026-10-01, expires 2027-11-13", StringComparison.Ordinal), r[2]]);

        (int exit, string output, _) = Run(Write(IanaForm(rows)), "--today", "2026-12-01");

        exit.Should().Be(1);
        output.Should().Contain("~ 104 temporary registration extended: expires 2026-11-13 -> 2027-11-13");
    }

    [Fact]
    public void ReportsAPermanentRegistrationGivenRegistryWithoutTheTemporaryAnnotation()
    {
        List<string[]> rows = Replace(BundledRows(), "104", r => [r[0], "Upload Resumption Supported", "RFC9999, Section 4"]);

        (int exit, string output, _) = Run(Write(IanaForm(rows)), "--today", "2026-12-01");

        exit.Should().Be(1);
        output.Should().Contain("~ 104 registration: provisional, expires 2026-11-13 -> registered (no longer temporary)");
        output.Should().Contain("~ 104 reference: draft-ietf-httpbis-resumable-upload-05 -> RFC9999, Section 4");
    }

    [Fact]
    public void ReportsPhraseAndReferenceChangesGivenEditedRows()
    {
        List<string[]> rows = Replace(BundledRows(), "413", r => [r[0], "Payload Too Large", r[2]]);
        rows = Replace(rows, "404", r => [r[0], r[1], "RFC9110, Section 15.5.99"]);

        (int exit, string output, _) = Run(Write(IanaForm(rows)), "--today", "2026-11-01");

        exit.Should().Be(1);
        output.Should().Contain("~ 404 reference: RFC 9110, Section 15.5.5 -> RFC9110, Section 15.5.99");
        output.Should().Contain("~ 413 phrase: \"Content Too Large\" -> \"Payload Too Large\"");
        output.Should().Contain("2 differences.");
        output.IndexOf("~ 404", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("~ 413", StringComparison.Ordinal), "differences are in order of code");
    }

    [Fact]
    public void ReportsAReservedCodeGivenRegistryThatMarksItUnused()
    {
        List<string[]> rows = Replace(BundledRows(), "305", r => [r[0], "(Unused)", r[2]]);

        (int exit, string output, _) = Run(Write(IanaForm(rows)), "--today", "2026-11-01");

        exit.Should().Be(1);
        output.Should().Contain("~ 305 registration: registered -> reserved (now \"(Unused)\")");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Code,Phrase\n100,Continue\n", "header")]
    [InlineData("Value,Description,Reference\n1000,Far,[RFC1]\n", "line 2*\"1000\"")]
    [InlineData("Value,Description,Reference\n100,Continue\n", "line 2: 2 fields")]
    [InlineData("Value,Description,Reference\n100,\"Continue,[RFC9110]\n", "not closed")]
    [InlineData("Value,Description,Reference\n100,Continue,[RFC9110]\n100-199,Unassigned,\n", "line 3: 100 is listed twice")]
    public void FailsWithAClearMessageGivenMalformedFile(string text, string message)
    {
        (int exit, string output, string error) = Run(Write(text));

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("registry-watch: cannot read").And.Match("*" + message + "*");
    }

    [Theory]
    [InlineData(new string[0], "name the registry CSV file")]
    [InlineData(new[] { "a.csv", "b.csv" }, "unexpected argument \"b.csv\"")]
    [InlineData(new[] { "a.csv", "--today" }, "--today needs a date")]
    [InlineData(new[] { "a.csv", "--today", "1/12/2026" }, "--today needs a date")]
    [InlineData(new[] { "does-not-exist.csv" }, "cannot read does-not-exist.csv")]
    public void FailsWithUsageGivenBadArguments(string[] args, string message)
    {
        var error = new StringWriter();

        int exit = RegistryWatchCommand.Run(args, new StringWriter(), error, TimeProvider.System);

        exit.Should().Be(2);
        error.ToString().Should().Contain(message);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = RegistryWatchCommand.Run(args, output, error, TimeProvider.System);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string text)
    {
        string path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static List<string[]> BundledRows() =>
        Csv.Parse(File.ReadAllText(s_bundled).ReplaceLineEndings("\n"), "\n").Skip(1).Where(r => r is not [""]).ToList();

    private static List<string[]> Replace(List<string[]> rows, string code, Func<string[], string[]> change) =>
        rows.Select(r => r[0] == code ? change(r) : r).ToList();

    /// <summary>
    /// The rows as IANA publishes them: header Value,Description,Reference, references in brackets (the dated copy's
    /// "A; B" as "[A][B]", with IANA's name for the status-change document), every unassigned range as a row, CRLF.
    /// </summary>
    private static string IanaForm(List<string[]> rows)
    {
        var byCode = rows.ToDictionary(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture));
        var text = new StringBuilder("Value,Description,Reference\r\n");
        int code = 100;
        while (code <= 599)
        {
            if (byCode.TryGetValue(code, out string[]? row))
            {
                string reference = string.Concat(row[2].Split("; ").Select(r => "[" + (r == "Status change of HTTP experiments to Historic" ? "status-change-http-experiments-to-historic" : r) + "]"));
                text.Append(code).Append(',').Append(Quote(row[1])).Append(',').Append(Quote(reference)).Append("\r\n");
                code++;
                continue;
            }

            int end = code;
            while (end < 599 && !byCode.ContainsKey(end + 1))
            {
                end++;
            }

            text.Append(end == code ? $"{code}" : $"{code}-{end}").Append(",Unassigned,\r\n");
            code = end + 1;
        }

        return text.ToString();
    }

    private static string Quote(string field) => field.Contains(',', StringComparison.Ordinal) ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
