using System;
using System.IO;
using CarbonLedger.Cli.Scenario;
using Xunit;

namespace CarbonLedger.Cli.Tests.Terminal;

/// <summary>Issue #15, defects 6 and 8: command-line inputs that used to surprise.</summary>
[Collection(ExampleCollection.Name)]
public sealed class CliInputTest(ExampleFiles examples)
{
    [Fact]
    public void Quantify_BinaryCsvHeader_EscapedOnOneShortLine()
    {
        var header = new char[400];
        for (int i = 0; i < header.Length; i++)
        {
            header[i] = (char)(i % 32 == 10 ? '\n' : i % 7 == 0 ? 0x07 : i % 5 == 0 ? 0x1B : 'A' + (i % 26));
        }
        string readings = examples.Write("readings.csv", new string(header) + "\nx,y,z\n");

        CliRun run = CliRun.Of("quantify", examples.Project, readings);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain('\u0007', run.Error);
        Assert.DoesNotContain('\u001B', run.Error);
        Assert.True(run.Error.Length < 300, run.Error);
        Assert.Contains("\\u0007", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serial_NegativeCount_ExitsTwo()
    {
        CliRun run = CliRun.Of("serial", "GS1-1-IN-GS4533-2-2020-22653-106-111", "--count", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --count: -1 is not a number of credits; a block holds at least 1\n", run.Error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    public void Serial_CountNotANumber_NamesNoDotNetType(string count)
    {
        CliRun run = CliRun.Of("serial", "GS1-1-IN-GS4533-2-2020-22653-106-111", "--count", count);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", run.Error, StringComparison.Ordinal);
        Assert.Contains("as a whole number", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999=3")]
    [InlineData("1989=3")]
    [InlineData("0=3")]
    public void Allocate_VintageOutOfRange_RefusedWithTheOneRange(string vintage)
    {
        CliRun run = CliRun.Of("allocate", examples.Agreement, "--vintage", vintage);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is out of range; a vintage year is 1990 to 9999", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ShareWithMoreDigitsThanDecimalHolds_Refused()
    {
        string agreement = examples.Write("agreement.json",
            "{\"recipients\": [{\"name\": \"A\", \"share\": \"0.50000000000000000000000000001\"}, {\"name\": \"B\", \"share\": \"0.5\"}]}");

        CliRun run = CliRun.Of("allocate", agreement, "--total", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("field 'recipients[0].share'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("1.5")]
    public void Allocate_PriorityNotAWholeInt_RefusedNotInternalError(string priority)
    {
        string agreement = examples.Write("agreement.json",
            "{\"recipients\": [{\"name\": \"A\", \"share\": \"1/2\", \"priority\": " + priority + "}, {\"name\": \"B\", \"share\": \"1/2\"}]}");

        CliRun run = CliRun.Of("allocate", agreement, "--total", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("field 'recipients[0].priority': must be a whole number", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_DirectoryAsAgreement_SaysItIsADirectory()
    {
        string folder = Path.GetDirectoryName(examples.Write("x.json", "{}"))!;

        CliRun run = CliRun.Of("allocate", folder, "--total", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {folder}: is a directory, not a file\n", run.Error);
    }

    [Fact]
    public void Allocate_AgreementWithByteOrderMark_Accepted()
    {
        string agreement = examples.Write("agreement.json", "\uFEFF" + File.ReadAllText(examples.Agreement));

        Assert.Equal(0, CliRun.Of("allocate", agreement, "--total", "10").ExitCode);
    }

    [Fact]
    public void Quantify_FilesWithByteOrderMark_Accepted()
    {
        string project = examples.Write("project.json", "\uFEFF" + File.ReadAllText(examples.Project));
        string readings = examples.Write("readings.csv", "\uFEFF" + File.ReadAllText(examples.Readings));

        CliRun run = CliRun.Of("quantify", project, readings);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Demo_ReconciliationFailure_NamesTheReconciliationSection()
    {
        string named = DemoCommand.ReconciliationFailed.Split("see section ")[1].TrimEnd('\n', ')');

        Assert.Contains("\n== " + named + "\n", examples.DemoRun.Output, StringComparison.Ordinal);
        Assert.Contains("Reconciliation", named, StringComparison.Ordinal);
    }
}
