using System;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Methodologies;

public class LedLightingMethodologyTest
{
    private static readonly LedLightingMethodology Methodology = new(MethodologyId.Parse("ID_AM020"), new MethodologyVersion(1, 0), GwpSet.Ar5);

    [Fact]
    public void Quantify_EfficacyRatio_WorkedByHand()
    {
        // EC 10 MWh; η 150 ÷ 60 lm/W = 2.5; EF 0.7: RE 10 × 2.5 × 0.7 = 17.5; PE 10 × 0.7 = 7; ER 10.5 → 10 credits.
        var input = new LedLightingInput(
            Fixtures.Total(10m, ParameterUnit.MegawattHour),
            ExAnteParameter.Create(150m, ParameterUnit.LumenPerWatt, "LED datasheet"),
            ExAnteParameter.Create(60m, ParameterUnit.LumenPerWatt, "fluorescent default"),
            ExAnteParameter.Create(0.7m, ParameterUnit.TonneCo2PerMegawattHour, "grid"));
        QuantificationResult result = Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(17.5m), result.ReferenceEmissions);
        Assert.Equal(Co2e.FromTonnes(7m), result.ProjectEmissions);
        Assert.Equal(10L, result.Credits);
        Assert.Equal("RE_p = EC_PJ,p × (η_PJ ÷ η_RE) × EF_elec = 10 × (150 ÷ 60) × 0.7 = 17.5 tCO2e", result.Trace.FindStep("RE_p")!.ToString());
    }

    [Fact]
    public void LedLightingInput_EfficacyAsDimensionless_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LedLightingInput(
            Fixtures.Total(10m, ParameterUnit.MegawattHour), Fixtures.Cop(150m, "x"),
            ExAnteParameter.Create(60m, ParameterUnit.LumenPerWatt, "x"), ExAnteParameter.Create(0.7m, ParameterUnit.TonneCo2PerMegawattHour, "x")));
        Assert.Equal("projectEfficacy", ex.ParamName);
    }

    [Fact]
    public void LedLightingInput_ZeroEfficacy_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LedLightingInput(
            Fixtures.Total(10m, ParameterUnit.MegawattHour), ExAnteParameter.Create(150m, ParameterUnit.LumenPerWatt, "x"),
            ExAnteParameter.Create(0m, ParameterUnit.LumenPerWatt, "x"), ExAnteParameter.Create(0.7m, ParameterUnit.TonneCo2PerMegawattHour, "x")));
        Assert.Equal("referenceEfficacy", ex.ParamName);
    }
}
