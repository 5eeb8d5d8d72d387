using System.Text.RegularExpressions;

namespace CarbonLedger.Cli.Terminal;

/// <summary>Command-line parse errors in the user's words: the kind of value expected, not a .NET type name.</summary>
internal static partial class ParseErrors
{
    /// <summary>The message with every <c>expected type 'System.…'</c> replaced by what the option takes.</summary>
    public static string Plain(string message) =>
        ExpectedType().Replace(message, match => match.Groups[1].Value switch
        {
            var t when t.Contains("Int64", System.StringComparison.Ordinal) || t.Contains("Int32", System.StringComparison.Ordinal) =>
                "as a whole number (digits, optionally after a minus sign)",
            var t when t.Contains("Boolean", System.StringComparison.Ordinal) => "as true or false",
            _ => "as a value of the kind it takes",
        });

    [GeneratedRegex(@"as expected type '([^']*)'")]
    private static partial Regex ExpectedType();
}
