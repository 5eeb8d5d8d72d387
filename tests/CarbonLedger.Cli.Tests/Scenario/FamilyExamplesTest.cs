using System.IO;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Scenario;

[Collection(ExampleCollection.Name)]
public sealed class FamilyExamplesTest(ExampleFiles examples)
{
    [Theory]
    [InlineData("led-lighting", "KZ_PM002")]
    [InlineData("high-efficiency-chiller", "KZ_PM003")]
    [InlineData("absorption-chiller", "KZ_PM004")]
    [InlineData("fuel-efficiency", "KZ_PM005")]
    public void Quantify_WrittenFamilyExample_RunsAndIsLabelledIllustrative(string family, string methodology)
    {
        string project = Path.Combine(examples.Directory, $"project-{family}.json");
        string readings = Path.Combine(examples.Directory, $"readings-{family}.csv");

        CliRun run = CliRun.Of("quantify", project, readings, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(methodology, json.RootElement.GetProperty("methodology").GetString());
        Assert.True(json.RootElement.GetProperty("credits").GetInt64() > 0);
        using JsonDocument file = JsonDocument.Parse(File.ReadAllText(project));
        Assert.StartsWith($"ILLUSTRATIVE example of the {family} family", file.RootElement.GetProperty("comment").GetString());
        Assert.Contains($"project-{family}.json, readings-{family}.csv", examples.DemoRun.Output);
    }
}
