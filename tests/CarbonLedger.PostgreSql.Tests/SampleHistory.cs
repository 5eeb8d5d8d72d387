using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using CarbonLedger.Storage;
using NodaTime;
using NodaTime.Testing;

namespace CarbonLedger.PostgreSql.Tests;

/// <summary>A real registry history made through the public ledger API, to store and read back.</summary>
internal static class SampleHistory
{
    internal static readonly RegistryId Kaz = RegistryId.Parse("KAZ01");
    internal static readonly ActorId Admin = ActorId.Create("KAZ01 administrator");

    /// <summary>A ledger with two accounts, one issuance and <paramref name="transfers"/> one-credit transfers.</summary>
    internal static Ledger Create(int transfers, RegistryId? registry = null)
    {
        RegistryId id = registry ?? Kaz;
        var ledger = Ledger.Create(id, Admin, new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0), Duration.FromSeconds(1)));
        var a = AccountId.Create(id, 1);
        var b = AccountId.Create(id, 2);
        ledger.OpenAccount(OperationId.Create("open-1"), Admin, Account.Create(a, Admin, AccountType.Pending));
        ledger.OpenAccount(OperationId.Create("open-2"), Admin, Account.Create(b, Admin, AccountType.Pending));
        ledger.Issue(OperationId.Create("issue-1"), Admin, a,
            [CreditBlock.Create(SerialBlock.FromRange(1, 1_000_000), CreditAttributes.Create(id, ProjectId.Parse("KZ001"), 2025))]);
        for (int i = 0; i < transfers; i++)
        {
            ledger.Transfer(OperationId.Create("t-" + i), Admin, a, b, CreditSelection.ByQuantity(1));
        }
        return ledger;
    }

    internal static List<StoredEvent> Rows(Ledger ledger) => ledger.Current.Events.Select(StoredEvent.FromEvent).ToList();

    internal static StoreCommit Commit(RegistryId registry, IEnumerable<StoredEvent> events, params StoredRecord[] records) =>
        StoreCommit.Create(registry, events, records);

    internal static StoredRecord Record(string stream, long sequence, long? ledgerSequence, string text) =>
        StoredRecord.Create(stream, sequence, ledgerSequence, System.Text.Encoding.UTF8.GetBytes(text));

    internal static void AssertSame(IReadOnlyList<StoredEvent> expected, IReadOnlyList<StoredEvent> actual)
    {
        Xunit.Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Xunit.Assert.Equal(expected[i].Sequence, actual[i].Sequence);
            Xunit.Assert.Equal(expected[i].OperationId, actual[i].OperationId);
            Xunit.Assert.Equal(expected[i].Kind, actual[i].Kind);
            Xunit.Assert.Equal(expected[i].Hash, actual[i].Hash);
            Xunit.Assert.Equal(expected[i].Encoding.ToArray(), actual[i].Encoding.ToArray());
            LedgerEvent decoded = actual[i].ToEvent();
            Xunit.Assert.Equal(expected[i].Hash, HashChain.ComputeHash(decoded));
        }
    }
}
