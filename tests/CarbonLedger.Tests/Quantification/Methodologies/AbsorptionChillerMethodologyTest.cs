using System;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Methodologies;

public class AbsorptionChillerMethodologyTest
{
    internal static readonly AbsorptionChillerMethodology Methodology = new(MethodologyId.Parse("ID_AM022"), new MethodologyVersion(1, 0), GwpSet.Ar5);

    internal static FuelCombustion NaturalGas(MonitoredParameter consumption) => new(consumption,
        ExAnteParameter.Create(48m, ParameterUnit.GigajoulePerTonne, "IPCC default NCV of natural gas"),
        ExAnteParameter.Create(56.1m, ParameterUnit.TonneCo2PerTerajoule, "IPCC default EF of natural gas"));

    internal static AbsorptionChillerInput Input(decimal coolingMegawattHours, MonitoredParameter electricity, MonitoredParameter gas) => new(
        Fixtures.Total(coolingMegawattHours, ParameterUnit.MegawattHour), Fixtures.Cop(5m, "reference electric chiller"), electricity,
        ExAnteParameter.Create(0.6m, ParameterUnit.TonneCo2PerMegawattHour, "grid"), NaturalGas(gas));

    [Fact]
    public void Quantify_FuelTermOutweighs_NegativeErIssuesZero()
    {
        // RE: 2,000 MWh ÷ 5 × 0.6 = 240 t. PE: 50 MWh × 0.6 = 30 t plus 100 t gas × 0.048 TJ/t × 56.1 t/TJ = 269.28 t → 299.28 t.
        // ER = 240 − 299.28 = −59.28 t: a valid result that issues 0 credits.
        AbsorptionChillerInput input = Input(2_000m, Fixtures.Total(50m, ParameterUnit.MegawattHour), Fixtures.Total(100m, ParameterUnit.Tonne));
        QuantificationResult result = Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(240m), result.ReferenceEmissions);
        Assert.Equal(Co2e.FromTonnes(299.28m), result.ProjectEmissions);
        Assert.Equal(Co2e.FromTonnes(-59.28m), result.EmissionReductions);
        Assert.Equal(0L, result.Credits);
        Assert.Equal("ER_p = RE_p − PE_p = 240 − 299.28 = -59.28 tCO2e", result.Trace.FindStep("ER_p")!.ToString());
        Assert.Equal("Credits_p = max(0, ⌊ER_p⌋) (whole tonnes; a negative ER issues nothing) = max(0, ⌊ER_p⌋) = max(0, ⌊-59.28⌋) = 0 credits",
            result.Trace.FindStep("Credits_p")!.ToString());
    }

    [Fact]
    public void Quantify_MoreCooling_PositiveEr()
    {
        // RE 4,000 ÷ 5 × 0.6 = 480; PE 299.28; ER 180.72 → 180 credits.
        AbsorptionChillerInput input = Input(4_000m, Fixtures.Total(50m, ParameterUnit.MegawattHour), Fixtures.Total(100m, ParameterUnit.Tonne));
        QuantificationResult result = Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(180L, result.Credits);
        Assert.Equal("PE_p = EC_PJ,p × EF_elec + FC_PJ,p × NCV × EF_fuel = 50 × 0.6 + 100 × 0.048 × 56.1 = 299.28 tCO2e",
            result.Trace.FindStep("PE_p")!.ToString());
        Assert.Equal("RE_p = Q_cool,p ÷ COP_RE × EF_elec = 4000 ÷ 5 × 0.6 = 480 tCO2e", result.Trace.FindStep("RE_p")!.ToString());
    }

    [Fact]
    public void FuelCombustion_VolumeWithNcvPerMass_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => NaturalGas(Fixtures.Total(100m, ParameterUnit.CubicMetre)));
        Assert.Equal("netCalorificValue", ex.ParamName);
        Assert.StartsWith("Mismatched units: NCV must be per volume of fuel because FC_PJ,p is in m3; the NCV is in GJ/t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelCombustion_ConsumptionInMegawattHours_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => NaturalGas(Fixtures.Total(100m, ParameterUnit.MegawattHour)));
        Assert.Equal("consumption", ex.ParamName);
    }

    [Fact]
    public void AbsorptionChillerInput_CoolingInGigajoules_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AbsorptionChillerInput(
            Fixtures.Total(7_200m, ParameterUnit.Gigajoule), Fixtures.Cop(5m, "x"), Fixtures.Total(50m, ParameterUnit.MegawattHour),
            ExAnteParameter.Create(0.6m, ParameterUnit.TonneCo2PerMegawattHour, "grid"), NaturalGas(Fixtures.Total(1m, ParameterUnit.Tonne))));
        Assert.Equal("coolingOutput", ex.ParamName);
    }
}
