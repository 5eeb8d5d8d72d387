namespace CarbonLedger.Article6.Reporting;

/// <summary>How serious a pre-submission finding is.</summary>
public enum AefFindingSeverity
{
    /// <summary>The report is wrong and must not be submitted as it is.</summary>
    Error,

    /// <summary>Worth a look before submitting, but not wrong in itself.</summary>
    Warning,
}
