using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CarbonLedger.Reports.Formatting;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CarbonLedger.Reports.Documents;

/// <summary>
/// Lays out a simple A4 document with PDFsharp: a title, paragraphs, label–value rows and tables that continue on new
/// pages with their header repeated, and "page i of n" footers. Text is drawn with the embedded DejaVu Sans as
/// Unicode (Identity-H with a ToUnicode map), so it can be selected and extracted.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private const double Margin = 42;
    private const double Line = 13;
    private readonly PdfDocument document = new();
    private readonly ReportFormatter format;
    private readonly XFont body;
    private readonly XFont bold;
    private readonly XFont small;
    private readonly XFont title;
    private readonly Guid identifier;
    private XGraphics? graphics;
    private PdfPage? page;
    private double y;

    public PdfLayout(ReportFormatter format, string documentTitle, DateTime createdUtc)
    {
        EmbeddedFonts.Install();
        this.format = format;
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        body = new XFont(EmbeddedFonts.Family, 9, XFontStyleEx.Regular, unicode);
        bold = new XFont(EmbeddedFonts.Family, 9, XFontStyleEx.Bold, unicode);
        small = new XFont(EmbeddedFonts.Family, 7.5, XFontStyleEx.Regular, unicode);
        title = new XFont(EmbeddedFonts.Family, 16, XFontStyleEx.Bold, unicode);
        document.Info.Title = documentTitle;
        document.Info.Creator = "CarbonLedger";
        // The document's dates are the data's (the event's instant), never the machine's clock.
        document.Info.CreationDate = createdUtc;
        document.Info.ModificationDate = createdUtc;
        // The file identifier is derived from the title and date rather than drawn at random (PDF 32000-1, 14.4).
        byte[] id = DocumentId(documentTitle, createdUtc);
        identifier = new Guid(id);
        // PDFsharp writes each character of the identifier as one byte.
        string raw = new(Array.ConvertAll(id, b => (char)b));
        document.Internals.FirstDocumentID = raw;
        document.Internals.SecondDocumentID = raw;
        NewPage();
    }

    private double Width => page!.Width.Point - 2 * Margin;

    private double Bottom => page!.Height.Point - Margin - 2 * Line;

    public void Title(string text)
    {
        graphics!.DrawString(text, title, XBrushes.DarkGreen, new XPoint(Margin, y), XStringFormats.TopLeft);
        y += 26;
    }

    public void Paragraph(string text, bool strong = false)
    {
        foreach (string line in Wrap(text, strong ? bold : body, Width))
        {
            Room(Line);
            graphics!.DrawString(line, strong ? bold : body, XBrushes.Black, new XPoint(Margin, y), XStringFormats.TopLeft);
            y += Line;
        }
        y += 4;
    }

    /// <summary>Label–value rows; a long value wraps under itself.</summary>
    public void Fields(IEnumerable<(string Label, string Value)> fields)
    {
        const double labelWidth = 150;
        foreach ((string label, string value) in fields)
        {
            string[] lines = Wrap(value, body, Width - labelWidth).ToArray();
            Room(Line * lines.Length);
            graphics!.DrawString(label, bold, XBrushes.Black, new XPoint(Margin, y), XStringFormats.TopLeft);
            foreach (string line in lines)
            {
                graphics.DrawString(line, body, XBrushes.Black, new XPoint(Margin + labelWidth, y), XStringFormats.TopLeft);
                y += Line;
            }
            y += 2;
        }
        y += 4;
    }

    /// <summary>A table; columns are given as fractions of the text width; numeric columns are right-aligned; cells wrap.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> widths, IReadOnlyList<bool> numeric, IEnumerable<IReadOnlyList<string>> rows)
    {
        double[] columns = widths.Select(w => w * Width).ToArray();
        Header(headers, columns);
        foreach (IReadOnlyList<string> row in rows)
        {
            string[][] cells = row.Select((text, i) => Wrap(text, body, columns[i] - 4).ToArray()).ToArray();
            int height = cells.Max(c => c.Length);
            if (y + Line * height > Bottom)
            {
                NewPage();
                Header(headers, columns);
            }
            double x = Margin;
            for (int i = 0; i < cells.Length; i++)
            {
                for (int l = 0; l < cells[i].Length; l++)
                {
                    if (numeric[i])
                    {
                        graphics!.DrawString(cells[i][l], body, XBrushes.Black, new XRect(x, y + l * Line, columns[i] - 4, Line), XStringFormats.TopRight);
                    }
                    else
                    {
                        graphics!.DrawString(cells[i][l], body, XBrushes.Black, new XPoint(x, y + l * Line), XStringFormats.TopLeft);
                    }
                }
                x += columns[i];
            }
            y += Line * height;
            graphics!.DrawLine(XPens.LightGray, Margin, y, Margin + Width, y);
            y += 2;
        }
        y += 6;
    }

    public byte[] ToBytes()
    {
        graphics?.Dispose();
        graphics = null;
        int count = document.PageCount;
        for (int i = 0; i < count; i++)
        {
            using XGraphics footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            footer.DrawString(format.Label("PageOf", i + 1, count), small, XBrushes.Gray,
                new XRect(Margin, document.Pages[i].Height.Point - Margin, Width, Line), XStringFormats.TopRight);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return ReproducibleBytes.Of(stream.ToArray(), identifier);
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    /// <summary>16 bytes from the title and the date (the first half of their SHA-256), as the file identifier.</summary>
    private static byte[] DocumentId(string documentTitle, DateTime createdUtc) =>
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            documentTitle + "|" + createdUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture)))[..16];

    private void Header(IReadOnlyList<string> headers, double[] columns)
    {
        Room(Line * 2);
        double x = Margin;
        for (int i = 0; i < headers.Count; i++)
        {
            graphics!.DrawString(headers[i], bold, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
            x += columns[i];
        }
        y += Line;
        graphics!.DrawLine(XPens.Black, Margin, y, Margin + Width, y);
        y += 2;
    }

    private void Room(double height)
    {
        if (y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    /// <summary>Greedy wrapping at spaces (a word longer than the width is cut where it no longer fits).</summary>
    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        if (text.Length == 0 || graphics!.MeasureString(text, font).Width <= width)
        {
            yield return text;
            yield break;
        }
        string current = string.Empty;
        foreach (string word in text.Split(' '))
        {
            string candidate = current.Length == 0 ? word : current + " " + word;
            if (graphics.MeasureString(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                yield return current;
            }
            current = word;
            while (current.Length > 1 && graphics.MeasureString(current, font).Width > width)
            {
                int cut = current.Length - 1;
                while (cut > 1 && graphics.MeasureString(current[..cut], font).Width > width)
                {
                    cut--;
                }
                yield return current[..cut];
                current = current[cut..];
            }
        }
        if (current.Length > 0)
        {
            yield return current;
        }
    }
}
