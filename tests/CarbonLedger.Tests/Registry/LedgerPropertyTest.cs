using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>CsCheck properties: random operation sequences replay to the live state, survive JSON Lines and conserve credits.</summary>
public class LedgerPropertyTest
{
    private static readonly Gen<(int Kind, int From, int To, int Quantity)> Operation =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 40]);

    [Fact]
    public void RandomSequences_ReplayAndJsonRoundTrip_EqualLiveStateAndConserve()
    {
        Operation.List[1, 60].Sample(ops =>
        {
            var f = new LedgerFixture();
            AccountId[] accounts = [f.Gov, f.Entity, f.Pending, AccountId.Create(LedgerFixture.Jpn, 9)];
            f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(accounts[3], LedgerFixture.Mayekawa, AccountType.Buffer));
            ActorId[] holders = [LedgerFixture.GovJapan, LedgerFixture.Mayekawa, LedgerFixture.Admin, LedgerFixture.Mayekawa];
            f.Issue(f.Gov, 1, 100, vintage: 2023);
            f.Issue(f.Entity, 101, 150, vintage: 2024);
            var reservations = new List<(OperationId Id, int Account)>();
            foreach ((int kind, int from, int to, int quantity) in ops)
            {
                try
                {
                    switch (kind)
                    {
                        case <= 4:
                            f.Ledger.Transfer(f.NextId(), holders[from], accounts[from], accounts[to], CreditSelection.ByQuantity(quantity).InOrder((SelectionOrder)(kind % 2)));
                            break;
                        case 5:
                            f.Ledger.Cancel(f.NextId(), holders[from], accounts[from], f.Cancellation, CreditSelection.ByQuantity(quantity));
                            break;
                        case 6:
                            f.Ledger.Retire(f.NextId(), holders[from], accounts[from], f.Retirement, CreditSelection.ByQuantity(quantity), "B", "P");
                            break;
                        case 7:
                            OperationId id = f.NextId();
                            f.Ledger.Reserve(id, holders[from], accounts[from], CreditSelection.ByQuantity(quantity));
                            reservations.Add((id, from));
                            break;
                        case 8 when reservations.Count > 0:
                            (OperationId r, int owner) = reservations[0];
                            reservations.RemoveAt(0);
                            f.Ledger.Release(f.NextId(), holders[owner], accounts[owner], r);
                            break;
                        default:
                            f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, accounts[from], CreditSelection.ByQuantity(quantity), CreditMarking.SetFirstTransferred(quantity % 2 == 0));
                            break;
                    }
                }
                catch (RegistryException)
                {
                    // refused operations change nothing; the checks below still hold
                }
                catch (ArgumentException)
                {
                }
            }
            LedgerSnapshot live = f.Ledger.Current;
            Assert.All(live.GetTotals(), t => Assert.True(t.IsConserved, t.ToString()));
            Assert.Equal(150L, live.Accounts.Sum(a => live.GetBalance(a.Id) + live.GetReservedBalance(a.Id)));
            Ledger replayed = Ledger.Replay(LedgerJsonLines.FromJsonLines(LedgerJsonLines.ToJsonLines(live.Events)), f.Clock, live.HeadHash);
            Assert.Equal(LedgerSnapshotText.Of(live), LedgerSnapshotText.Of(replayed.Current));
        }, iter: 150);
    }

    [Fact]
    public void Identifiers_FormatThenParse_RoundTrip()
    {
        Gen.Select(Gen.Char['A', 'Z'].Array[3], Gen.Int[0, 99], Gen.Long[1, AccountId.MaxNumber]).Sample((letters, n, number) =>
        {
            RegistryId registry = RegistryId.Create(new string(letters), n);
            Assert.Equal(registry, RegistryId.Parse(registry.ToString()));
            AccountId account = AccountId.Create(registry, number);
            Assert.Equal(account, AccountId.Parse(account.ToString()));
            Assert.Equal((registry, number), (account.Registry, account.Number));
        });
    }

    [Fact]
    public void EventHash_HexRoundTrip()
    {
        Gen.Byte.Array[32].Sample(bytes =>
        {
            EventHash h = EventHash.FromBytes(bytes);
            Assert.Equal(h, EventHash.Parse(h.ToString()));
            Assert.Equal(bytes, h.ToArray());
        });
    }
}
