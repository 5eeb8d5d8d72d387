using System.Globalization;
using CarbonLedger.Registry;
using CarbonLedger.Serials;

namespace CarbonLedger.Issuance;

/// <summary>
/// Credits of one vintage issued to one holder: a recipient of the allocation agreement or the destination of a
/// deduction, with the block of serials it received and its full serial number.
/// </summary>
/// <remarks>A lot with 0 credits has no block and no serial number. Immutable; compares by reference.</remarks>
public sealed class IssuedLot
{
    internal IssuedLot(string holder, string? group, DeductionKind? deduction, RegistryId registry, long credits, JcmSerialNumber? serialNumber)
    {
        Holder = holder;
        Group = group;
        Deduction = deduction;
        Registry = registry;
        Credits = credits;
        SerialNumber = serialNumber;
    }

    /// <summary>The recipient's name, or the deduction's destination (for example <c>Adaptation Fund</c>).</summary>
    public string Holder { get; }

    /// <summary>The recipient's innermost group in the allocation rule (for example <c>Japan side</c>); null at the top level and for deductions.</summary>
    public string? Group { get; }

    /// <summary>The deduction this lot comes from; null for an allocated part.</summary>
    public DeductionKind? Deduction { get; }

    /// <summary>Whether this lot is a deduction rather than an allocated part.</summary>
    public bool IsDeduction => Deduction.HasValue;

    /// <summary>The registry into which the lot is issued.</summary>
    public RegistryId Registry { get; }

    /// <summary>The credits (0 or more).</summary>
    public long Credits { get; }

    /// <summary>The block of serials; null when <see cref="Credits"/> is 0.</summary>
    public SerialBlock? Block => SerialNumber?.Block;

    /// <summary>The full JCM serial number of the block; null when <see cref="Credits"/> is 0.</summary>
    public JcmSerialNumber? SerialNumber { get; }

    /// <summary>For example <c>Government of Japan: 8837 JCM-JPN01-KZ001-2025-1-1-8837</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Holder}: {Credits}{(SerialNumber is null ? string.Empty : " " + SerialNumber)}");
}
