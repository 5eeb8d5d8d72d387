using System;

namespace CarbonLedger.Utility;

/// <summary>Shared checks for the free-text and identifier fields of the ledger.</summary>
internal static class TextRules
{
    /// <summary>1 to <paramref name="maxLength"/> UTF-16 characters, no control characters or lone surrogates, no surrounding white space.</summary>
    internal static bool IsCleanText(string s, int maxLength)
    {
        if (s.Length == 0 || s.Length > maxLength || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            return false;
        }
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsControl(c))
            {
                return false;
            }
            if (char.IsSurrogate(c))
            {
                // Only whole surrogate pairs are text; a lone half would not survive UTF-8 encoding.
                if (!char.IsHighSurrogate(c) || i + 1 == s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /// <summary>1 to <paramref name="maxLength"/> characters from <c>A–Z a–z 0–9 . _ : -</c>.</summary>
    internal static bool IsToken(ReadOnlySpan<char> s, int maxLength)
    {
        if (s.Length == 0 || s.Length > maxLength)
        {
            return false;
        }
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-')
            {
                return false;
            }
        }
        return true;
    }
}
