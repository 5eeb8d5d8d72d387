using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// A full credit serial number: the registry scheme, unit type, country, project, vintage, batch and the
/// inclusive block of serials it covers. Each scheme has its own subclass and text layout.
/// </summary>
/// <remarks>
/// <para><b>Round trip.</b> Every layout is read and written exactly: for every text that
/// <see cref="Parse(string)"/> accepts, <c>Parse(s).ToString() == s</c>. Identifier fields made of digits
/// (batch, project, codes) keep their leading zeros; the two block numbers may share a zero-padding width
/// (<see cref="BlockDigits"/>), and a text whose block numbers disagree on padding is rejected.</para>
/// <para><b>Errors.</b> Parsing throws only <see cref="FormatException"/> (and
/// <see cref="ArgumentNullException"/> for null), whose message names the scheme and the field that is wrong,
/// for example <c>field 'vintage end'</c>.</para>
/// <para><b>Equality</b> is equality of the scheme and the canonical text. Serial numbers have no natural
/// order; sort blocks with <see cref="SerialBlock.StartComparer"/>. Instances are immutable.</para>
/// </remarks>
public abstract class CreditSerialNumber : IEquatable<CreditSerialNumber>
{
    private protected CreditSerialNumber(Country country, string project, Vintage vintage, string batch, SerialBlock block, int blockDigits)
    {
        Country = country;
        Project = project;
        Vintage = vintage;
        Batch = batch;
        Block = block;
        BlockDigits = blockDigits;
    }

    /// <summary>The registry scheme whose layout this serial number follows.</summary>
    public abstract SerialScheme Scheme { get; }

    /// <summary>The unit type, for example <c>VCU</c>, <c>ITMO</c> or <c>JCM</c>.</summary>
    public abstract string UnitType { get; }

    /// <summary>The host country of the project.</summary>
    public Country Country { get; }

    /// <summary>The project's identifier as written in the serial number, for example <c>0003</c> or <c>KZ001</c>.</summary>
    public string Project { get; }

    /// <summary>The vintage of the credits.</summary>
    public Vintage Vintage { get; }

    /// <summary>The issuance batch as written in the serial number, for example <c>0001</c>.</summary>
    public string Batch { get; }

    /// <summary>The inclusive block of serials covered.</summary>
    public SerialBlock Block { get; }

    /// <summary>The width to which both block numbers are zero-padded; 0 when they are not padded.</summary>
    public int BlockDigits { get; }

    /// <summary>How many credits the serial number covers: <c>Block.Count</c>.</summary>
    public long Count => Block.Count;

    /// <summary>
    /// Parses a serial number of any supported scheme, recognised by its first field: <c>JCM</c>, <c>GS1</c>,
    /// <c>ACR</c>, digits (Verra) or a two-letter country code (UNDP).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a serial number; the message names the wrong field.</exception>
    public static CreditSerialNumber Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s, Detect(s));
    }

    /// <summary>Parses a serial number of the given scheme.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a defined scheme.</exception>
    /// <exception cref="FormatException">The text is not a serial number of that scheme; the message names the wrong field.</exception>
    public static CreditSerialNumber Parse(string s, SerialScheme scheme)
    {
        Preconditions.CheckNotNull(s);
        Preconditions.CheckDefined(scheme, nameof(scheme));
        return scheme switch
        {
            SerialScheme.Verra => VerraSerialNumber.Parse(s),
            SerialScheme.GoldStandard => GoldStandardSerialNumber.Parse(s),
            SerialScheme.Acr => AcrSerialNumber.Parse(s),
            SerialScheme.Undp => UndpSerialNumber.Parse(s),
            _ => JcmSerialNumber.Parse(s),
        };
    }

    /// <summary>Tries to parse a serial number of any supported scheme.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out CreditSerialNumber? result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }
        try
        {
            result = Parse(s);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// A copy of this serial number covering another block, with the same padding width: what each part of a
    /// split block carries.
    /// </summary>
    public abstract CreditSerialNumber WithBlock(SerialBlock block);

    /// <summary>
    /// Splits off the last <paramref name="count"/> credits (see <see cref="SerialBlock.SplitTail"/>): the holder
    /// keeps the head, the receiver gets the tail; both parts inherit every other field.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not between 1 and <see cref="Count"/>−1.</exception>
    public (CreditSerialNumber Kept, CreditSerialNumber Moved) SplitTail(long count)
    {
        (SerialBlock kept, SerialBlock moved) = Block.SplitTail(count);
        return (WithBlock(kept), WithBlock(moved));
    }

    /// <summary>Whether <paramref name="other"/> differs from this serial number only by an adjacent block.</summary>
    public bool CanMerge(CreditSerialNumber other) =>
        other is not null && Block.IsAdjacentTo(other.Block) && WithBlock(other.Block).Equals(other);

    /// <summary>Joins this serial number with one that has identical fields and an adjacent block.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The blocks are not adjacent or another field differs.</exception>
    public CreditSerialNumber Merge(CreditSerialNumber other)
    {
        Preconditions.CheckNotNull(other);
        Preconditions.CheckArgument(CanMerge(other), nameof(other),
            "Serial numbers {0} and {1} cannot be merged: their blocks must be adjacent and every other field identical", this, other);
        return WithBlock(Block.Merge(other.Block));
    }

    /// <summary>The canonical text in the scheme's layout.</summary>
    public abstract override string ToString();

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CreditSerialNumber? other) =>
        other is not null && Scheme == other.Scheme && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CreditSerialNumber);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scheme, StringComparer.Ordinal.GetHashCode(ToString()));

    private protected static void CheckBlock(SerialBlock block, int blockDigits, string paramName)
    {
        Preconditions.CheckArgument(block.Start >= 1, paramName, "The default block 0-0 is not a block of serials");
        Preconditions.CheckArgumentRange(nameof(blockDigits), blockDigits, 0, 19);
    }

    private protected static void CheckField(string? problem, string paramName, string field)
    {
        if (problem is not null)
        {
            Preconditions.ThrowArgument(paramName, $"Field '{field}' {problem}");
        }
    }

    private static SerialScheme Detect(string s)
    {
        ReadOnlySpan<char> text = s;
        int dash = text.IndexOf('-');
        ReadOnlySpan<char> first = dash < 0 ? text : text[..dash];
        if (first.SequenceEqual("JCM"))
        {
            return SerialScheme.Jcm;
        }
        if (first.SequenceEqual("GS1"))
        {
            return SerialScheme.GoldStandard;
        }
        if (first.SequenceEqual("ACR"))
        {
            return SerialScheme.Acr;
        }
        if (!first.IsEmpty && !first.ContainsAnyExceptInRange('0', '9'))
        {
            return SerialScheme.Verra;
        }
        if (first.Length == 2 && !first.ContainsAnyExceptInRange('A', 'Z'))
        {
            return SerialScheme.Undp;
        }
        throw new FormatException(
            $"Credit serial number '{(s.Length <= 120 ? s : string.Concat(s.AsSpan(0, 117), "..."))}': field 'scheme' must start with JCM, GS1, ACR, a Verra batch number or a two-letter UNDP country code");
    }
}
