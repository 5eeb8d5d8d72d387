using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Parties;
using CarbonLedger.Quantities;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Article6.Adjustments;

public class CorrespondingAdjustmentsTest
{
    private static readonly Country Thailand = Country.FromAlpha3("THA");
    private static readonly NdcPeriod Period = NdcPeriod.Create(2026, 2030);

    // Thailand first transfers 1,000 t of vintage 2028 and 500 t of 2030; Japan uses 300 t for 2029 and 900 t for 2030.
    private static readonly ItmoAction[] Actions =
    [
        ActionFactory.FirstTransfer(Thailand, 2028, 1_000),
        ActionFactory.FirstTransfer(Thailand, 2030, 500),
        ActionFactory.Use(Country.Japan, 2028, 300, 2029),
        ActionFactory.Use(Country.Japan, 2028, 700, 2030),
        ActionFactory.Use(Country.Japan, 2030, 200, 2030),
        ActionFactory.Use(Country.Japan, 2030, 50, 2030, UsePurpose.Imp),
        ActionFactory.Use(Country.Japan, 2030, 50, 2031),
        ActionFactory.FirstTransfer(Thailand, 2025, 70),
    ];

    [Fact]
    public void Calculate_Trajectory_TransferringPartyAddsByVintage()
    {
        CorrespondingAdjustmentResult r = CorrespondingAdjustments.Calculate(Actions, Thailand, AdjustmentMethod.SingleYearTrajectory, Period, 0, MidpointRounding.ToEven);

        Assert.Equal([0m, 0m, 1_000m, 0m, 500m], r.Years.Select(y => y.Applied!.Value.Tonnes));
        Assert.Equal(Co2e.FromTonnes(500), r.AppliedInLastYear);
        Assert.Equal(Co2e.FromTonnes(1_500), r.Cumulative);
        Assert.Null(r.Average);
        Assert.Equal("2028 net (added: first transferred, vintage 2028; subtracted: used towards the NDC, year of use 2028): 1000 − 0 = 1000 tCO2e", r.Steps[2].ToString());
        Assert.Equal("Applied in NDC year 2030 (trajectory: that year's net): 500 = 500 tCO2e", r.Steps[^1].ToString());
    }

    [Fact]
    public void Calculate_Trajectory_UsingPartySubtractsNdcUsesByYearOfUse()
    {
        CorrespondingAdjustmentResult r = CorrespondingAdjustments.Calculate(Actions, Country.Japan, AdjustmentMethod.SingleYearTrajectory, Period, 0, MidpointRounding.ToEven);

        Assert.Equal([0m, 0m, 0m, 300m, 900m], r.Years.Select(y => y.Subtracted.Tonnes));
        Assert.Equal([0m, 0m, 0m, -300m, -900m], r.Years.Select(y => y.Net.Tonnes));
        Assert.Equal(Co2e.FromTonnes(-1_200), r.Cumulative);
    }

    [Fact]
    public void Calculate_Averaging_CumulativeOverElapsedYearsInNdcYear()
    {
        CorrespondingAdjustmentResult r = CorrespondingAdjustments.Calculate(Actions, Country.Japan, AdjustmentMethod.SingleYearAveraging, Period, 0, MidpointRounding.ToEven);

        Assert.Equal(Co2e.FromTonnes(-240), r.Average);
        Assert.Equal(Co2e.FromTonnes(-240), r.AppliedInLastYear);
        Assert.All(r.Years.Take(4), y => Assert.Null(y.Applied));
        Assert.Equal("Cumulative 2026-2030: 0 + 0 + 0 + -300 + -900 = -1200 tCO2e", r.Steps[5].ToString());
        Assert.Equal("-1200 ÷ 5", r.Steps[6].Expression);
    }

    [Theory]
    [InlineData(MidpointRounding.ToZero, 2, "333.33")]
    [InlineData(MidpointRounding.ToPositiveInfinity, 2, "333.34")]
    [InlineData(MidpointRounding.ToEven, 0, "333")]
    [InlineData(MidpointRounding.ToEven, 4, "333.3333")]
    public void Calculate_AveragingNonTerminating_RoundsAsAsked(MidpointRounding rounding, int places, string expected)
    {
        ItmoAction[] actions = [ActionFactory.FirstTransfer(Thailand, 2028, 1_000)];
        CorrespondingAdjustmentResult r = CorrespondingAdjustments.Calculate(actions, Thailand, AdjustmentMethod.SingleYearAveraging, NdcPeriod.Create(2028, 2030), places, rounding);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Average!.Value.Tonnes);
        Assert.Equal(places, r.AverageDecimalPlaces);
        Assert.Contains("exact quotient 1000/3", r.Steps[^2].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MultiYear_AnnualAndCumulativeAtEnd()
    {
        CorrespondingAdjustmentResult r = CorrespondingAdjustments.Calculate(Actions, Thailand, AdjustmentMethod.MultiYear, Period, 0, MidpointRounding.ToEven);

        Assert.Equal([0m, 0m, 1_000m, 0m, 500m], r.Years.Select(y => y.Applied!.Value.Tonnes));
        Assert.Equal("Applied at the end of the period 2026-2030 (multi-year: cumulative): 1500 = 1500 tCO2e", r.Steps[^1].ToString());
    }

    [Fact]
    public void Calculate_BadArguments_ThrowNamingParameter()
    {
        Assert.Equal("averageDecimalPlaces", Assert.Throws<ArgumentOutOfRangeException>(() =>
            CorrespondingAdjustments.Calculate(Actions, Thailand, AdjustmentMethod.MultiYear, Period, 11, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() =>
            CorrespondingAdjustments.Calculate(Actions, Thailand, (AdjustmentMethod)9, Period, 0, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => NdcPeriod.Create(2030, 2026)).ParamName);
    }

    [Fact]
    public void Calculate_RandomActions_YearsSumToTotalsAndMethodsAgree()
    {
        var genAction = Gen.Select(Gen.Bool, Gen.Int[2020, 2035], Gen.Long[1, 10_000], Gen.Int[2020, 2035], Gen.Bool);
        genAction.Array[0, 60].Sample(raw =>
        {
            var actions = new List<ItmoAction>();
            foreach ((bool transfer, int vintage, long count, int yearOfUse, bool japan) in raw)
            {
                Country party = japan ? Country.Japan : Thailand;
                actions.Add(transfer ? ActionFactory.FirstTransfer(party, vintage, count) : ActionFactory.Use(party, vintage, count, yearOfUse));
            }
            foreach (Country party in new[] { Country.Japan, Thailand })
            {
                var trajectory = CorrespondingAdjustments.Calculate(actions, party, AdjustmentMethod.SingleYearTrajectory, Period, 3, MidpointRounding.ToEven);
                var averaging = CorrespondingAdjustments.Calculate(actions, party, AdjustmentMethod.SingleYearAveraging, Period, 3, MidpointRounding.ToEven);
                var multi = CorrespondingAdjustments.Calculate(actions, party, AdjustmentMethod.MultiYear, Period, 3, MidpointRounding.ToEven);
                long added = actions.Where(a => a.Party.Equals(party) && a.Type == ItmoActionType.FirstTransfer && Period.Contains(a.Vintage)).Sum(a => a.Quantity);
                long subtracted = actions.Where(a => a.Party.Equals(party) && a.Type == ItmoActionType.Use && Period.Contains(a.YearOfUse!.Value)).Sum(a => a.Quantity);
                Assert.Equal(Co2e.FromTonnes(added - subtracted), trajectory.Cumulative);
                Assert.Equal(trajectory.Cumulative, Co2e.Sum(trajectory.Years.Select(y => y.Applied!.Value)));
                Assert.Equal(multi.Cumulative, trajectory.Cumulative);
                Assert.True(Math.Abs((averaging.Average!.Value.Tonnes * 5) - averaging.Cumulative.Tonnes) <= 0.0025m * 5);
                Assert.Equal(trajectory.Years.Select(y => y.Net), averaging.Years.Select(y => y.Net));
            }
        });
    }
}
