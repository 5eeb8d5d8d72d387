using System.Linq;
using UglyToad.PdfPig;

namespace CarbonLedger.Reports.Tests.Documents;

/// <summary>The text of a PDF as PdfPig extracts it: the words of each page joined by single spaces.</summary>
internal static class PdfText
{
    public static string[] Pages(byte[] pdf)
    {
        using PdfDocument document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));
}
