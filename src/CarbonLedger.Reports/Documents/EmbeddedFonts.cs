using System;
using System.IO;
using PdfSharp.Fonts;

namespace CarbonLedger.Reports.Documents;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces embedded in this assembly, whatever family is asked for: PDFsharp cannot read
/// the system's fonts on Linux, and a document must look the same on every machine. Installed once, as the global
/// resolver when none is set, or else as the fallback resolver, so that a caller's own resolver keeps priority.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly object Gate = new();
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFonts();
            }
            else if (GlobalFontSettings.FontResolver is not EmbeddedFonts && GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = new EmbeddedFonts();
            }
            installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using Stream stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"CarbonLedger.Reports.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The assembly lacks the font {faceName}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
