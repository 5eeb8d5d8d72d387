namespace CarbonLedger.Import.Registries;

/// <summary>Which double count an overlap finding points at.</summary>
public enum OverlapKind
{
    /// <summary>Two issuances cover the same serial numbers of one registry.</summary>
    DoubleIssuance = 1,

    /// <summary>Two retirements or cancellations take out the same serial numbers of one registry.</summary>
    DoubleRetirement = 2,

    /// <summary>A project listed at two registries (a <see cref="ProjectLink"/>) has issuances at both for the same vintage.</summary>
    CrossRegistryIssuance = 3,
}
