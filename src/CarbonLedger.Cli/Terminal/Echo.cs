using System.Globalization;
using System.Text;

namespace CarbonLedger.Cli.Terminal;

/// <summary>
/// Shows text taken from an input file inside a one-line message: control characters, unpaired surrogates and other
/// invisible characters are escaped (<c>\n</c>, <c>\u0000</c>), and anything past a limit is cut with an ellipsis, so
/// that binary content can neither break the line nor flood the terminal.
/// </summary>
internal static class Echo
{
    /// <summary>The longest excerpt shown, in characters of the input.</summary>
    public const int MaxLength = 60;

    /// <summary>The text, escaped and cut to <paramref name="max"/> input characters.</summary>
    /// <param name="text">The text to show.</param>
    /// <param name="max">The most characters of <paramref name="text"/> shown.</param>
    /// <param name="escapeBackslash">Whether a backslash is doubled, so that every escape can be told from the input (off for whole messages, which may hold excerpts escaped already).</param>
    public static string Text(string text, int max = MaxLength, bool escapeBackslash = true)
    {
        var result = new StringBuilder(System.Math.Min(text.Length, max) + 8);
        int shown = System.Math.Min(text.Length, max);
        for (int i = 0; i < shown; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (i + 1 >= shown)
                {
                    break;
                }
                result.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            switch (c)
            {
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case '\\': result.Append(escapeBackslash ? "\\\\" : "\\"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || IsInvisible(c))
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }
                    break;
            }
        }
        if (text.Length > shown)
        {
            result.Append("… (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }
        return result.ToString();
    }

    private static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
