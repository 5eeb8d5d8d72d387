using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// A Gold Standard serial number, for example <c>GS1-1-IN-GS4533-2-2020-22653-106-111</c> (6 credits, serials
/// 106 to 111, vintage 2020).
/// </summary>
/// <remarks>
/// Layout, dash-separated: the prefix <c>GS1-1</c>, country (ISO alpha-2), <c>GS</c> and the project number,
/// the issuance sequence number, the vintage year, the batch, block start and block end. Digit fields keep
/// their leading zeros; the vintage is always a whole calendar year. <see cref="CreditSerialNumber.Project"/> is the
/// project id as the Gold Standard registry writes it, with its <c>GS</c> prefix (<c>GS4533</c>): that is how the serial
/// itself and the registry's project titles (<c>GS5304 …</c>) spell it (registry export, via CarbonPlan's OffsetsDB test
/// data, <c>carbonplan/offsets-db-data</c>).
/// </remarks>
public sealed class GoldStandardSerialNumber : CreditSerialNumber
{
    /// <summary>The fixed opening of every Gold Standard serial number.</summary>
    public const string Prefix = "GS1-1";


    private GoldStandardSerialNumber(Country country, string project, string issuanceSequence, Vintage vintage, string batch, SerialBlock block, int blockDigits)
        : base(country, project, vintage, batch, block, blockDigits)
    {
        IssuanceSequence = issuanceSequence;
    }

    /// <inheritdoc />
    public override SerialScheme Scheme => SerialScheme.GoldStandard;

    /// <summary>Always <c>VER</c> (Gold Standard verified emission reductions).</summary>
    public override string UnitType => "VER";

    /// <summary>The sequence number between the project and the vintage, for example <c>2</c>.</summary>
    public string IssuanceSequence { get; }

    /// <summary>Creates a Gold Standard serial number from its fields.</summary>
    /// <param name="country">The host country.</param>
    /// <param name="project">The project id as the registry writes it: <c>GS</c> and the project number (<c>GS4533</c>).</param>
    /// <param name="issuanceSequence">The sequence number after the project.</param>
    /// <param name="vintageYear">The vintage year.</param>
    /// <param name="batch">The batch number.</param>
    /// <param name="block">The serials.</param>
    /// <param name="blockDigits">The width the block numbers are zero-padded to (0 for none).</param>
    /// <exception cref="ArgumentException">A field breaks its rule; the message names it.</exception>
    public static GoldStandardSerialNumber Create(Country country, string project, string issuanceSequence, int vintageYear, string batch, SerialBlock block, int blockDigits)
    {
        Preconditions.CheckNotNull(country);
        Preconditions.CheckNotNull(project);
        Preconditions.CheckNotNull(issuanceSequence);
        Preconditions.CheckNotNull(batch);
        CheckField(CheckProject(project), nameof(project), "project");
        CheckField(SerialText.CheckIdentifierDigits(issuanceSequence), nameof(issuanceSequence), "issuance sequence");
        CheckField(SerialText.CheckIdentifierDigits(batch), nameof(batch), "batch");
        CheckBlock(block, blockDigits, nameof(block));
        return new GoldStandardSerialNumber(country, project, issuanceSequence, Vintage.FromYear(vintageYear), batch, block, blockDigits);
    }

    /// <summary>Parses a Gold Standard serial number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a Gold Standard serial number; the message names the wrong field.</exception>
    public static new GoldStandardSerialNumber Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        const SerialScheme scheme = SerialScheme.GoldStandard;
        ReadOnlySpan<char> text = s;
        Span<Range> fields = stackalloc Range[SerialText.FieldBufferLength];
        if (SerialText.Split(text, fields) != 9)
        {
            throw SerialText.Error(scheme, s, "layout", "must have 9 dash-separated fields");
        }
        if (!text[fields[0]].SequenceEqual("GS1") || !text[fields[1]].SequenceEqual("1"))
        {
            throw SerialText.Error(scheme, s, "prefix", "must be GS1-1");
        }
        Country? country = SerialText.FindCountry(text[fields[2]], out string? problem);
        SerialText.Check(scheme, s, "country", problem);
        ReadOnlySpan<char> project = text[fields[3]];
        SerialText.Check(scheme, s, "project", CheckProject(project));
        ReadOnlySpan<char> sequence = text[fields[4]];
        SerialText.Check(scheme, s, "issuance sequence", SerialText.CheckIdentifierDigits(sequence));
        int year = SerialText.ParseYear(text[fields[5]], out problem);
        SerialText.Check(scheme, s, "vintage", problem);
        ReadOnlySpan<char> batch = text[fields[6]];
        SerialText.Check(scheme, s, "batch", SerialText.CheckIdentifierDigits(batch));
        SerialBlock block = SerialText.ParsePaddedBlock(text[fields[7]], text[fields[8]], out int digits, out string? field, out problem);
        SerialText.Check(scheme, s, field ?? string.Empty, problem);
        return new GoldStandardSerialNumber(country!, project.ToString(), sequence.ToString(), Vintage.FromYear(year), batch.ToString(), block, digits);
    }

    /// <summary><c>GS</c> followed by the project number (digits).</summary>
    private static string? CheckProject(ReadOnlySpan<char> project) =>
        !project.StartsWith("GS", StringComparison.Ordinal) ? "must be GS followed by the project number, for example GS4533"
        : SerialText.CheckIdentifierDigits(project[2..]) is { } problem ? "after GS " + problem
        : null;

    /// <inheritdoc />
    public override CreditSerialNumber WithBlock(SerialBlock block)
    {
        CheckBlock(block, BlockDigits, nameof(block));
        return new GoldStandardSerialNumber(Country, Project, IssuanceSequence, Vintage, Batch, block, BlockDigits);
    }

    /// <summary>The canonical text, for example <c>GS1-1-IN-GS4533-2-2020-22653-106-111</c>.</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral("GS1-1-");
        text.AppendLiteral(Country.Alpha2);
        text.AppendLiteral("-");
        text.AppendLiteral(Project);
        text.AppendLiteral("-");
        text.AppendLiteral(IssuanceSequence);
        text.AppendLiteral("-");
        text.AppendFormatted(Vintage.Year);
        text.AppendLiteral("-");
        text.AppendLiteral(Batch);
        text.AppendLiteral("-");
        SerialText.AppendBlock(ref text, Block, BlockDigits);
        return text.ToStringAndClear();
    }
}
