using System;
using CarbonLedger.Quantities;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public partial class Co2eTest
{
    [Fact]
    public void FromTonnes_ScaleDiffers_EqualAndSameHash()
    {
        Co2e a = Co2e.FromTonnes(1.0m);
        Co2e b = Co2e.FromTonnes(1.00m);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(Co2e.FromTonnes(1.0m), Co2e.FromTonnes(1.00m), Co2e.FromTonnes(1.01m), Co2e.Zero, Co2e.FromTonnes(-1m));
        ValueContract.AssertOrdering(Co2e.FromTonnes(-2.5m), Co2e.Zero, Co2e.FromTonnes(0.001m), Co2e.FromTonnes(12.5m));
    }

    [Fact]
    public void ToWholeCredits_Floor_RoundsDown()
    {
        Assert.Equal(1195L, Co2e.FromTonnes(1195.5m).ToWholeCredits(MidpointRounding.ToNegativeInfinity));
    }
}
