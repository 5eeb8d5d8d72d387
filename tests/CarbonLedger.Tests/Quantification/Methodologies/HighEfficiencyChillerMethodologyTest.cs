using System;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Methodologies;

public class HighEfficiencyChillerMethodologyTest
{
    private static readonly ExAnteParameter Grid = ExAnteParameter.Create(0.533m, ParameterUnit.TonneCo2PerMegawattHour, "grid factor");

    private static ChillerUnit Unit(string name, decimal kilowattHours, decimal copProject, decimal copReference) =>
        new(name, Fixtures.Total(kilowattHours, ParameterUnit.KilowattHour), Fixtures.Cop(copProject, "catalogue"), Fixtures.Cop(copReference, "default"));

    [Fact]
    public void Quantify_OneChiller_WorkedByHand()
    {
        // Worked by hand:
        //   EC_PJ,1,p = 120,000 kWh = 120 MWh; COP_PJ,1 = 6.0; COP_RE,1 = 4.0; EF_elec = 0.533 tCO2/MWh.
        //   RE_p = 120 × (6.0 ÷ 4.0) × 0.533 = 120 × 1.5 × 0.533 = 180 × 0.533 = 95.94 t
        //   PE_p = 120 × 0.533 = 63.96 t
        //   ER_p = 95.94 − 63.96 = 31.98 t → 31 credits (rounded down).
        var input = new HighEfficiencyChillerInput(Grid, [Unit("CH-1", 120_000m, 6.0m, 4.0m)]);
        QuantificationResult result = HighEfficiencyChillerMethodology.ThAm005Ver3.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(95.94m), result.ReferenceEmissions);
        Assert.Equal(Co2e.FromTonnes(63.96m), result.ProjectEmissions);
        Assert.Equal(Co2e.FromTonnes(31.98m), result.EmissionReductions);
        Assert.Equal(31L, result.Credits);
        Assert.Equal(
            "RE_p = Σ_i EC_PJ,i,p × (COP_PJ,i ÷ COP_RE,i) × EF_elec = EC_PJ,1,p × (COP_PJ,1 ÷ COP_RE,1) × EF_elec = 120 × (6 ÷ 4) × 0.533 = 95.94 tCO2e",
            result.Trace.FindStep("RE_p")!.ToString());
        Assert.Equal("TH_AM005", result.MethodologyId.Value);
    }

    [Fact]
    public void Quantify_TwoUnits_WorkedByHand()
    {
        // Unit 2: 80 MWh, COP 5.0 vs 4.0 → RE 80 × 1.25 × 0.533 = 53.3; PE 80 × 0.533 = 42.64.
        // Totals: RE 95.94 + 53.3 = 149.24; PE 63.96 + 42.64 = 106.6; ER 42.64 → 42 credits.
        var input = new HighEfficiencyChillerInput(Grid, [Unit("CH-1", 120_000m, 6.0m, 4.0m), Unit("CH-2", 80_000m, 5.0m, 4.0m)]);
        QuantificationResult result = HighEfficiencyChillerMethodology.ThAm005Ver3.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(149.24m), result.ReferenceEmissions);
        Assert.Equal(Co2e.FromTonnes(106.6m), result.ProjectEmissions);
        Assert.Equal(42L, result.Credits);
    }

    [Fact]
    public void Quantify_ProjectLessEfficient_NegativeErIssuesZero()
    {
        // COP 3.0 vs 4.0: RE 100 × 0.75 × 0.533 = 39.975; PE 53.3; ER −13.325 → 0 credits.
        var input = new HighEfficiencyChillerInput(Grid, [Unit("CH-1", 100_000m, 3.0m, 4.0m)]);
        QuantificationResult result = HighEfficiencyChillerMethodology.ThAm005Ver3.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(-13.325m), result.EmissionReductions);
        Assert.Equal(0L, result.Credits);
        Assert.Equal(0L, result.Vintages[0].Credits);
    }

    [Fact]
    public void ChillerUnit_ZeroCop_ThrowsNamingProjectCop()
    {
        var ex = Assert.Throws<ArgumentException>(() => Unit("CH-1", 1m, 0m, 4m));
        Assert.Equal("projectCop", ex.ParamName);
        Assert.StartsWith("COP_PJ,i must be positive; it is 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChillerUnit_CopInKilowatts_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ChillerUnit("CH-1", Fixtures.Total(1m, ParameterUnit.KilowattHour),
            Fixtures.Cop(6m, "x"), ExAnteParameter.Create(4m, ParameterUnit.Kilowatt, "x")));
        Assert.Equal("referenceCop", ex.ParamName);
        Assert.StartsWith("Mismatched units", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HighEfficiencyChillerInput_FactorPerTerajoule_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => new HighEfficiencyChillerInput(
            ExAnteParameter.Create(56.1m, ParameterUnit.TonneCo2PerTerajoule, "x"), [Unit("CH-1", 1m, 6m, 4m)]));
        Assert.Equal("electricityEmissionFactor", ex.ParamName);
    }
}
