using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// A serial number of the UNDP national carbon registry used for Article 6.2 units, for example
/// <c>VU-ITMO-11-356-2022-0-27-35</c> (9 ITMOs, serials 27 to 35, vintage 2022, Vanuatu).
/// </summary>
/// <remarks>
/// Layout, dash-separated: country (ISO alpha-2), unit type (<c>ITMO</c>), scope (digits), programme (digits;
/// reported as the <see cref="CreditSerialNumber.Project"/>), vintage year, the field after the year (<c>0</c> in published
/// examples; reported as the <see cref="CreditSerialNumber.Batch"/> and kept verbatim), block start and block end.
/// </remarks>
public sealed class UndpSerialNumber : CreditSerialNumber
{
    private readonly string unitType;

    private UndpSerialNumber(Country country, string unitType, string scope, string programme, Vintage vintage, string batch, SerialBlock block, int blockDigits)
        : base(country, programme, vintage, batch, block, blockDigits)
    {
        this.unitType = unitType;
        Scope = scope;
    }

    /// <inheritdoc />
    public override SerialScheme Scheme => SerialScheme.Undp;

    /// <inheritdoc />
    public override string UnitType => unitType;

    /// <summary>The scope number, for example <c>11</c>.</summary>
    public string Scope { get; }

    /// <summary>Creates a UNDP registry serial number from its fields.</summary>
    /// <exception cref="ArgumentException">A field breaks its rule; the message names it.</exception>
    public static UndpSerialNumber Create(Country country, string unitType, string scope, string programme, int vintageYear, string batch, SerialBlock block, int blockDigits)
    {
        Preconditions.CheckNotNull(country);
        Preconditions.CheckNotNull(unitType);
        Preconditions.CheckNotNull(scope);
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(batch);
        CheckField(SerialText.CheckUpperLetters(unitType), nameof(unitType), "unit type");
        CheckField(SerialText.CheckIdentifierDigits(scope), nameof(scope), "scope");
        CheckField(SerialText.CheckIdentifierDigits(programme), nameof(programme), "programme");
        CheckField(SerialText.CheckIdentifierDigits(batch), nameof(batch), "batch");
        CheckBlock(block, blockDigits, nameof(block));
        return new UndpSerialNumber(country, unitType, scope, programme, Vintage.FromYear(vintageYear), batch, block, blockDigits);
    }

    /// <summary>Parses a UNDP registry serial number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a UNDP registry serial number; the message names the wrong field.</exception>
    public static new UndpSerialNumber Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        const SerialScheme scheme = SerialScheme.Undp;
        ReadOnlySpan<char> text = s;
        Span<Range> fields = stackalloc Range[SerialText.FieldBufferLength];
        if (SerialText.Split(text, fields) != 8)
        {
            throw SerialText.Error(scheme, s, "layout", "must have 8 dash-separated fields");
        }
        Country? country = SerialText.FindCountry(text[fields[0]], out string? problem);
        SerialText.Check(scheme, s, "country", problem);
        ReadOnlySpan<char> unit = text[fields[1]];
        SerialText.Check(scheme, s, "unit type", SerialText.CheckUpperLetters(unit));
        ReadOnlySpan<char> scope = text[fields[2]];
        SerialText.Check(scheme, s, "scope", SerialText.CheckIdentifierDigits(scope));
        ReadOnlySpan<char> programme = text[fields[3]];
        SerialText.Check(scheme, s, "programme", SerialText.CheckIdentifierDigits(programme));
        int year = SerialText.ParseYear(text[fields[4]], out problem);
        SerialText.Check(scheme, s, "vintage", problem);
        ReadOnlySpan<char> batch = text[fields[5]];
        SerialText.Check(scheme, s, "batch", SerialText.CheckIdentifierDigits(batch));
        SerialBlock block = SerialText.ParsePaddedBlock(text[fields[6]], text[fields[7]], out int digits, out string? field, out problem);
        SerialText.Check(scheme, s, field ?? string.Empty, problem);
        return new UndpSerialNumber(country!, unit.ToString(), scope.ToString(), programme.ToString(), Vintage.FromYear(year), batch.ToString(), block, digits);
    }

    /// <inheritdoc />
    public override CreditSerialNumber WithBlock(SerialBlock block)
    {
        CheckBlock(block, BlockDigits, nameof(block));
        return new UndpSerialNumber(Country, unitType, Scope, Project, Vintage, Batch, block, BlockDigits);
    }

    /// <summary>The canonical text, for example <c>VU-ITMO-11-356-2022-0-27-35</c>.</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral(Country.Alpha2);
        text.AppendLiteral("-");
        text.AppendLiteral(unitType);
        text.AppendLiteral("-");
        text.AppendLiteral(Scope);
        text.AppendLiteral("-");
        text.AppendLiteral(Project);
        text.AppendLiteral("-");
        text.AppendFormatted(Vintage.Year);
        text.AppendLiteral("-");
        text.AppendLiteral(Batch);
        text.AppendLiteral("-");
        SerialText.AppendBlock(ref text, Block, BlockDigits);
        return text.ToStringAndClear();
    }
}
