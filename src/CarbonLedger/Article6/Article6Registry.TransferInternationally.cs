using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

public sealed partial class Article6Registry
{
    /// <summary>
    /// Transfers authorised units to another Party's registry and records the acquisition there. Units authorised
    /// for NDC use that were never first transferred are first transferred now: the ledger flags them before they
    /// leave, and this registry records a <c>First transfer</c> (subtype <c>First transfer to another Party</c>); other
    /// units are recorded as a <c>Transfer</c>. The destination records an <c>Acquisition</c> and learns the units'
    /// authorisations.
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The sending account.</param>
    /// <param name="destination">The other Party's Article 6.2 registry.</param>
    /// <param name="to">The receiving account, in <paramref name="destination"/>.</param>
    /// <param name="credits">A quantity (picked among authorised units) or exact ranges (all authorised).</param>
    /// <returns>The actions recorded here (the destination's are in its journal).</returns>
    /// <exception cref="ArgumentException">The destination belongs to this Party or does not hold <paramref name="to"/>.</exception>
    /// <exception cref="UnitsNotAuthorizedException">Some named units are not authorised.</exception>
    /// <exception cref="InsufficientItmosException">The account holds fewer authorised units than requested.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation or request.</exception>
    /// <exception cref="RegistryException">A ledger refused its part.</exception>
    public IReadOnlyList<ItmoAction> TransferInternationally(OperationId operation, ActorId actor, AccountId from, Article6Registry destination, AccountId to, CreditSelection credits)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(destination);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckArgument(!destination.Party.Equals(Party), nameof(destination),
            "Registry {0} belongs to {1} as well; an international transfer goes to another Party", destination.Ledger.Registry, Party.Alpha3);
        Preconditions.CheckArgument(to.Registry == destination.Ledger.Registry, nameof(to), "Account {0} is not in the receiving registry {1}", to, destination.Ledger.Registry);
        var request = new Request(nameof(TransferInternationally), actor, from, to, credits, destination.Ledger.Registry.ToString(), []);
        Completed done;
        lock (gate)
        {
            if (!TryRepeat(operation, request, out Completed? prior))
            {
                prior = SendInternationally(operation, request, from, destination, to, credits);
            }
            done = prior;
        }
        // The destination takes its own lock; this one is released first so two registries never wait on each other.
        if (done.Sent is { } sent)
        {
            destination.Receive(sent, Party, Ledger);
        }
        return done.Actions;
    }

    private Completed SendInternationally(OperationId operation, Request request, AccountId from, Article6Registry destination, AccountId to, CreditSelection credits)
    {
        ActorId actor = request.Actor;
        LedgerSnapshot snapshot = Ledger.Current;
        snapshot.CheckSource(actor, from);
        destination.Ledger.Current.GetAccount(to);
        List<CreditBlock> picked = ItmoPicker.Pick(snapshot, from, pending.GetValueOrDefault(operation, credits),
            b => b.Attributes.Authorization != AuthorizationStatus.NotAuthorized && ItmoProblem(b, "transferred as ITMOs") is null,
            b => ThrowIf(ItmoProblem(b, "transferred internationally as ITMOs")),
            (requested, available) => InsufficientItmosException.Holds(from, requested, available, "authorised units"));
        List<(CreditBlock Part, Authorization? Authorization)> parts = ClassifyLocked(picked);
        var firsts = parts.Where(p => p.Authorization!.Purpose.IncludesNdc() && !firstTransferred.Overlaps(p.Part)).ToList();
        CreditSelection exact = Begin(operation, from, picked, firsts);
        CreditsTransferredOut e = Ledger.TransferOut(operation, actor, from, to, exact);
        var batch = new List<ItmoAction>();
        RecordFirstTransfers(batch, e, firsts, ItmoActionSubtype.FirstTransferToAnotherParty, destination.Party);
        var sent = new List<(CreditBlock Part, Authorization Authorization)>(parts.Count);
        HashSet<CreditBlock> firstParts = PartsOf(firsts);
        foreach ((CreditBlock part, Authorization? auth) in parts)
        {
            CreditBlock moved = Flagged(part, firstParts);
            if (!firstParts.Contains(part))
            {
                Append(batch, ItmoActionType.Transfer, ItmoActionSubtype.None, e, moved, auth!, Party, destination.Party, null, null, null);
            }
            sent.Add((moved, auth!));
        }
        var approachesSent = sent.Select(s => approaches[s.Authorization.Approach]).Distinct().ToList();
        return Commit(operation, request, batch, new Transfer(e, sent, approachesSent));
    }

    private void Receive(Transfer transfer, Country source, Ledger sourceLedger)
    {
        CreditsTransferredOut outgoing = transfer.Outgoing;
        OperationId acquisition = OperationId.ForAcquisition(outgoing.From.Registry, outgoing.OperationId);
        lock (gate)
        {
            if (operations.ContainsKey(acquisition))
            {
                return;
            }
            CreditsAcquired e = Ledger.AcquireFrom(Ledger.Administrator, sourceLedger, outgoing);
            Request request = Request.RestoredFrom(e) with { Restored = false };
            foreach (CooperativeApproach approach in transfer.Approaches)
            {
                approaches.TryAdd(approach.Id, approach);
            }
            var batch = new List<ItmoAction>();
            foreach ((CreditBlock part, Authorization auth) in transfer.Parts)
            {
                authorizations.TryAdd((auth.AuthorizingParty.Alpha3, auth.Id), auth);
                CoverUnknown(part, auth);
                if (part.Attributes.FirstTransferred && !firstTransferred.Overlaps(part))
                {
                    firstTransferred.Add(part);
                }
                Append(batch, ItmoActionType.Acquisition, ItmoActionSubtype.None, e, part, auth, source, Party, null, null, null);
            }
            Commit(acquisition, request, batch, null);
        }
    }

    /// <summary>Records that <paramref name="auth"/> covers the serials of an arriving block that no known authorisation covers yet.</summary>
    private void CoverUnknown(CreditBlock block, Authorization auth)
    {
        var pieces = new List<(CreditBlock Part, Authorization? Authorization)>();
        coverage.Split(block, pieces);
        foreach ((CreditBlock piece, Authorization? known) in pieces)
        {
            if (known is null)
            {
                coverage.Add(SerialSpace.Of(piece.Attributes), piece.Block, auth);
            }
        }
    }

    private sealed record Transfer(CreditsTransferredOut Outgoing, List<(CreditBlock Part, Authorization Authorization)> Parts, List<CooperativeApproach> Approaches);
}
