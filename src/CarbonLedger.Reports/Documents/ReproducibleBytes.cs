using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace CarbonLedger.Reports.Documents;

/// <summary>
/// Makes a PDF that PDFsharp wrote the same bytes on every run: the font subset tags it draws at random (six capital
/// letters and a plus sign before an embedded subset's name, PDF 32000-1 §9.6.4) become tags numbered in the order
/// they first appear, and the random UUIDs of its XMP metadata become ones derived from the document's identifier.
/// Every replacement keeps its length, so every byte offset of the file stays valid.
/// </summary>
internal static partial class ReproducibleBytes
{
    public static byte[] Of(byte[] pdf, Guid documentId)
    {
        // Latin-1 maps each byte to one char and back, so offsets are unchanged.
        string text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>();
        foreach (Match match in Tag().Matches(text))
        {
            string tag = match.Groups[1].Value;
            if (!tags.ContainsKey(tag))
            {
                tags[tag] = Numbered(tags.Count);
            }
        }
        int n = 0;
        text = Uuid().Replace(text, _ => "uuid:" + Derived(documentId, n++).ToString("D"));
        foreach ((string random, string numbered) in tags)
        {
            text = text.Replace("/" + random + "+", "/" + numbered + "+", System.StringComparison.Ordinal);
        }
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>The <paramref name="n"/>th UUID derived from the document's identifier (its bytes with the last one offset by n).</summary>
    private static Guid Derived(Guid id, int n)
    {
        byte[] bytes = id.ToByteArray();
        bytes[15] = (byte)(bytes[15] + n);
        return new Guid(bytes);
    }

    /// <summary>CLAAAA, CLAAAB, …: unique for the first 26⁴ subsets of a document.</summary>
    private static string Numbered(int n)
    {
        var tag = new char[] { 'C', 'L', 'A', 'A', 'A', 'A' };
        for (int i = 5; i >= 2 && n > 0; i--)
        {
            tag[i] = (char)('A' + n % 26);
            n /= 26;
        }
        return new string(tag);
    }

    [GeneratedRegex(@"/(?:FontName|BaseFont)/([A-Z]{6})\+")]
    private static partial Regex Tag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();
}
