using System;
using System.IO;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>
/// Issue #15, defect 4: the JSON Lines reader reads only the text the writer writes, so that a file that verifies
/// means its bytes; everything else is a <see cref="FormatException"/> naming the line and the field.
/// </summary>
public class LedgerJsonLinesStrictTest
{
    /// <summary>Issue, an exact transfer, a quantity transfer and a retirement with non-ASCII text.</summary>
    private static string[] Lines()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(1, 10)));
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        f.Ledger.Retire(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Retirement, CreditSelection.ByQuantity(5), "Société Générale", "Voluntary");
        return LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events).TrimEnd('\n').Split('\n');
    }

    private static int Find(string[] lines, string kind) =>
        Array.FindIndex(lines, l => l.Contains("\"kind\":\"" + kind + "\"", StringComparison.Ordinal));

    private static string Edit(string[] lines, int index, string from, string to)
    {
        Assert.Contains(from, lines[index], StringComparison.Ordinal);
        string[] copy = (string[])lines.Clone();
        copy[index] = copy[index].Replace(from, to, StringComparison.Ordinal);
        return string.Join('\n', copy) + "\n";
    }

    private static string Refusal(string text) => Assert.Throws<FormatException>(() => LedgerJsonLines.FromJsonLines(text)).Message;

    [Fact]
    public void Read_NullBlock_FormatExceptionNamingLineAndField()
    {
        string[] lines = Lines();
        int issued = Find(lines, "creditsIssued");
        string text = string.Join('\n', lines.Select((l, i) => i == issued
            ? System.Text.RegularExpressions.Regex.Replace(l, "\"blocks\":\\[.*\\]", "\"blocks\":[null]") : l));

        Assert.StartsWith($"Line {issued + 1}: field 'blocks[0]' is null", Refusal(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullRange_FormatExceptionNamingLineAndField()
    {
        string[] lines = Lines();
        int exact = Array.FindIndex(lines, l => l.Contains("\"ranges\":[", StringComparison.Ordinal));
        string text = string.Join('\n', lines.Select((l, i) => i == exact
            ? System.Text.RegularExpressions.Regex.Replace(l, "\"ranges\":\\[[^\\]]*\\]", "\"ranges\":[null]") : l));

        Assert.StartsWith($"Line {exact + 1}: field 'selection.ranges[0]' is null", Refusal(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKey_Refused()
    {
        string[] lines = Lines();
        string text = Edit(lines, 1, "\"actor\":", "\"actor\":\"Someone else\",\"actor\":");

        Assert.Equal("Line 2: field 'actor': 'actor' is given more than once", Refusal(text).Split(" (", 2)[0]);
    }

    [Fact]
    public void Read_QuantityOnExactSelection_Refused()
    {
        string[] lines = Lines();
        int exact = Array.FindIndex(lines, l => l.Contains("\"ranges\":[", StringComparison.Ordinal));
        string text = Edit(lines, exact, "\"selection\":{", "\"selection\":{\"quantity\":7,");

        Assert.Equal($"Line {exact + 1}: field 'selection.quantity': an exact selection (with 'ranges') has no 'quantity'", Refusal(text));
    }

    [Fact]
    public void Read_OrderOnExactSelection_Refused()
    {
        string[] lines = Lines();
        int exact = Array.FindIndex(lines, l => l.Contains("\"ranges\":[", StringComparison.Ordinal));
        string text = Edit(lines, exact, "\"selection\":{", "\"selection\":{\"order\":\"newestVintageFirst\",");

        Assert.StartsWith($"Line {exact + 1}: field 'selection.order'", Refusal(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("previousHash")]
    public void Read_UpperCaseHex_Refused(string field)
    {
        string[] lines = Lines();
        string hash = lines[3].Split("\"" + field + "\":\"")[1][..64];
        Assert.NotEqual(hash, hash.ToUpperInvariant());
        string text = Edit(lines, 3, "\"" + field + "\":\"" + hash, "\"" + field + "\":\"" + hash.ToUpperInvariant());

        Assert.StartsWith($"Line 4: field '{field}': not written as the ledger writes it", Refusal(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\":\"creditsIssued\"", "\"kind\":\"CreditsIssued\"", "kind")]
    [InlineData("\"authorization\":\"notAuthorized\"", "\"authorization\":\"NOTAUTHORIZED\"", "blocks[0].authorization")]
    [InlineData("\"actor\":\"JPN01 administrator\"", "\"actor\":\"\\u004APN01 administrator\"", "actor")]
    [InlineData("\"sequence\":", "\"sequence\": ", "sequence")]
    [InlineData("\"start\":1,", "\"start\":1.0,", "blocks[0].start")]
    [InlineData("\"start\":1,", "\"start\":1e0,", "blocks[0].start")]
    [InlineData("\"start\":1,", "\"start\":01,", "blocks[0].start")]
    public void Read_OtherSpellingOfTheSameValue_RefusedNamingTheField(string from, string to, string field)
    {
        string[] lines = Lines();
        int issued = Find(lines, "creditsIssued");
        string text = Edit(lines, issued, from, to);

        Exception ex = Assert.Throws<FormatException>(() => LedgerJsonLines.FromJsonLines(text));
        Assert.StartsWith($"Line {issued + 1}: field '{field}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LowerCaseUnicodeEscape_Refused()
    {
        string[] lines = Lines();
        int retired = Find(lines, "creditsRetired");
        Assert.Contains("Soci\\u00E9t\\u00E9", lines[retired], StringComparison.Ordinal);
        string text = Edit(lines, retired, "Soci\\u00E9t", "Soci\\u00e9t");

        Assert.StartsWith($"Line {retired + 1}: field 'beneficiary'", Refusal(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",0Z\"")]
    [InlineData(".0Z\"")]
    [InlineData(".000000000Z\"")]
    [InlineData("+00:00\"")]
    public void Read_OtherSpellingOfAnInstant_Refused(string tail)
    {
        string[] lines = Lines();
        string instant = lines[2].Split("\"instant\":\"")[1].Split('"')[0];
        Assert.EndsWith("Z", instant, StringComparison.Ordinal);
        string text = Edit(lines, 2, "\"instant\":\"" + instant + "\"", "\"instant\":\"" + instant[..^1] + tail);

        Assert.StartsWith("Line 3: field 'instant'", Refusal(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CarriageReturnLineEnds_Refused()
    {
        string text = string.Join("\r\n", Lines()) + "\r\n";

        Assert.StartsWith("Line 1: ", Refusal(text), StringComparison.Ordinal);
        Assert.Contains("carriage return", Refusal(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LeadingByteOrderMark_AcceptedByEveryEntryPoint()
    {
        string text = string.Join('\n', Lines()) + "\n";
        int count = LedgerJsonLines.FromJsonLines(text).Count;

        Assert.Equal(count, LedgerJsonLines.FromJsonLines("\uFEFF" + text).Count);
        Assert.Equal(count, LedgerJsonLines.Read(new StringReader("\uFEFF" + text)).Count);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());
        using var reader = new StreamReader(stream);
        Assert.Equal(count, LedgerJsonLines.Read(reader).Count);
    }

    [Fact]
    public void Read_ByteOrderMarkAfterTheStart_Refused()
    {
        string[] lines = Lines();
        lines[2] = "\uFEFF" + lines[2];

        Assert.StartsWith("Line 3:", Refusal(string.Join('\n', lines)), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MessagesNameNoDotNetType()
    {
        string[] lines = Lines();
        string[] texts =
        [
            Edit(lines, 1, "\"kind\":\"accountOpened\"", "\"kind\":\"accountShut\""),
            Edit(lines, 1, "\"sequence\":1", "\"sequence\":\"1\""),
            Edit(lines, 1, "\"sequence\":1", "\"sequence\":99999999999999999999"),
            Edit(lines, 1, "\"actor\":", "\"extra\":1,\"actor\":"),
            Edit(lines, 1, "\"sequence\":1,", string.Empty),
        ];
        foreach (string text in texts)
        {
            string message = Refusal(text);
            Assert.StartsWith("Line 2: ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("CarbonLedger.", message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Written_ReadsBackToTheSameText()
    {
        string text = string.Join('\n', Lines()) + "\n";
        System.Collections.Generic.IReadOnlyList<LedgerEvent> events = LedgerJsonLines.FromJsonLines(text);

        Assert.Equal(text, LedgerJsonLines.ToJsonLines(events));
        Assert.True(HashChain.Verify(events).IsValid);
    }
}
