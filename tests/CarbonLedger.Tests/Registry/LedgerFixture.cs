using System.Collections.Generic;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;

namespace CarbonLedger.Tests.Registry;

/// <summary>A Japanese registry with one account of each common type, a fake clock that ticks one second per read.</summary>
internal sealed class LedgerFixture
{
    internal static readonly RegistryId Jpn = RegistryId.Parse("JPN01");
    internal static readonly RegistryId Kaz = RegistryId.Parse("KAZ01");
    internal static readonly ProjectId Kz001 = ProjectId.Parse("KZ001");
    internal static readonly ProjectId Id009 = ProjectId.Parse("ID009");
    internal static readonly ActorId Admin = ActorId.Create("JPN01 administrator");
    internal static readonly ActorId GovJapan = ActorId.Create("Government of Japan");
    internal static readonly ActorId Mayekawa = ActorId.Create("Mayekawa");
    internal static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 0, 0);

    private int next;

    internal LedgerFixture(RegistryId? registry = null, ActorId? administrator = null)
    {
        RegistryId id = registry ?? Jpn;
        AdminActor = administrator ?? Admin;
        Clock = new FakeClock(Start, Duration.FromSeconds(1));
        Ledger = Ledger.Create(id, AdminActor, Clock);
        Gov = Open(1, GovJapan, AccountType.GovernmentHolding);
        Entity = Open(2, Mayekawa, AccountType.EntityHolding);
        Cancellation = Open(3, AdminActor, AccountType.Cancellation);
        Retirement = Open(4, AdminActor, AccountType.Retirement);
        Pending = Open(5, AdminActor, AccountType.Pending);
        Omge = Open(6, AdminActor, AccountType.OmgeCancellation);
    }

    internal FakeClock Clock { get; }

    internal Ledger Ledger { get; }

    internal ActorId AdminActor { get; }

    internal AccountId Gov { get; }

    internal AccountId Entity { get; }

    internal AccountId Cancellation { get; }

    internal AccountId Retirement { get; }

    internal AccountId Pending { get; }

    internal AccountId Omge { get; }

    internal RegistryId Registry => Ledger.Registry;

    internal OperationId NextId() => OperationId.Create("op-" + next++);

    internal AccountId Open(long number, ActorId holder, AccountType type)
    {
        var id = AccountId.Create(Ledger.Registry, number);
        Ledger.OpenAccount(NextId(), AdminActor, Account.Create(id, holder, type));
        return id;
    }

    internal CreditAttributes Attributes(int vintage, ProjectId? project = null) =>
        CreditAttributes.Create(Ledger.Registry, project ?? Kz001, vintage);

    internal CreditBlock Block(long start, long end, int vintage = 2024, ProjectId? project = null) =>
        CreditBlock.Create(SerialBlock.FromRange(start, end), Attributes(vintage, project));

    internal void Issue(AccountId to, long start, long end, int vintage = 2024, ProjectId? project = null) =>
        Ledger.Issue(NextId(), AdminActor, to, new[] { Block(start, end, vintage, project) });

    internal SerialRange Range(long start, long end, ProjectId? project = null) =>
        SerialRange.Create(Ledger.Registry, project ?? Kz001, SerialBlock.FromRange(start, end));

    /// <summary>The holdings of an account as text, for example <c>1-70@2024</c>.</summary>
    internal List<string> Holdings(AccountId account)
    {
        var list = new List<string>();
        foreach (CreditBlock b in Ledger.Current.GetHoldings(account))
        {
            list.Add($"{b.Block}@{b.Attributes.Vintage}{(b.Attributes.Project == Kz001 ? string.Empty : "/" + b.Attributes.Project)}{(b.Attributes.Authorization == AuthorizationStatus.NotAuthorized ? string.Empty : "/" + b.Attributes.Authorization)}");
        }
        return list;
    }
}
