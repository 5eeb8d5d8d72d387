using System.Collections.Generic;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// TOOL07's build-margin sample: both candidate sets, their annual generation, and the one chosen (the larger
/// annual generation).
/// </summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class BuildMarginSample
{
    internal BuildMarginSample(
        IReadOnlyList<PowerUnit> fiveMostRecent, IReadOnlyList<PowerUnit> twentyPercent, decimal fiveGeneration, decimal twentyGeneration,
        decimal systemGeneration, BuildMarginSampleChoice choice)
    {
        FiveMostRecentUnits = fiveMostRecent;
        TwentyPercentUnits = twentyPercent;
        FiveMostRecentGenerationMegawattHours = fiveGeneration;
        TwentyPercentGenerationMegawattHours = twentyGeneration;
        SystemGenerationMegawattHours = systemGeneration;
        Choice = choice;
    }

    /// <summary>SET_5-units, most recent first (fewer when the system has fewer than five units).</summary>
    public IReadOnlyList<PowerUnit> FiveMostRecentUnits { get; }

    /// <summary>SET_≥20 %, most recent first.</summary>
    public IReadOnlyList<PowerUnit> TwentyPercentUnits { get; }

    /// <summary>Annual generation of SET_5-units, MWh.</summary>
    public decimal FiveMostRecentGenerationMegawattHours { get; }

    /// <summary>Annual generation of SET_≥20 %, MWh.</summary>
    public decimal TwentyPercentGenerationMegawattHours { get; }

    /// <summary>Annual generation of the whole system, AEG_total, MWh.</summary>
    public decimal SystemGenerationMegawattHours { get; }

    /// <summary>Which set was chosen.</summary>
    public BuildMarginSampleChoice Choice { get; }

    /// <summary>The chosen units, most recent first.</summary>
    public IReadOnlyList<PowerUnit> Units => Choice == BuildMarginSampleChoice.FiveMostRecentUnits ? FiveMostRecentUnits : TwentyPercentUnits;
}
