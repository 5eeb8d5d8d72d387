using System.Globalization;

namespace CarbonLedger.Issuance;

/// <summary>The whole credits one <see cref="Deduction"/> took from a gross amount.</summary>
/// <remarks>Immutable; compares by reference.</remarks>
public sealed class DeductedCredits
{
    internal DeductedCredits(Deduction deduction, long credits)
    {
        Deduction = deduction;
        Credits = credits;
    }

    /// <summary>The deduction.</summary>
    public Deduction Deduction { get; }

    /// <summary>The credits deducted (0 or more).</summary>
    public long Credits { get; }

    /// <summary>For example <c>ShareOfProceeds: 883 → Adaptation Fund</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Deduction.Kind}: {Credits} → {Deduction.Destination}");
}
