using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Registry;
using CsCheck;
using Xunit;
using static CarbonLedger.Tests.Article6.Article6Fixture;

namespace CarbonLedger.Tests.Article6;

public class Article6RegistryPropertyTest
{
    [Fact]
    public void RandomOperations_FirstTransferOncePerUnitAndNoUnitUsedTwice()
    {
        long uses = 0;
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 30]).Array[1, 40].Sample(ops =>
        {
            var f = new Article6Fixture();
            f.IssueTha(1, 300);
            AuthorizationId ndc = f.Register(Auth("NDC-1", quantity: 200));
            AuthorizationId oimp = f.Register(Auth("OIMP-1", AuthorizedPurpose.NdcAndOimp, FirstTransferDefinition.UseOrCancellation, quantity: 100));
            foreach ((int op, int size) in ops)
            {
                CreditSelection q = CreditSelection.ByQuantity(size);
                try
                {
                    switch (op)
                    {
                        case 0:
                            f.Tha.Authorize(f.NextId(), ThaAdmin, size % 2 == 0 ? ndc : oimp, f.ThaGov, q);
                            break;
                        case 1:
                            f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, q);
                            break;
                        case 2:
                            f.Jpn.TransferInternationally(f.NextId(), GovJapan, f.JpnGov, f.Tha, f.ThaGov, q);
                            break;
                        case 3:
                            f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, q, UsePurpose.Ndc, 2030);
                            break;
                        case 4:
                            f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaOmge, q, CancellationPurpose.VoluntaryOmge);
                            break;
                        default:
                            f.Tha.Use(f.NextId(), GovThailand, f.ThaGov, f.ThaRetire, q, UsePurpose.Imp, 2029);
                            break;
                    }
                }
                catch (Article6Exception)
                {
                    // Refused: nothing changed.
                }
            }
            List<ItmoAction> all = [.. f.Tha.Actions, .. f.Jpn.Actions];
            AssertDisjoint(all.Where(a => a.Type == ItmoActionType.FirstTransfer));
            AssertDisjoint(all.Where(a => a.Type is ItmoActionType.Use or ItmoActionType.Cancellation));
            Assert.Equal(f.Tha.GetAuthorizedQuantity(ndc) + f.Tha.GetAuthorizedQuantity(oimp),
                f.Tha.Actions.Where(a => a.Type == ItmoActionType.Authorization).Sum(a => a.Quantity));
            Assert.Equal(f.Tha.GetFirstTransferredQuantity(ndc) + f.Tha.GetFirstTransferredQuantity(oimp),
                all.Where(a => a.Type == ItmoActionType.FirstTransfer).Sum(a => a.Quantity));
            Assert.True(f.Jpn.Actions.Where(a => a.Type == ItmoActionType.Use).Sum(a => a.Quantity)
                <= f.Jpn.Actions.Where(a => a.Type == ItmoActionType.Acquisition).Sum(a => a.Quantity));
            foreach (AccountId account in new[] { f.JpnGov, f.JpnRetire })
            {
                Assert.All(f.Jpn.Ledger.Current.GetHoldings(account), b => Assert.True(b.Attributes.FirstTransferred, b.ToString()));
            }
            Assert.All(f.Tha.Ledger.Current.GetTotals(), t => Assert.True(t.IsConserved));
            System.Threading.Interlocked.Add(ref uses, all.Count(a => a.Type == ItmoActionType.Use));
        }, iter: 100);
        Assert.True(uses > 0, "the random operations used some ITMOs");
    }

    private static void AssertDisjoint(IEnumerable<ItmoAction> actions)
    {
        ItmoAction[] sorted = actions.OrderBy(a => a.Itmo.Serials.Start).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            Assert.True(sorted[i - 1].Itmo.Serials.End < sorted[i].Itmo.Serials.Start, $"{sorted[i - 1]} overlaps {sorted[i]}");
        }
    }
}
