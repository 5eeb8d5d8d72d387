using System;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Methodologies;

public class FuelEfficiencyMethodologyTest
{
    private static readonly FuelEfficiencyMethodology Methodology = new(MethodologyId.Parse("MN_PM099"), new MethodologyVersion(1, 0), GwpSet.Ar5);

    private static FuelCombustion Coal(MonitoredParameter consumption) => new(consumption,
        ExAnteParameter.Create(25.8m, ParameterUnit.GigajoulePerTonne, "IPCC default NCV, other bituminous coal"),
        ExAnteParameter.Create(94.6m, ParameterUnit.TonneCo2PerTerajoule, "IPCC default EF, other bituminous coal"));

    [Fact]
    public void Quantify_BoilerEfficiency_WorkedByHand()
    {
        // FC 500 t × NCV 0.0258 TJ/t × EF 94.6 tCO2/TJ = 1,220.34 t; η 90 % ÷ 80 % = 1.125.
        // RE = 1,220.34 × 1.125 = 1,372.8825 t; PE = 1,220.34 t; ER = 152.5425 t → 152 credits.
        var input = new FuelEfficiencyInput(Coal(Fixtures.Total(500m, ParameterUnit.Tonne)),
            ExAnteParameter.Create(90m, ParameterUnit.Percent, "boiler test report"),
            ExAnteParameter.Create(80m, ParameterUnit.Percent, "reference boiler default"));
        QuantificationResult result = Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(1_372.8825m), result.ReferenceEmissions);
        Assert.Equal(Co2e.FromTonnes(1_220.34m), result.ProjectEmissions);
        Assert.Equal(152L, result.Credits);
        Assert.Equal("RE_p = FC_PJ,p × NCV × EF_fuel × (η_PJ ÷ η_RE) = 500 × 0.0258 × 94.6 × (0.9 ÷ 0.8) = 1372.8825 tCO2e",
            result.Trace.FindStep("RE_p")!.ToString());
        TracedParameter eta = result.Trace.FindParameter("η_PJ")!;
        Assert.Equal(90m, eta.StatedValue);
        Assert.Equal(ParameterUnit.Percent, eta.Unit);
        Assert.Equal(0.9m, eta.UsedValue);
    }

    [Fact]
    public void Quantify_VolumeChain_KilolitresAndGigajoulesPerKilolitre()
    {
        // Diesel: 10,000 L = 10 kL × 36 GJ/kL (0.036 TJ/kL) × 74.1 t/TJ = 26.676 t; η 0.92 ÷ 0.8 = 1.15 → RE 30.6774; ER 4.0014 → 4.
        var fuel = new FuelCombustion(Fixtures.Total(10_000m, ParameterUnit.Litre),
            ExAnteParameter.Create(36m, ParameterUnit.GigajoulePerKilolitre, "NCV"), ExAnteParameter.Create(74.1m, ParameterUnit.TonneCo2PerTerajoule, "EF"));
        var input = new FuelEfficiencyInput(fuel, Fixtures.Cop(0.92m, "x"), Fixtures.Cop(0.8m, "y"));
        QuantificationResult result = Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(26.676m), result.ProjectEmissions);
        Assert.Equal(Co2e.FromTonnes(4.0014m), result.EmissionReductions);
        Assert.Equal(4L, result.Credits);
    }

    [Fact]
    public void FuelEfficiencyInput_ZeroEfficiency_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FuelEfficiencyInput(Coal(Fixtures.Total(1m, ParameterUnit.Tonne)),
            Fixtures.Cop(0m, "x"), Fixtures.Cop(0.8m, "y")));
        Assert.Equal("projectEfficiency", ex.ParamName);
        Assert.StartsWith("η_PJ must be positive; it is 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelCombustion_ZeroNcv_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FuelCombustion(Fixtures.Total(1m, ParameterUnit.Tonne),
            ExAnteParameter.Create(0m, ParameterUnit.GigajoulePerTonne, "x"), ExAnteParameter.Create(94.6m, ParameterUnit.TonneCo2PerTerajoule, "x")));
        Assert.Equal("netCalorificValue", ex.ParamName);
    }

    [Fact]
    public void FuelCombustion_FactorPerMegawattHour_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FuelCombustion(Fixtures.Total(1m, ParameterUnit.Tonne),
            ExAnteParameter.Create(25.8m, ParameterUnit.GigajoulePerTonne, "x"), ExAnteParameter.Create(0.7m, ParameterUnit.TonneCo2PerMegawattHour, "x")));
        Assert.Equal("emissionFactor", ex.ParamName);
    }
}
