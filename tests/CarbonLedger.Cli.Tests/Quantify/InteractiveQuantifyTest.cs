using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

[Collection(ExampleCollection.Name)]
public sealed class InteractiveQuantifyTest(ExampleFiles examples)
{
    [Fact]
    public void Quantify_Interactive_ShowsProgressOnStandardErrorAndTheSameFigures()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };

        int code = CliApp.Run(["quantify", examples.Project, examples.Readings, "--no-trace"], output, error, interactive: true);

        Assert.Equal(0, code);
        Assert.Contains("10,343", output.ToString());
        Assert.Contains("Reading readings.csv", error.ToString());
    }
}
