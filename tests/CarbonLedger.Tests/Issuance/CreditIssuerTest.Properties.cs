using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Issuance;
using CarbonLedger.Projects;
using CarbonLedger.Serials;
using CsCheck;
using NodaTime;
using Xunit;
using static CarbonLedger.Tests.Projects.JcmFixtures;

namespace CarbonLedger.Tests.Issuance;

public partial class CreditIssuerTest
{
    private static readonly MidpointRounding[] Roundings = Enum.GetValues<MidpointRounding>();

    // One monitoring period: its length in days and, per vintage year it touches, the credits (0 allowed).
    private static readonly Gen<(int Days, long[] Credits, int[] Permille, int[] Rounding)> GenPeriod =
        Gen.Select(Gen.Int[1, 900], Gen.Long[0, 200_000].Array[4], Gen.Int[0, 60].Array[2], Gen.Int[0, Roundings.Length - 1].Array[2]);

    [Fact]
    public void Property_ManyIssuances_SerialsUniqueContiguousAndEveryVintageBalanced()
    {
        Gen.Select(GenPeriod.Array[1, 12], Gen.Bool).Sample((periods, twoLevel) =>
        {
            Project project = twoLevel ? FirstIssuanceSplit() : HalfAndHalf();
            var issuer = new CreditIssuer();
            issuer.Register(project);
            LocalDate start = project.CreditingPeriod.Start;
            var blocks = new List<SerialBlock>();
            foreach ((int days, long[] creditsByYear, int[] permille, int[] rounding) in periods)
            {
                LocalDate end = LocalDate.Min(start.PlusDays(days - 1), project.CreditingPeriod.End);
                if (start > end)
                {
                    break;
                }
                var period = new DateInterval(start, end);
                var credits = VintageCredits.Create(Enumerable.Range(start.Year, end.Year - start.Year + 1)
                    .Select((year, i) => new KeyValuePair<int, long>(year, creditsByYear[i])));
                DeductionSchedule deductions = DeductionSchedule.Create(
                    Deduction.ShareOfProceeds(Share.FromFraction(permille[0], 1000), Roundings[rounding[0]]),
                    Deduction.BufferPool(Share.FromFraction(permille[1], 1000), Roundings[rounding[1]], "Buffer"));
                start = end.PlusDays(1);
                if (credits.Total == 0)
                {
                    continue;
                }
                long before = issuer.NextSerialOf(project.Id);
                CreditIssuance issuance = issuer.Issue(project.Id, period, credits, DecisionFor(project.Id, period), deductions);

                Assert.Equal(credits.Total, issuance.Gross);
                Assert.Equal(before + credits.Total, issuer.NextSerialOf(project.Id));
                foreach (VintageIssuance vintage in issuance.Vintages)
                {
                    Assert.Equal(credits[vintage.Year], vintage.Gross);
                    Assert.Equal(vintage.Gross, vintage.Lots.Sum(l => l.Credits));
                    Assert.Equal(vintage.Gross, vintage.Net + vintage.Deductions.Sum(d => d.Credits));
                    long expectedStart = vintage.Block.Start;
                    foreach (IssuedLot lot in vintage.Lots.Where(l => l.Credits > 0))
                    {
                        Assert.Equal(expectedStart, lot.Block!.Value.Start);
                        Assert.Equal(lot.Credits, lot.Block.Value.Count);
                        Assert.Equal(lot.SerialNumber, CreditSerialNumber.Parse(lot.SerialNumber!.ToString()));
                        Assert.Equal(issuance.BatchNumber, lot.SerialNumber!.BatchNumber);
                        Assert.True(period.Contains(lot.SerialNumber.Vintage.Start) && period.Contains(lot.SerialNumber.Vintage.End));
                        expectedStart = lot.Block.Value.End + 1;
                        blocks.Add(lot.Block.Value);
                    }
                    Assert.Equal(vintage.Block.End + 1, expectedStart);
                }
                foreach (string recipient in project.Agreement.Rule.Recipients)
                {
                    Assert.Equal(issuance.Vintages.Sum(v => v.Parts.Single(p => p.Holder == recipient).Credits), issuance.CreditsOf(recipient));
                }
            }
            // Every serial from 1 up to the counter is issued exactly once.
            blocks.Sort(SerialBlock.StartComparer);
            long next = 1;
            foreach (SerialBlock block in blocks)
            {
                Assert.Equal(next, block.Start);
                next = block.End + 1;
            }
            Assert.Equal(issuer.NextSerialOf(project.Id), next);
        }, iter: 300);
    }
}
