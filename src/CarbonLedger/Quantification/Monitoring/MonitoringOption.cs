namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// How the value of a parameter is obtained, in the JCM monitoring-plan vocabulary (options A, B and C).
/// </summary>
public enum MonitoringOption
{
    /// <summary>Option A: public or statistical data (for example a published grid emission factor).</summary>
    A = 1,

    /// <summary>Option B: invoices or other transaction records (for example fuel purchase invoices).</summary>
    B = 2,

    /// <summary>Option C: the project's own measurement (for example an electricity meter).</summary>
    C = 3,
}
