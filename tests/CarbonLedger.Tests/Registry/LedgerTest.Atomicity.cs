using System;
using System.Collections.Generic;
using CarbonLedger.Registry;
using CarbonLedger.Registry.State;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public partial class LedgerTest
{
    private sealed class InjectedFault : Exception
    {
        public InjectedFault(string message)
            : base(message)
        {
        }
    }

    public static IEnumerable<object[]> OperationsAndSteps()
    {
        string[] operations = ["open", "issue", "transfer", "transferExact", "cancel", "retire", "reserve", "release", "mark", "transferOut", "acquire"];
        foreach (string op in operations)
        {
            foreach (LedgerStep step in Enum.GetValues<LedgerStep>())
            {
                yield return [op, step.ToString()];
            }
        }
    }

    [Theory]
    [MemberData(nameof(OperationsAndSteps))]
    internal void Operation_FaultInjectedAtInternalStep_StateExactlyAsBefore(string operation, string stepName)
    {
        var step = Enum.Parse<LedgerStep>(stepName);
        var f = new LedgerFixture();
        var kaz = new LedgerFixture(LedgerFixture.Kaz, ActorId.Create("KAZ01 administrator"));
        f.Issue(f.Gov, 1, 100);
        f.Issue(f.Gov, 201, 300, vintage: 2025);
        OperationId reservation = f.NextId();
        f.Ledger.Reserve(reservation, LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(10));
        kaz.Issue(kaz.Gov, 1, 100);
        var outgoing = kaz.Ledger.TransferOut(kaz.NextId(), LedgerFixture.GovJapan, kaz.Gov, f.Entity, CreditSelection.ByQuantity(5));
        OperationId id = f.NextId();
        Action run = operation switch
        {
            "open" => () => f.Ledger.OpenAccount(id, LedgerFixture.Admin, Account.Create(AccountId.Create(LedgerFixture.Jpn, 77), LedgerFixture.Mayekawa, AccountType.Buffer)),
            "issue" => () => f.Ledger.Issue(id, LedgerFixture.Admin, f.Entity, [f.Block(1001, 1100)]),
            "transfer" => () => f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(150)),
            "transferExact" => () => f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(41, 60))),
            "cancel" => () => f.Ledger.Cancel(id, LedgerFixture.GovJapan, f.Gov, f.Cancellation, CreditSelection.ByQuantity(20)),
            "retire" => () => f.Ledger.Retire(id, LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(20), "B", "P"),
            "reserve" => () => f.Ledger.Reserve(id, LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(20)),
            "release" => () => f.Ledger.Release(id, LedgerFixture.GovJapan, f.Gov, reservation),
            "mark" => () => f.Ledger.Mark(id, LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(20), CreditMarking.SetFirstTransferred(true)),
            "transferOut" => () => f.Ledger.TransferOut(id, LedgerFixture.GovJapan, f.Gov, kaz.Entity, CreditSelection.ByQuantity(20)),
            _ => () => f.Ledger.Acquire(LedgerFixture.Admin, outgoing),
        };
        LedgerSnapshot before = f.Ledger.Current;
        string text = LedgerSnapshotText.Of(before);
        bool hit = false;
        f.Ledger.FaultInjector = s =>
        {
            if (s == step)
            {
                hit = true;
                throw new InjectedFault("fault at " + s);
            }
        };
        try
        {
            run();
        }
        catch (InjectedFault)
        {
        }
        f.Ledger.FaultInjector = null;
        if (!hit)
        {
            // This operation has no such step (opening an account picks nothing); it committed normally.
            Assert.True(step is LedgerStep.Picked or LedgerStep.SourceUpdated or LedgerStep.DestinationUpdated or LedgerStep.Checked, $"{operation} must reach {step}");
            Assert.Equal(before.EventCount + 1, f.Ledger.Current.EventCount);
            return;
        }
        Assert.Same(before, f.Ledger.Current);
        Assert.Equal(text, LedgerSnapshotText.Of(f.Ledger.Current));
        run();
        Assert.Equal(before.EventCount + 1, f.Ledger.Current.EventCount);
    }

    [Fact]
    public void OpenAccount_FailedBeforeCommit_LeavesNoTraceAndCanBeRetried()
    {
        var f = new LedgerFixture();
        var x = AccountId.Create(LedgerFixture.Jpn, 70);
        var y = AccountId.Create(LedgerFixture.Jpn, 71);
        f.Ledger.FaultInjector = s => throw new InjectedFault("fault at " + s);
        Assert.Throws<InjectedFault>(() => f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(x, LedgerFixture.Mayekawa, AccountType.Buffer)));
        f.Ledger.FaultInjector = null;
        f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(y, LedgerFixture.GovJapan, AccountType.Buffer));
        Assert.False(f.Ledger.Current.HasAccount(x));
        Assert.Throws<UnknownAccountException>(() => f.Ledger.Current.GetAccount(x));
        Assert.Equal(LedgerFixture.GovJapan, f.Ledger.Current.GetAccount(y).Holder);
        f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(x, LedgerFixture.Mayekawa, AccountType.Buffer));
        Assert.Equal(LedgerFixture.Mayekawa, f.Ledger.Current.GetAccount(x).Holder);
        Assert.Equal(LedgerFixture.GovJapan, f.Ledger.Current.GetAccount(y).Holder);
    }

    [Fact]
    public void Fork_ContinuesIndependently()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Ledger fork = f.Ledger.Fork();
        f.Ledger.OpenAccount(OperationId.Create("a"), LedgerFixture.Admin, Account.Create(AccountId.Create(LedgerFixture.Jpn, 80), LedgerFixture.Mayekawa, AccountType.Buffer));
        fork.OpenAccount(OperationId.Create("a"), LedgerFixture.Admin, Account.Create(AccountId.Create(LedgerFixture.Jpn, 81), LedgerFixture.Mayekawa, AccountType.Buffer));
        fork.Transfer(OperationId.Create("t"), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(10));
        Assert.False(f.Ledger.Current.HasAccount(AccountId.Create(LedgerFixture.Jpn, 81)));
        Assert.False(fork.Current.HasAccount(AccountId.Create(LedgerFixture.Jpn, 80)));
        Assert.Equal(100L, f.Ledger.Current.GetBalance(f.Gov));
        Assert.Equal(90L, fork.Current.GetBalance(f.Gov));
        Assert.True(HashChain.Verify(fork.Current.Events).IsValid);
        Assert.True(HashChain.Verify(f.Ledger.Current.Events).IsValid);
    }
}
