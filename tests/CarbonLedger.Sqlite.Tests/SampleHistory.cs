using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using CarbonLedger.Storage;
using NodaTime;
using NodaTime.Testing;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>An in-memory registry with a few accounts, issuances and transfers, and its events as store rows.</summary>
internal static class SampleHistory
{
    internal static readonly RegistryId Jpn = RegistryId.Parse("JPN01");
    internal static readonly ActorId Admin = ActorId.Create("JPN01 administrator");
    internal static readonly ActorId Holder = ActorId.Create("Government of Japan");

    internal static FakeClock Clock() => new(Instant.FromUtc(2026, 1, 5, 0, 0), Duration.FromSeconds(1));

    internal static Ledger Build(int transfers = 5)
    {
        var ledger = Ledger.Create(Jpn, Admin, Clock());
        AccountId a = AccountId.Create(Jpn, 1);
        AccountId b = AccountId.Create(Jpn, 2);
        ledger.OpenAccount(OperationId.Create("open-1"), Admin, Account.Create(a, Holder, AccountType.GovernmentHolding));
        ledger.OpenAccount(OperationId.Create("open-2"), Admin, Account.Create(b, Holder, AccountType.EntityHolding));
        ledger.Issue(OperationId.Create("issue-1"), Admin, a,
            [CreditBlock.Create(SerialBlock.FromRange(1, 1_000), CreditAttributes.Create(Jpn, Projects.ProjectId.Parse("KZ001"), 2025))]);
        for (int i = 0; i < transfers; i++)
        {
            ledger.Transfer(OperationId.Create("t-" + i), Holder, a, b, CreditSelection.ByQuantity(1));
        }
        return ledger;
    }

    internal static List<StoredEvent> Rows(Ledger ledger) => ledger.Current.Events.Select(StoredEvent.FromEvent).ToList();

    internal static StoreCommit Commit(IEnumerable<StoredEvent> events, params StoredRecord[] records) =>
        StoreCommit.Create(Jpn, events, records);

    internal static LedgerEvent[] Decode(IEnumerable<StoredEvent> rows) => rows.Select(r => r.ToEvent()).ToArray();
}
