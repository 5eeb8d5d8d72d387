using System;
using CarbonLedger.Quantities;
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
    public void ToWholeCredits_Floor_RoundsDown()
    {
        Assert.Equal(1195L, Co2e.FromTonnes(1195.5m).ToWholeCredits(MidpointRounding.ToNegativeInfinity));
    }
}
