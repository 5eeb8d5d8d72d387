using System;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Methodologies;

public class SolarPvMethodologyTest
{
    private static QuantificationResult Mongolia1500(MidpointRounding? rounding = null)
    {
        SolarPvInput input = Fixtures.MongoliaPv(Fixtures.Total(1_500m, ParameterUnit.MegawattHour));
        return rounding is MidpointRounding r
            ? SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite, input, r)
            : SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite, input);
    }

    [Fact]
    public void Quantify_Mongolia1500MWh_1195Point5TonnesAnd1195Credits()
    {
        // MN_AM003: 1,500 MWh × 0.797 tCO2/MWh = 1,195.5 tCO2e, rounded down to 1,195 credits.
        QuantificationResult result = Mongolia1500();
        Assert.Equal(Co2e.FromTonnes(1_195.5m), result.ReferenceEmissions);
        Assert.Equal(Co2e.Zero, result.ProjectEmissions);
        Assert.Equal(Co2e.FromTonnes(1_195.5m), result.EmissionReductions);
        Assert.Equal(1_195L, result.Credits);
        Assert.Equal(MidpointRounding.ToNegativeInfinity, result.CreditRounding);
        Assert.Equal("MN_AM003", result.MethodologyId.Value);
        Assert.Equal("Ver2.0", result.MethodologyVersion.ToString());
        Assert.Equal(GwpSet.Ar5, result.GwpSet);
    }

    [Fact]
    public void Quantify_RoundUpPolicy_1196CreditsRecorded()
    {
        QuantificationResult result = Mongolia1500(MidpointRounding.ToPositiveInfinity);
        Assert.Equal(1_196L, result.Credits);
        Assert.Equal(MidpointRounding.ToPositiveInfinity, result.CreditRounding);
        Assert.Equal("Credits_p = max(0, ⌈ER_p⌉) (whole tonnes; a negative ER issues nothing) = max(0, ⌈ER_p⌉) = max(0, ⌈1195.5⌉) = 1196 credits",
            result.Trace.FindStep("Credits_p")!.ToString());
    }

    [Fact]
    public void Quantify_UndefinedRounding_Throws()
    {
        SolarPvInput input = Fixtures.MongoliaPv(Fixtures.Total(1m, ParameterUnit.MegawattHour));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite, input, (MidpointRounding)42));
    }

    [Fact]
    public void Quantify_Mongolia_TraceStatesEveryParameterAndStep()
    {
        CalculationTrace trace = Mongolia1500().Trace;
        Assert.Equal(
            "RE_p = Σ_i EG_i,p × EF_i = EG_1,p × EF_1 = 1500 × 0.797 = 1195.5 tCO2e",
            trace.FindStep("RE_p")!.ToString());
        Assert.Equal("ER_p = RE_p − PE_p = 1195.5 − 0 = 1195.5 tCO2e", trace.FindStep("ER_p")!.ToString());
        Assert.Equal("Credits_p = max(0, ⌊ER_p⌋) (whole tonnes; a negative ER issues nothing) = max(0, ⌊ER_p⌋) = max(0, ⌊1195.5⌋) = 1195 credits",
            trace.FindStep("Credits_p")!.ToString());
        TracedParameter eg = trace.FindParameter("EG_1,p")!;
        Assert.Equal(ParameterKind.Monitored, eg.Kind);
        Assert.Equal(MonitoringOption.C, eg.Option);
        Assert.Equal("test meter", eg.Source);
        TracedParameter ef = trace.FindParameter("EF_1")!;
        Assert.Equal(0.797m, ef.UsedValue);
        Assert.Equal(ParameterUnit.TonneCo2PerMegawattHour, ef.Unit);
        Assert.Equal(MonitoringOption.A, ef.Option);
        Assert.Contains("MN_AM003", ef.Source, StringComparison.Ordinal);
        Assert.Contains("case 1 (GridConnected)", ef.Source, StringComparison.Ordinal);
        Assert.StartsWith("MN_AM003 Ver2.0 (Installation of Solar PV System), GWP set AR5; period 2024-01-01..2024-12-31", trace.Heading, StringComparison.Ordinal);
        Assert.Contains("EF_1 = 0.797 tCO2/MWh [ex ante, option A, fixed ex ante; source: ", trace.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Quantify_KilowattHours_ConvertedExactly()
    {
        SolarPvInput input = Fixtures.MongoliaPv(Fixtures.Total(1_500_000m, ParameterUnit.KilowattHour));
        QuantificationResult result = SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite, input);
        Assert.Equal(1_195L, result.Credits);
        Assert.Equal(1_500m, result.Trace.FindParameter("EG_1,p")!.UsedValue);
    }

    [Fact]
    public void Quantify_TwoSystemsDifferentCases_EachItsFactor()
    {
        // 1,000 MWh grid-connected × 0.619 + 200 MWh with a captive generator × 0.533 (Jamali) = 619 + 106.6 = 725.6 t.
        var input = new SolarPvInput(JcmGridEmissionFactors.Find("ID", "Jamali"),
        [
            new SolarPvSystem("Roof A", Fixtures.Total(1_000m, ParameterUnit.MegawattHour), GridConnectionCase.GridConnected),
            new SolarPvSystem("Roof B", Fixtures.Total(200m, ParameterUnit.MegawattHour), GridConnectionCase.CaptiveOrIsolated),
        ]);
        var site = new MonitoringSite("ID-PV", NodaTime.DateTimeZoneProviders.Tzdb["Asia/Jakarta"]);
        QuantificationResult result = new SolarPvMethodology(MethodologyId.Parse("ID_AM007"), new MethodologyVersion(1, 0), GwpSet.Ar5)
            .Quantify(Fixtures.Year2024, site, input);
        Assert.Equal(Co2e.FromTonnes(725.6m), result.EmissionReductions);
        Assert.Equal(725L, result.Credits);
        Assert.Equal("RE_p = Σ_i EG_i,p × EF_i = EG_1,p × EF_1 + EG_2,p × EF_2 = 1000 × 0.619 + 200 × 0.533 = 725.6 tCO2e",
            result.Trace.FindStep("RE_p")!.ToString());
    }

    [Fact]
    public void Quantify_KazakhstanSuppliedFactor_UsesItWithSource()
    {
        var factors = GridEmissionFactorSet.Supplied("KZ", "Unified power system", EmissionFactor.TonnesPerMegawattHour(0.9m), "Project's TOOL07 combined margin");
        var input = new SolarPvInput(factors, [new SolarPvSystem("PV", Fixtures.Total(100m, ParameterUnit.MegawattHour), GridConnectionCase.GridConnected)]);
        QuantificationResult result = new SolarPvMethodology(MethodologyId.Parse("KZ_PM001"), new MethodologyVersion(1, 0), GwpSet.Ar5)
            .Quantify(Fixtures.Year2024, Fixtures.AlmatySite, input);
        Assert.Equal(90L, result.Credits);
        Assert.Null(result.Trace.FindParameter("EF_1")!.Option);
        Assert.StartsWith("Project's TOOL07 combined margin", result.Trace.FindParameter("EF_1")!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void SolarPvInput_CaptiveCaseWithoutFactor_Throws()
    {
        var factors = GridEmissionFactorSet.Supplied("KZ", "Unified power system", EmissionFactor.TonnesPerMegawattHour(0.9m), "own");
        var ex = Assert.Throws<ArgumentException>(() => new SolarPvInput(factors,
            [new SolarPvSystem("PV", Fixtures.Total(1m, ParameterUnit.MegawattHour), GridConnectionCase.CaptiveOrIsolated)]));
        Assert.Equal("systems", ex.ParamName);
    }

    [Fact]
    public void SolarPvInput_NoSystem_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SolarPvInput(JcmGridEmissionFactors.Mongolia, []));
        Assert.Equal("systems", ex.ParamName);
    }

    [Fact]
    public void SolarPvSystem_GenerationInTonnes_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new SolarPvSystem("PV", Fixtures.Total(1m, ParameterUnit.Tonne), GridConnectionCase.GridConnected));
        Assert.Equal("generation", ex.ParamName);
        Assert.StartsWith("Mismatched units: EG_i,p (AC output) must be given in a unit of Energy (canonical MWh); it is in t (FuelMass)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantify_ReadingsForAnotherSite_Throws()
    {
        var site = new MonitoringSite("site {0}", NodaTime.DateTimeZone.Utc);
        var series = MeterReadingSeries.Create(site, Fixtures.Year2024, ParameterUnit.MegawattHour, []);
        SolarPvInput input = Fixtures.MongoliaPv(MonitoredParameter.FromReadings(series, MonitoringOption.C, "meter"));
        var ex = Assert.Throws<ArgumentException>(() => SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite, input));
        Assert.Equal("parameter", ex.ParamName);
        Assert.StartsWith("Readings of EG_1,p belong to another period or site; this calculation is for 2024-01-01..2024-12-31 at MN-PV-1 (Asia/Ulaanbaatar), " +
            "the readings for 2024-01-01..2024-12-31 at site {0} (UTC)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantify_NullInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite, null!));
    }
}
