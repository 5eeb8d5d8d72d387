using Xunit;

namespace CarbonLedger.Cli.Tests.SerialNumbers;

public sealed class SerialCommandTest
{
    [Fact]
    public void Serial_JcmSerialWithMatchingCount_ExplainsFieldsAndExitsZero()
    {
        CliRun run = CliRun.Of("serial", "JCM-JPN01-KZ001-2025-1-1-8837", "--count", "8837");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kazakhstan (KAZ, KZ)", run.Output);
        Assert.Contains("JPN01", run.Output);
        Assert.Contains("1-8837 (inclusive)", run.Output);
        Assert.Contains("Block check: 1-8837 holds 8837 credits, as expected.", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Serial_VerraBlockWithWrongCount_ExitsOneAndNamesBothCounts()
    {
        CliRun run = CliRun.Of("serial", "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1", "--count", "150");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Verra VCS", run.Output);
        Assert.Equal(
            "error: serial 0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1: block 1-100 does not hold 150 credits; it holds 100\n",
            run.Error);
    }

    [Fact]
    public void Serial_Malformed_ExitsTwoWithOneLineNamingTheField()
    {
        CliRun run = CliRun.Of("serial", "XYZ-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("error: serial: Credit serial number 'XYZ-1': field 'scheme'", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("GS1-1-IN-GS1234-12-2019-5678-1-50", "Gold Standard")]
    [InlineData("VU-ITMO-11-356-2022-0-27-35", "UNDP national registry (Article 6.2)")]
    public void Serial_OtherSchemes_AreRecognised(string serial, string scheme)
    {
        CliRun run = CliRun.Of("serial", serial);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(scheme, run.Output);
    }
}
