using System;
using System.Globalization;
using System.Linq;
using CarbonLedger.Cli.Scenario;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Reports.Documents;
using NodaTime;
using Xunit;

namespace CarbonLedger.Reports.Tests.Documents;

public sealed class RetirementCertificateTest
{
    private static readonly ScenarioOutcome O = DemoScenario.Outcome;

    [Fact]
    public void All_Demo_OneCertificatePerRetirementWithTheEventsFigures()
    {
        LedgerSnapshot japan = O.Japan.Current;
        RetirementCertificate certificate = Assert.Single(RetirementCertificate.All(japan));
        CreditsRetired retired = japan.Events.OfType<CreditsRetired>().Single();
        Assert.Equal(5_172, certificate.Quantity);
        Assert.Equal(retired.Hash, certificate.EventHash);
        Assert.Equal(new[] { 2025, 2026 }, certificate.Vintages);
        Assert.Equal("KZ001", Assert.Single(certificate.Projects).ToString());
        Assert.Empty(RetirementCertificate.All(O.Kazakhstan.Current));
    }

    [Fact]
    public void ToPdf_Demo_ExtractedTextHoldsEveryFigure()
    {
        LedgerSnapshot japan = O.Japan.Current;
        CreditsRetired retired = japan.Events.OfType<CreditsRetired>().Single();
        string text = PdfText.All(RetirementCertificate.Of(retired).ToPdf());

        Assert.Contains("Retirement certificate", text, StringComparison.Ordinal);
        Assert.Contains("Registry JPN01", text, StringComparison.Ordinal);
        Assert.Contains("Quantity 5,172", text, StringComparison.Ordinal);
        Assert.Contains("Vintage 2025, 2026", text, StringComparison.Ordinal);
        Assert.Contains("Project KZ001", text, StringComparison.Ordinal);
        Assert.Contains("Beneficiary " + retired.Beneficiary, text, StringComparison.Ordinal);
        Assert.Contains("Purpose " + retired.Purpose, text, StringComparison.Ordinal);
        Assert.Contains("Retired at 2026-12-10 03:00:00 UTC", text, StringComparison.Ordinal);
        Assert.Contains(retired.Hash.ToString(), text, StringComparison.Ordinal);
        Assert.Contains(retired.PreviousHash.ToString(), text, StringComparison.Ordinal);
        foreach (CreditBlock block in retired.Blocks)
        {
            Assert.Contains($"{block.Block} {block.Count.ToString("#,0", CultureInfo.InvariantCulture)} KZ001 {block.Attributes.Vintage} KAZ01", text, StringComparison.Ordinal);
        }
        Assert.Contains("1-2456 2,456 KZ001 2025 KAZ01", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_SameCertificateTwice_SameBytes()
    {
        CreditsRetired retired = O.Japan.Current.Events.OfType<CreditsRetired>().Single();
        Assert.Equal(RetirementCertificate.Of(retired).ToPdf(), RetirementCertificate.Of(retired).ToPdf());
    }

    [Fact]
    public void ToPdf_TokyoTimeAndRussianCulture_InstantAndNumbersFollowTheOptions()
    {
        CreditsRetired retired = O.Japan.Current.Events.OfType<CreditsRetired>().Single();
        ReportOptions options = ReportOptions.Create(CultureInfo.GetCultureInfo("ru-RU"), DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);
        string text = PdfText.All(RetirementCertificate.Of(retired).ToPdf(options));
        Assert.Contains("10.12.2026 12:00:00 Asia/Tokyo", text, StringComparison.Ordinal);
        Assert.Contains("5 172", text.Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Null_Throws() =>
        Assert.Equal("retirement", Assert.Throws<ArgumentNullException>(() => RetirementCertificate.Of(null!)).ParamName);
}
