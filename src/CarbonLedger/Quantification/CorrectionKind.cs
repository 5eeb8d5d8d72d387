namespace CarbonLedger.Quantification;

/// <summary>The conservative corrections a calculation can apply to monitored data; each is recorded in the trace.</summary>
public enum CorrectionKind
{
    /// <summary>The meter's maximum permissible error applied against the project to every reading.</summary>
    MaximumPermissibleError = 1,

    /// <summary>The meter's maximum permissible error applied to readings between a calibration's due and actual dates.</summary>
    DelayedCalibration = 2,

    /// <summary>Missing data on the reference side counted as zero.</summary>
    MissingDataCountedAsZero = 3,

    /// <summary>Missing data on the project side filled with the methodology's conservative default (rate × hours).</summary>
    MissingDataConservativeDefault = 4,
}
