using System.Globalization;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Article6;

/// <summary>
/// One entry of a Party's Article 6.2 journal: an action on one block of ITMOs (authorisation, first transfer,
/// transfer, acquisition, use or cancellation), with the Parties involved and the link to the ledger event that
/// carried it. These are the rows of the AEF Actions table and the input of corresponding adjustments.
/// </summary>
/// <remarks>
/// Parties that do not apply to the action type are null: an acquisition has no using Party, a use has no
/// acquiring Party. The action's <see cref="Date"/> is the ledger event's instant in the registry's time zone.
/// Actions are immutable and have no natural order (the journal orders them by <see cref="Sequence"/>).
/// </remarks>
public sealed class ItmoAction
{
    [JsonConstructor]
    internal ItmoAction(long sequence, Country party, ItmoActionType type, ItmoActionSubtype subtype, Instant instant, LocalDate date, ItmoId itmo,
        string unitType, AuthorizationId authorization, AuthorizedPurpose purpose, Country firstTransferringParty, Country? transferringParty,
        Country? acquiringParty, Country? usingParty, UsePurpose? usePurpose, int? yearOfUse, long ledgerSequence, EventHash ledgerEventHash)
    {
        Sequence = sequence;
        Party = party;
        Type = type;
        Subtype = subtype;
        Instant = instant;
        Date = date;
        Itmo = itmo;
        UnitType = unitType;
        Authorization = authorization;
        Purpose = purpose;
        FirstTransferringParty = firstTransferringParty;
        TransferringParty = transferringParty;
        AcquiringParty = acquiringParty;
        UsingParty = usingParty;
        UsePurpose = usePurpose;
        YearOfUse = yearOfUse;
        LedgerSequence = ledgerSequence;
        LedgerEventHash = ledgerEventHash;
    }

    /// <summary>The action's position in the reporting Party's journal, from 0.</summary>
    public long Sequence { get; }

    /// <summary>The reporting Party: whose registry recorded the action.</summary>
    public Country Party { get; }

    /// <summary>The AEF action type.</summary>
    public ItmoActionType Type { get; }

    /// <summary>The AEF action subtype, or <see cref="ItmoActionSubtype.None"/>.</summary>
    public ItmoActionSubtype Subtype { get; }

    /// <summary>When the ledger event was committed.</summary>
    public Instant Instant { get; }

    /// <summary>The action date: <see cref="Instant"/> in the registry's time zone.</summary>
    public LocalDate Date { get; }

    /// <summary>The ITMO block the action applies to.</summary>
    public ItmoId Itmo { get; }

    /// <summary>The underlying unit type, for example <c>JCM</c>.</summary>
    public string UnitType { get; }

    /// <summary>The authorisation that covers the units.</summary>
    public AuthorizationId Authorization { get; }

    /// <summary>The purposes the units are authorised for.</summary>
    public AuthorizedPurpose Purpose { get; }

    /// <summary>The Party that authorised and first transfers the units.</summary>
    public Country FirstTransferringParty { get; }

    /// <summary>The Party the units left (first transfer, transfer, acquisition); null otherwise.</summary>
    public Country? TransferringParty { get; }

    /// <summary>The Party the units went to (international first transfer, transfer, acquisition); null otherwise.</summary>
    public Country? AcquiringParty { get; }

    /// <summary>The Party that used the units (use); null otherwise.</summary>
    public Country? UsingParty { get; }

    /// <summary>What the units were used for (use); null otherwise.</summary>
    public UsePurpose? UsePurpose { get; }

    /// <summary>The calendar year of use towards the NDC or OIMP (use); null otherwise.</summary>
    public int? YearOfUse { get; }

    /// <summary>The sequence of the ledger event that carried the action, in the reporting Party's registry.</summary>
    public long LedgerSequence { get; }

    /// <summary>The hash of that ledger event.</summary>
    public EventHash LedgerEventHash { get; }

    /// <summary>How many units (tCO2e) the action covers.</summary>
    [JsonIgnore]
    public long Quantity => Itmo.Count;

    /// <summary>The vintage year of the units.</summary>
    [JsonIgnore]
    public int Vintage => Itmo.Vintage;

    /// <summary>For example <c>#3 THA First transfer CA0001-THA01-TH001-2025-1-100 on 2026-01-05</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"#{Sequence} {Party.Alpha3} {Type.ToAefText()} {Itmo} on {Date:yyyy-MM-dd}");
}
