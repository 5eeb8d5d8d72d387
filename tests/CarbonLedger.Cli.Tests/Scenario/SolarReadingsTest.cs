using System.Linq;
using CarbonLedger.Cli.Scenario;
using NodaTime;
using Xunit;

namespace CarbonLedger.Cli.Tests.Scenario;

public sealed class SolarReadingsTest
{
    private static readonly DateTimeZone Almaty = DateTimeZoneProviders.Tzdb["Asia/Almaty"];

    [Fact]
    public void Generate_DemoYear_GivesTheDemoTotalExactly()
    {
        decimal[] amounts = SolarReadings.Generate(new LocalDate(2025, 7, 1), 365, Almaty, 10_000m, ScenarioInputs.ReadingSeed);

        Assert.Equal(35_040, amounts.Length);
        Assert.Equal(17_325_462.181m, amounts.Sum());
    }

    [Fact]
    public void Generate_SameSeed_SameReadings_OtherSeed_OtherReadings()
    {
        decimal[] a = SolarReadings.Generate(new LocalDate(2025, 7, 1), 10, Almaty, 10_000m, 7);
        decimal[] b = SolarReadings.Generate(new LocalDate(2025, 7, 1), 10, Almaty, 10_000m, 7);
        decimal[] c = SolarReadings.Generate(new LocalDate(2025, 7, 1), 10, Almaty, 10_000m, 8);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Generate_Night_IsZero_AndNoReadingIsNegativeOrAboveCapacity()
    {
        decimal[] amounts = SolarReadings.Generate(new LocalDate(2025, 12, 21), 1, Almaty, 10_000m, 1);

        Assert.Equal(0m, amounts[0]);        // 00:00–00:15 local
        Assert.Equal(0m, amounts[^1]);       // 23:45–24:00 local
        Assert.All(amounts, a => Assert.InRange(a, 0m, 10_000m * 0.25m));
        Assert.True(amounts[48] > 0m);       // 12:00–12:15 local
    }
}
