using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using Xunit;

namespace CarbonLedger.Cli.Tests.Input;

[Collection(ExampleCollection.Name)]
public sealed class JsonInputTest(ExampleFiles examples)
{
    private const string Json = "{\n  \"a\": 1,\n  \"list\": [\n    { \"x\": \"first\" },\n    {\n      \"x\": \"second\",\n      \"y\": true\n    }\n  ]\n}\n";

    [Theory]
    [InlineData("a", 2L)]
    [InlineData("list", 3L)]
    [InlineData("list[0]", 4L)]
    [InlineData("list[0].x", 4L)]
    [InlineData("list[1]", 5L)]
    [InlineData("list[1].x", 6L)]
    [InlineData("list[1].y", 7L)]
    [InlineData("list[1].missing", 5L)]
    public void LineOf_Path_IsTheLineWhereItsValueStarts(string path, long line)
    {
        using JsonInput json = JsonInput.Load(examples.Write("input.json", Json));

        Assert.Equal(line, json.LineOf(path));
    }

    [Fact]
    public void RequiredString_WrongKind_NamesFileLineAndField()
    {
        string file = examples.Write("input.json", Json);
        using JsonInput json = JsonInput.Load(file);

        InputException ex = Assert.Throws<InputException>(() => json.RequiredString(json.Root, string.Empty, "a"));

        Assert.Equal($"{file}: line 2, field 'a': must be a string; it is 1", ex.Message);
    }

    [Fact]
    public void RequiredDecimal_ReadsJsonNumbersExactly()
    {
        using JsonInput json = JsonInput.Load(examples.Write("input.json", "{ \"v\": 0.1000000000000000055511151231, \"w\": 12.5e-1 }"));

        Assert.Equal(0.1000000000000000055511151231m, json.RequiredDecimal(json.Root, string.Empty, "v"));
        Assert.Equal(1.25m, json.RequiredDecimal(json.Root, string.Empty, "w"));
    }

    /// <summary>Issue #15, defect 6: a number with more digits than decimal holds is refused, not rounded.</summary>
    [Fact]
    public void RequiredDecimal_MoreDigitsThanDecimalHolds_Refused()
    {
        using JsonInput json = JsonInput.Load(examples.Write("input.json", "{ \"v\": 0.1000000000000000055511151231257827 }"));

        InputException ex = Assert.Throws<InputException>(() => json.RequiredDecimal(json.Root, string.Empty, "v"));
        Assert.EndsWith("line 1, field 'v': 0.1000000000000000055511151231257827 is not a number that decimal holds exactly (at most 28 decimal places, below 7.9e28)", ex.Message, System.StringComparison.Ordinal);
    }
}
