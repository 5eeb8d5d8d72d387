namespace CarbonLedger.Quantification;

/// <summary>How a result's vintages were obtained.</summary>
public enum VintageBasis
{
    /// <summary>The period lies in one calendar year: its only vintage is the whole period.</summary>
    SingleYear = 1,

    /// <summary>Every monitored parameter had dated readings: the methodology was run on each vintage's readings.</summary>
    MeterReadings = 2,

    /// <summary>Some monitored data was a period total (or there was none): the period was split pro rata by inclusive days.</summary>
    ProRataByDays = 3,
}
