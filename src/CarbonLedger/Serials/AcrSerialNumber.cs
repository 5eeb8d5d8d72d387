using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// An American Carbon Registry serial number, for example <c>ACR-US-192-2010-203-1-5000</c> (5,000 credits,
/// serials 1 to 5000, vintage 2010).
/// </summary>
/// <remarks>
/// Layout, dash-separated: <c>ACR</c>, country (ISO alpha-2), project number, vintage year, batch, block start
/// and block end. Digit fields keep their leading zeros; the vintage is always a whole calendar year.
/// <see cref="CreditSerialNumber.Project"/> is the project id as the ACR registry writes it, <c>ACR</c> and the project
/// number of the serial (<c>ACR192</c>; the registry's export lists projects as <c>ACR731</c>, <c>ACR1185</c> — CarbonPlan's
/// OffsetsDB test data, <c>carbonplan/offsets-db-data</c>).
/// </remarks>
public sealed class AcrSerialNumber : CreditSerialNumber
{

    private AcrSerialNumber(Country country, string project, Vintage vintage, string batch, SerialBlock block, int blockDigits)
        : base(country, project, vintage, batch, block, blockDigits)
    {
    }

    /// <summary>The prefix of an ACR project id.</summary>
    private const string ProjectPrefix = "ACR";

    /// <inheritdoc />
    public override SerialScheme Scheme => SerialScheme.Acr;

    /// <summary>Always <c>ERT</c> (ACR's emission reduction tonnes).</summary>
    public override string UnitType => "ERT";

    /// <summary>Creates an ACR serial number from its fields.</summary>
    /// <param name="country">The project's country.</param>
    /// <param name="project">The project id as the registry writes it: <c>ACR</c> and the project number (<c>ACR192</c>).</param>
    /// <param name="vintageYear">The vintage year.</param>
    /// <param name="batch">The batch number.</param>
    /// <param name="block">The serials.</param>
    /// <param name="blockDigits">The width the block numbers are zero-padded to (0 for none).</param>
    /// <exception cref="ArgumentException">A field breaks its rule; the message names it.</exception>
    public static AcrSerialNumber Create(Country country, string project, int vintageYear, string batch, SerialBlock block, int blockDigits)
    {
        Preconditions.CheckNotNull(country);
        Preconditions.CheckNotNull(project);
        Preconditions.CheckNotNull(batch);
        CheckField(project.StartsWith(ProjectPrefix, StringComparison.Ordinal)
            ? SerialText.CheckIdentifierDigits(project.AsSpan(ProjectPrefix.Length)) is { } problem ? "after ACR " + problem : null
            : "must be ACR followed by the project number, for example ACR192", nameof(project), "project");
        CheckField(SerialText.CheckIdentifierDigits(batch), nameof(batch), "batch");
        CheckBlock(block, blockDigits, nameof(block));
        return new AcrSerialNumber(country, project, Vintage.FromYear(vintageYear), batch, block, blockDigits);
    }

    /// <summary>Parses an ACR serial number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an ACR serial number; the message names the wrong field.</exception>
    public static new AcrSerialNumber Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        const SerialScheme scheme = SerialScheme.Acr;
        ReadOnlySpan<char> text = s;
        Span<Range> fields = stackalloc Range[SerialText.FieldBufferLength];
        if (SerialText.Split(text, fields) != 7)
        {
            throw SerialText.Error(scheme, s, "layout", "must have 7 dash-separated fields");
        }
        if (!text[fields[0]].SequenceEqual("ACR"))
        {
            throw SerialText.Error(scheme, s, "prefix", "must be ACR");
        }
        Country? country = SerialText.FindCountry(text[fields[1]], out string? problem);
        SerialText.Check(scheme, s, "country", problem);
        ReadOnlySpan<char> project = text[fields[2]];
        SerialText.Check(scheme, s, "project", SerialText.CheckIdentifierDigits(project));
        int year = SerialText.ParseYear(text[fields[3]], out problem);
        SerialText.Check(scheme, s, "vintage", problem);
        ReadOnlySpan<char> batch = text[fields[4]];
        SerialText.Check(scheme, s, "batch", SerialText.CheckIdentifierDigits(batch));
        SerialBlock block = SerialText.ParsePaddedBlock(text[fields[5]], text[fields[6]], out int digits, out string? field, out problem);
        SerialText.Check(scheme, s, field ?? string.Empty, problem);
        return new AcrSerialNumber(country!, string.Concat(ProjectPrefix, project), Vintage.FromYear(year), batch.ToString(), block, digits);
    }

    /// <inheritdoc />
    public override CreditSerialNumber WithBlock(SerialBlock block)
    {
        CheckBlock(block, BlockDigits, nameof(block));
        return new AcrSerialNumber(Country, Project, Vintage, Batch, block, BlockDigits);
    }

    /// <summary>The canonical text, for example <c>ACR-US-192-2010-203-1-5000</c>.</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral("ACR-");
        text.AppendLiteral(Country.Alpha2);
        text.AppendLiteral("-");
        text.AppendFormatted(Project.AsSpan(ProjectPrefix.Length));
        text.AppendLiteral("-");
        text.AppendFormatted(Vintage.Year);
        text.AppendLiteral("-");
        text.AppendLiteral(Batch);
        text.AppendLiteral("-");
        SerialText.AppendBlock(ref text, Block, BlockDigits);
        return text.ToStringAndClear();
    }
}
