using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

public sealed partial class Article6Registry
{
    /// <summary>
    /// Uses ITMOs: retires them to a retirement account and records a <c>Use</c> for this Party and the year of use.
    /// For NDC use the units must have been acquired from another Party (first transferred) and be authorised for NDC
    /// use; for OIMP uses they must be authorised for that purpose, and units whose authorisation defines the first
    /// transfer at use or cancellation are first transferred now.
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The account holding the units.</param>
    /// <param name="to">A retirement account of this registry.</param>
    /// <param name="credits">A quantity (picked among eligible units) or exact ranges.</param>
    /// <param name="purpose">What the units are used for.</param>
    /// <param name="yearOfUse">The calendar year towards which they count.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The purpose is not defined or the year is out of range.</exception>
    /// <exception cref="ItmoAlreadyUsedException">Named units were already used or cancelled.</exception>
    /// <exception cref="UnitsNotAuthorizedException">Named units are not authorised.</exception>
    /// <exception cref="PurposeNotAuthorizedException">Named units are not authorised for <paramref name="purpose"/>.</exception>
    /// <exception cref="InsufficientItmosException">More units were requested than the account holds eligible (for NDC use: acquired).</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation or request.</exception>
    /// <exception cref="RegistryException">The ledger refused the retirement.</exception>
    public IReadOnlyList<ItmoAction> Use(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits, UsePurpose purpose, int yearOfUse)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckDefined(purpose, nameof(purpose));
        Preconditions.CheckArgumentRange(nameof(yearOfUse), yearOfUse, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        string eligible = purpose == UsePurpose.Ndc
            ? "acquired, NDC-authorised, unused ITMOs"
            : "unused ITMOs authorised for " + purpose.ToAefText();
        var request = new Request(nameof(Use), actor, from, to, credits, string.Create(CultureInfo.InvariantCulture, $"{purpose} {yearOfUse}"), []);
        return Consume(operation, request, from, to, credits, AccountType.Retirement, "uses go to retirement accounts",
            b => UseProblem(b, purpose, from), eligible, firstTransferHere: purpose != UsePurpose.Ndc,
            exact => Ledger.Retire(operation, actor, from, to, exact, Party.Name,
                string.Create(CultureInfo.InvariantCulture, $"Article 6.2 use for {purpose.ToAefText()}, year of use {yearOfUse}")),
            (batch, e, moved, auth) => Append(batch, ItmoActionType.Use, ItmoActionSubtype.None, e, moved, auth, null, null, Party, purpose, yearOfUse));
    }

    /// <summary>
    /// Cancels ITMOs for a stated purpose and records the AEF cancellation. OMGE cancellations go to an OMGE cancellation
    /// account, other and voluntary cancellations to a cancellation account (both by the ledger's cancellation), and
    /// Adaptation Fund cancellations are transferred to an Adaptation Fund account. Units whose authorisation defines the
    /// first transfer at use or cancellation are first transferred now.
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The account holding the units.</param>
    /// <param name="to">An account of the type the purpose needs.</param>
    /// <param name="credits">A quantity (picked among authorised, unused units) or exact ranges.</param>
    /// <param name="purpose">Why the units are cancelled.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The purpose is not defined.</exception>
    /// <exception cref="AccountTypeException">The destination is not of the type the purpose needs.</exception>
    /// <exception cref="ItmoAlreadyUsedException">Named units were already used or cancelled.</exception>
    /// <exception cref="UnitsNotAuthorizedException">Named units are not authorised.</exception>
    /// <exception cref="InsufficientItmosException">The account holds fewer authorised, unused units than requested.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation or request.</exception>
    /// <exception cref="RegistryException">The ledger refused the movement.</exception>
    public IReadOnlyList<ItmoAction> Cancel(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits, CancellationPurpose purpose)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckDefined(purpose, nameof(purpose));
        (ItmoActionType type, ItmoActionSubtype subtype, AccountType accountType) = purpose switch
        {
            CancellationPurpose.MandatoryOmge => (ItmoActionType.Cancellation, ItmoActionSubtype.MandatoryCancellationForOmge, AccountType.OmgeCancellation),
            CancellationPurpose.VoluntaryOmge => (ItmoActionType.Cancellation, ItmoActionSubtype.VoluntaryCancellationForOmge, AccountType.OmgeCancellation),
            CancellationPurpose.MandatoryAdaptationFund => (ItmoActionType.Cancellation, ItmoActionSubtype.MandatoryTransferToAdaptationFund, AccountType.AdaptationFund),
            CancellationPurpose.VoluntaryAdaptationFund => (ItmoActionType.Cancellation, ItmoActionSubtype.VoluntaryTransferToAdaptationFund, AccountType.AdaptationFund),
            CancellationPurpose.Other => (ItmoActionType.Cancellation, ItmoActionSubtype.OtherCancellation, AccountType.Cancellation),
            _ => (ItmoActionType.VoluntaryCancellation, ItmoActionSubtype.None, AccountType.Cancellation),
        };
        var request = new Request(nameof(Cancel), actor, from, to, credits, purpose.ToString(), []);
        return Consume(operation, request, from, to, credits, accountType,
            string.Create(CultureInfo.InvariantCulture, $"a {purpose} cancellation goes to a {accountType} account"),
            b => ItmoProblem(b, "cancelled as ITMOs"), "authorised, unused ITMOs", firstTransferHere: true,
            exact => accountType == AccountType.AdaptationFund ? Ledger.Transfer(operation, actor, from, to, exact) : Ledger.Cancel(operation, actor, from, to, exact),
            (batch, e, moved, auth) => Append(batch, type, subtype, e, moved, auth, null, null, null, null, null));
    }

    /// <summary>
    /// The common path of use and cancellation: checks, picks the eligible units, first transfers those whose
    /// authorisation defines the first transfer at use or cancellation (when <paramref name="firstTransferHere"/>),
    /// moves the units with one ledger event and records an action per part; the units count as used from then on.
    /// </summary>
    private ReadOnlyCollection<ItmoAction> Consume(OperationId operation, Request request, AccountId from, AccountId to, CreditSelection credits,
        AccountType destinationType, string destinationRule, Func<CreditBlock, Article6Exception?> problem, string eligible,
        bool firstTransferHere, Func<CreditSelection, CreditMovement> move, Action<List<ItmoAction>, LedgerEvent, CreditBlock, Authorization> record)
    {
        lock (gate)
        {
            if (TryRepeat(operation, request, out Completed? prior))
            {
                return prior.Actions;
            }
            ActorId actor = request.Actor;
            LedgerSnapshot snapshot = Ledger.Current;
            CheckUnused(credits);
            snapshot.CheckSource(actor, from);
            snapshot.GetAccountOfType(to, destinationType, destinationRule);
            List<CreditBlock> picked = ItmoPicker.Pick(snapshot, from, pending.GetValueOrDefault(operation, credits),
                b => problem(b) is null,
                b => ThrowIf(problem(b)),
                (requested, available) => InsufficientItmosException.Holds(from, requested, available, eligible));
            List<(CreditBlock Part, Authorization? Authorization)> parts = ClassifyLocked(picked);
            List<(CreditBlock Part, Authorization? Authorization)> firsts = firstTransferHere
                ? parts.Where(p => p.Authorization!.FirstTransfer == FirstTransferDefinition.UseOrCancellation && !firstTransferred.Overlaps(p.Part)).ToList()
                : [];
            CreditSelection exact = Begin(operation, from, picked, firsts);
            CreditMovement e = move(exact);
            var batch = new List<ItmoAction>();
            RecordFirstTransfers(batch, e, firsts, ItmoActionSubtype.UseOrCancellation, null);
            HashSet<CreditBlock> firstParts = PartsOf(firsts);
            foreach ((CreditBlock part, Authorization? auth) in parts)
            {
                CreditBlock moved = Flagged(part, firstParts);
                record(batch, e, moved, auth!);
                used.Add(moved);
            }
            return Commit(operation, request, batch, null).Actions;
        }
    }

    private Article6Exception? UseProblem(CreditBlock b, UsePurpose purpose, AccountId from)
    {
        if (ItmoProblem(b, "used as ITMOs") is { } problem)
        {
            return problem;
        }
        var parts = new List<(CreditBlock Part, Authorization? Authorization)>();
        coverage.Split(b, parts);
        foreach ((CreditBlock part, Authorization? auth) in parts)
        {
            if (!auth!.Purpose.Permits(purpose))
            {
                return new PurposeNotAuthorizedException(part.Range, auth.Id, auth.Purpose, purpose);
            }
        }
        if (purpose == UsePurpose.Ndc && (!b.Attributes.FirstTransferred || b.Attributes.Issuer == Ledger.Registry))
        {
            return InsufficientItmosException.NotAcquired(from, b.Range);
        }
        return null;
    }

    private void CheckUnused(CreditSelection credits)
    {
        foreach (SerialRange range in credits.Ranges)
        {
            if (used.Overlaps(range))
            {
                throw new ItmoAlreadyUsedException(range);
            }
        }
    }
}
