using Xunit;

namespace CarbonLedger.Cli.Tests.Allocate;

[Collection(ExampleCollection.Name)]
public sealed class AllocateCommandTest(ExampleFiles examples)
{
    [Fact]
    public void Allocate_PublishedIssuance17673AtOneHalf_RoundsJapanUpTo8837()
    {
        string agreement = examples.Write("agreement.json",
            "{\"recipients\": [{\"name\": \"Government of Japan\", \"share\": \"1/2\", \"roundUp\": true}, {\"name\": \"Partner side\", \"share\": \"1/2\"}]}");

        CliRun run = CliRun.Of("allocate", agreement, "--total", "17673");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ Government of Japan │ -     │            1/2 │               8,836.5 │   8,837 │ up (+1)", run.Output);
        Assert.Contains("│ Partner side        │ -     │            1/2 │               8,836.5 │   8,836 │ down", run.Output);
    }

    [Fact]
    public void Allocate_ExampleAgreementPerVintage_MatchesTheDemo()
    {
        CliRun run = CliRun.Of("allocate", examples.Agreement, "--vintage", "2025=4912", "--vintage", "2026=5431");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ Government of Japan                         │   5,172 │", run.Output);
        Assert.Contains("│ Total                                       │  10,343 │", run.Output);
    }

    [Fact]
    public void Allocate_SharesNotSummingToOne_NamesTheField()
    {
        string agreement = examples.Write("agreement.json",
            "{\n  \"recipients\": [\n    {\"name\": \"A\", \"share\": \"1/2\"},\n    {\"name\": \"B\", \"share\": \"1/3\"}\n  ]\n}\n");

        CliRun run = CliRun.Of("allocate", agreement, "--total", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {agreement}: line 2, field 'recipients': ", run.Error);
        Assert.Contains("5/6", run.Error);
    }

    [Fact]
    public void Allocate_NeitherTotalNorVintage_IsABadCommandLine()
    {
        CliRun run = CliRun.Of("allocate", examples.Agreement);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: allocate: give either --total N or one or more --vintage YEAR=CREDITS\n", run.Error);
    }
}
