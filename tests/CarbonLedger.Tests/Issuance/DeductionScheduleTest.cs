using System;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Issuance;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Issuance;

public class DeductionScheduleTest
{
    [Fact]
    public void Article64_SopFloorOmgeCeiling_17673()
    {
        DeductionOutcome outcome = DeductionSchedule.Article64(MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity).Apply(17_673);

        Assert.Equal(883, outcome.CreditsOf(DeductionKind.ShareOfProceeds));
        Assert.Equal(354, outcome.CreditsOf(DeductionKind.OverallMitigation));
        Assert.Equal(16_436, outcome.Net);
        Assert.Equal(1_237, outcome.Deducted);
        Assert.Equal("17673 − 883 − 354 = 16436", outcome.ToString());
        Assert.Equal("Adaptation Fund", outcome.Items[0].Deduction.Destination);
    }

    [Fact]
    public void Article64_SopCeilingOmgeFloor_17673()
    {
        DeductionOutcome outcome = DeductionSchedule.Article64(MidpointRounding.ToPositiveInfinity, MidpointRounding.ToNegativeInfinity).Apply(17_673);

        Assert.Equal(884, outcome.CreditsOf(DeductionKind.ShareOfProceeds));
        Assert.Equal(353, outcome.CreditsOf(DeductionKind.OverallMitigation));
        Assert.Equal(16_436, outcome.Net);
    }

    [Fact]
    public void Article64_HigherOmgeRate_Applied()
    {
        DeductionOutcome outcome = DeductionSchedule.Article64(MidpointRounding.ToNegativeInfinity, Share.FromPercent(3m), MidpointRounding.ToPositiveInfinity).Apply(1_000);
        Assert.Equal(50, outcome.CreditsOf(DeductionKind.ShareOfProceeds));
        Assert.Equal(30, outcome.CreditsOf(DeductionKind.OverallMitigation));
        Assert.Equal(920, outcome.Net);
    }

    [Fact]
    public void Apply_OneCreditTwoCeilings_LaterDeductionCapped()
    {
        DeductionOutcome outcome = DeductionSchedule.Article64(MidpointRounding.ToPositiveInfinity, MidpointRounding.ToPositiveInfinity).Apply(1);

        Assert.Equal(1, outcome.CreditsOf(DeductionKind.ShareOfProceeds));
        Assert.Equal(0, outcome.CreditsOf(DeductionKind.OverallMitigation));
        Assert.Equal(0, outcome.Net);
    }

    [Fact]
    public void Apply_BufferToNearest_HalvesToEven()
    {
        var schedule = DeductionSchedule.Create(Deduction.BufferPool(Share.FromFraction(1, 10), MidpointRounding.ToEven, "AFOLU pooled buffer"));
        Assert.Equal(2, schedule.Apply(25).CreditsOf(DeductionKind.BufferPool));
        Assert.Equal(4, schedule.Apply(35).CreditsOf(DeductionKind.BufferPool));
        Assert.Equal(0, schedule.Apply(35).CreditsOf(DeductionKind.ShareOfProceeds));
        Assert.Equal(35, DeductionSchedule.None.Apply(35).Net);
    }

    [Fact]
    public void Create_BadSchedules_Throw()
    {
        Assert.Contains("at most 1; they sum to 6/5", Assert.Throws<ArgumentException>(() => DeductionSchedule.Create(
            Deduction.ShareOfProceeds(Share.FromPercent(60m), MidpointRounding.ToZero),
            Deduction.OverallMitigation(Share.FromPercent(60m), MidpointRounding.ToZero))).Message, StringComparison.Ordinal);
        Assert.Contains("appears more than once", Assert.Throws<ArgumentException>(() => DeductionSchedule.Create(
            Deduction.ShareOfProceeds(Share.FromPercent(5m), MidpointRounding.ToZero),
            Deduction.ShareOfProceeds(Share.FromPercent(5m), MidpointRounding.ToZero))).Message, StringComparison.Ordinal);
        Assert.Equal("omgeRate", Assert.Throws<ArgumentException>(() =>
            DeductionSchedule.Article64(MidpointRounding.ToZero, Share.FromPercent(1m), MidpointRounding.ToZero)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentException>(() => Deduction.ShareOfProceeds(Share.FromFraction(3, 2), MidpointRounding.ToZero)).ParamName);
        Assert.Equal("rounding", Assert.Throws<ArgumentOutOfRangeException>(() => Deduction.ShareOfProceeds(Share.One, (MidpointRounding)42)).ParamName);
        Assert.Equal("gross", Assert.Throws<ArgumentOutOfRangeException>(() => DeductionSchedule.None.Apply(0)).ParamName);
    }

    [Fact]
    public void Property_NetPlusDeductionsIsGross_EachWithinItsRounding()
    {
        MidpointRounding[] roundings = Enum.GetValues<MidpointRounding>();
        Gen.Select(Gen.Long[1, 10_000_000_000], Gen.Int[0, 333].Array[3], Gen.Int[0, roundings.Length - 1].Array[3])
            .Sample((gross, permille, roundingIndex) =>
            {
                var schedule = DeductionSchedule.Create(
                    Deduction.ShareOfProceeds(Share.FromFraction(permille[0], 1000), roundings[roundingIndex[0]]),
                    Deduction.OverallMitigation(Share.FromFraction(permille[1], 1000), roundings[roundingIndex[1]]),
                    Deduction.BufferPool(Share.FromFraction(permille[2], 1000), roundings[roundingIndex[2]], "Buffer"));
                DeductionOutcome outcome = schedule.Apply(gross);
                Assert.Equal(gross, outcome.Net + outcome.Items.Sum(i => i.Credits));
                Assert.True(outcome.Net >= 0);
                long remaining = gross;
                foreach (DeductedCredits item in outcome.Items)
                {
                    Assert.True(item.Credits >= 0);
                    long denominator = item.Deduction.Rate.Denominator;
                    Int128 exactTimesDenominator = (Int128)gross * item.Deduction.Rate.Numerator;
                    long floor = (long)(exactTimesDenominator / denominator);
                    long twiceRemainder = 2 * (long)(exactTimesDenominator % denominator);
                    long ceiling = twiceRemainder == 0 ? floor : floor + 1;
                    long expectedUncapped = item.Deduction.Rounding switch
                    {
                        MidpointRounding.ToPositiveInfinity => ceiling,
                        MidpointRounding.ToNegativeInfinity or MidpointRounding.ToZero => floor,
                        MidpointRounding.AwayFromZero => twiceRemainder >= denominator ? ceiling : floor,
                        _ => twiceRemainder > denominator || (twiceRemainder == denominator && floor % 2 == 1) ? ceiling : floor,
                    };
                    Assert.Equal(Math.Min(expectedUncapped, remaining), item.Credits);
                    remaining -= item.Credits;
                }
            }, iter: 5_000);
    }
}
