namespace CarbonLedger.Cli.Scenario;

/// <summary>
/// One line of the corresponding adjustments: a Party, a calendar year, the ITMOs it first transferred (added to its
/// emissions balance, for the year the mitigation occurred) and the ITMOs it used (subtracted, for the year of use).
/// </summary>
internal sealed record AdjustmentRow(string Party, int Year, long FirstTransferred, long Used)
{
    /// <summary>The net adjustment to the Party's reported emissions, in tCO2e: + added, − subtracted.</summary>
    public long Net => FirstTransferred - Used;
}
