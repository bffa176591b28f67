using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HttpStatusKit.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The GitHub workflows and Dependabot settings cannot run here, so these tests parse them as YAML and check that
/// each says what it must: CI builds, tests and packs on Linux and Windows; a version tag publishes with a secret; the
/// registry watch compares IANA's registry with the catalog every week.
/// </summary>
public sealed class RepositoryAutomationTests
{
    private static string GitHubFolder => Path.Combine(Repository.Root, ".github");

    public static TheoryData<string> YamlFiles() => FilesUnder(GitHubFolder);

    public static TheoryData<string> WorkflowFiles() => FilesUnder(Path.Combine(GitHubFolder, "workflows"));

    private static TheoryData<string> FilesUnder(string folder)
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void ParsesAsOneYamlMappingGivenFileUnderGitHubFolder(string relativePath)
    {
        YamlMappingNode root = Load(relativePath);

        root.Children.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void PinsEveryActionToAMajorVersionGivenWorkflow(string relativePath)
    {
        Steps(Load(relativePath)).Should().Contain(s => Scalar(s, "uses") != null);
        foreach (YamlMappingNode step in Steps(Load(relativePath)))
        {
            if (Scalar(step, "uses") is { } uses)
            {
                uses.Should().MatchRegex(@"^[\w.-]+/[\w.-]+@v\d+$", $"{relativePath} should pin each action to a major version");
            }
        }
    }

    [Fact]
    public void RunsCiThenPacksAndUploadsOnLinuxAndWindowsGivenCiWorkflow()
    {
        YamlMappingNode root = Load(".github/workflows/ci.yml");
        Map(root, "on").Children.Keys.Select(k => k.ToString()).Should().Contain(["push", "pull_request"]);

        YamlMappingNode job = Map(Map(root, "jobs"), "build-test-pack");
        Sequence(Map(Map(job, "strategy"), "matrix"), "os").Should().Contain(["ubuntu-latest", "windows-latest"]);

        List<YamlMappingNode> steps = ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.OfType<YamlMappingNode>().ToList();
        steps.Select(s => Scalar(s, "run")).Should().Contain("bash .ci/run");
        steps.Should().Contain(s => (Scalar(s, "run") ?? "").StartsWith("dotnet pack StatusCodes.sln -c Release", StringComparison.Ordinal));
        steps.Select(s => Scalar(s, "uses")).Should().Contain(u => u != null && u.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
    }

    [Fact]
    public void RunsStrykerWithItsBreakThresholdGivenCiWorkflow()
    {
        YamlMappingNode job = Map(Map(Load(".github/workflows/ci.yml"), "jobs"), "mutation");
        string script = string.Join("\n", ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.OfType<YamlMappingNode>().Select(s => Scalar(s, "run")));
        script.Should().Contain("dotnet tool restore").And.Contain("dotnet stryker");

        string config = File.ReadAllText(Path.Combine(Repository.Root, "tests", "HttpStatusKit.Tests", "stryker-config.json"));
        config.Should().Contain("\"break\": 90", "the job fails below a 90% mutation score");
    }

    [Fact]
    public void PublishesToNuGetWithTheApiKeySecretOnVersionTagGivenReleaseWorkflow()
    {
        YamlMappingNode root = Load(".github/workflows/release.yml");
        Map(root, "on").Children.Keys.Select(k => k.ToString()).Should().Equal("push");
        Sequence(Map(Map(root, "on"), "push"), "tags").Should().Equal("v*");

        List<YamlMappingNode> steps = Steps(root).ToList();
        steps.Select(s => Scalar(s, "run")).Should().Contain("bash .ci/run", "nothing is published that CI would reject");
        steps.Should().Contain(s => (Scalar(s, "run") ?? "").Contains("-p:RequireSourceLink=true", StringComparison.Ordinal),
            "a release must fail rather than ship symbols without Source Link");

        YamlMappingNode push = steps.Should().ContainSingle(s => (Scalar(s, "run") ?? "").StartsWith("dotnet nuget push", StringComparison.Ordinal)).Subject;
        Scalar(push, "run").Should().Contain("--api-key \"$NUGET_API_KEY\"").And.Contain("https://api.nuget.org/v3/index.json");
        Scalar(Map(push, "env"), "NUGET_API_KEY").Should().Be("${{ secrets.NUGET_API_KEY }}");
    }

    [Fact]
    public void RunsWeeklyAndOnDemandGivenRegistryWatchWorkflow()
    {
        YamlMappingNode on = Map(Load(".github/workflows/registry-watch.yml"), "on");

        on.Children.Keys.Select(k => k.ToString()).Should().BeEquivalentTo("schedule", "workflow_dispatch");
        var schedule = (YamlSequenceNode)on.Children[new YamlScalarNode("schedule")];
        string cron = Scalar(schedule.Children.Should().ContainSingle().Subject.Should().BeOfType<YamlMappingNode>().Subject, "cron")!;
        cron.Should().MatchRegex(@"^\d{1,2} \d{1,2} \* \* [0-6]$", "the registry is compared once a week, on one day of the week");
    }

    [Fact]
    public void DownloadsIanasCsvAndComparesItWithTheCommandGivenRegistryWatchWorkflow()
    {
        List<string> runs = Steps(Load(".github/workflows/registry-watch.yml")).Select(s => Scalar(s, "run")).OfType<string>().ToList();

        string download = runs.Should().ContainSingle(r => r.Contains("https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv", StringComparison.Ordinal)).Subject;
        download.Should().StartWith("curl --fail", "a failed download must fail the job rather than compare an error page");
        string file = download.Split(' ').SkipWhile(w => w != "--output").Skip(1).First();

        string compare = runs.Should().ContainSingle(r => r.Contains("tests/HttpStatusKit.RegistryWatch", StringComparison.Ordinal)).Subject;
        compare.Should().Contain("dotnet run --project tests/HttpStatusKit.RegistryWatch -c Release -- " + file);
        compare.Should().Contain("exit \"$status\"", "the job fails with the command's exit code when the registry differs");
        File.Exists(Path.Combine(Repository.Root, "tests", "HttpStatusKit.RegistryWatch", "HttpStatusKit.RegistryWatch.csproj")).Should().BeTrue();
    }

    [Fact]
    public void RunsTheRegistryWatchOnTheBundledCopyGivenCiScript()
    {
        string ci = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        ci.Should().Contain("tests/HttpStatusKit.RegistryWatch").And.Contain("tests/HttpStatusKit.Tests/Data/iana-status-codes.csv");
    }

    [Fact]
    public void WatchesNuGetAndGitHubActionsGivenDependabotSettings()
    {
        YamlMappingNode root = Load(".github/dependabot.yml");

        Scalar(root, "version").Should().Be("2");
        var updates = (YamlSequenceNode)root.Children[new YamlScalarNode("updates")];
        updates.Children.OfType<YamlMappingNode>().Select(u => Scalar(u, "package-ecosystem")).Should().BeEquivalentTo("nuget", "github-actions");
        updates.Children.OfType<YamlMappingNode>().Select(u => Scalar(u, "directory")).Should().AllBe("/");
    }

    private static YamlMappingNode Load(string relativePath)
    {
        using var reader = new StreamReader(Path.Combine(Repository.Root, relativePath));
        var stream = new YamlStream();
        stream.Load(reader);
        stream.Documents.Should().ContainSingle();
        return stream.Documents[0].RootNode.Should().BeOfType<YamlMappingNode>().Subject;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        Map(workflow, "jobs").Children.Values.OfType<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.OfType<YamlMappingNode>());

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? child)
            ? child.Should().BeOfType<YamlMappingNode>().Subject
            : throw new KeyNotFoundException($"no '{key}' mapping");

    private static IEnumerable<string?> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.OfType<YamlScalarNode>().Select(s => s.Value);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? child) ? (child as YamlScalarNode)?.Value : null;
}
