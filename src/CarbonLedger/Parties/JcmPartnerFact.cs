using System.Globalization;
using NodaTime;

namespace CarbonLedger.Parties;

/// <summary>
/// What public sources say about one JCM partner country: its place in the signing order and the date its JCM
/// document was signed, each with the source it comes from. A fact no source gave is null; CarbonLedger never
/// fills it in.
/// </summary>
/// <remarks>Immutable. Read from CarbonLedger's reference data through <see cref="JcmPartnerFacts"/>.</remarks>
public sealed class JcmPartnerFact
{
    internal JcmPartnerFact(Country country, int? order, FactSource? orderSource, LocalDate? signedOn, FactSource? signedOnSource, string? note)
    {
        Country = country;
        Order = order;
        OrderSource = orderSource;
        SignedOn = signedOn;
        SignedOnSource = signedOnSource;
        Note = note;
    }

    /// <summary>The partner country.</summary>
    public Country Country { get; }

    /// <summary>Its place in the order in which partners signed (Mongolia 1), or null when no source gives it.</summary>
    public int? Order { get; }

    /// <summary>The source of <see cref="Order"/>, or null with it.</summary>
    public FactSource? OrderSource { get; }

    /// <summary>The date the JCM document (a memorandum of cooperation or bilateral document) was signed, or null
    /// when no source CarbonLedger holds gives it.</summary>
    public LocalDate? SignedOn { get; }

    /// <summary>The source of <see cref="SignedOn"/>, or null with it.</summary>
    public FactSource? SignedOnSource { get; }

    /// <summary>What else the sources say, or what they leave open; null when nothing.</summary>
    public string? Note { get; }

    /// <summary>Formats as <c>Kazakhstan: partner 28, signing date not published</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Country.Name}: {(Order is int n ? "partner " + n.ToString(CultureInfo.InvariantCulture) : "place in the signing order not published")}, " +
        $"{(SignedOn is LocalDate d ? "signed " + d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "signing date not published")}");
}
