using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

public sealed partial class Article6Registry
{
    /// <summary>
    /// Authorises issued units of this registry under one of this Party's authorisations: marks their blocks with the
    /// authorisation status and records an <c>Authorization</c> action per block — and, when the authorisation defines
    /// the OIMP first transfer at authorisation, sets the first-transferred flag and records a <c>First transfer</c>
    /// (subtype <c>Authorization</c>).
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">Who authorises: the registry administrator (the authority that may mark credits on the ledger).</param>
    /// <param name="authorization">The authorisation; it must not define the first transfer at issuance (use <see cref="IssueAuthorized"/>).</param>
    /// <param name="account">The account holding the units.</param>
    /// <param name="credits">A quantity (picked among unauthorised units of the authorised vintages) or exact ranges.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentException">The authorisation is unknown or defines the first transfer at issuance.</exception>
    /// <exception cref="AuthorizationRefusedException">Units are already authorised, were issued elsewhere, lie outside the
    /// vintages, or the quantity would exceed the authorisation.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the registry administrator.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation or request.</exception>
    /// <exception cref="RegistryException">The ledger refused the marking (for example unknown account, serials not held).</exception>
    public IReadOnlyList<ItmoAction> Authorize(OperationId operation, ActorId actor, AuthorizationId authorization, AccountId account, CreditSelection credits)
    {
        CheckOperation(operation);
        Preconditions.CheckArgument(actor != default, nameof(actor), "Actor must not be the default value");
        Preconditions.CheckNotNull(credits);
        var request = new Request(nameof(Authorize), actor, account, account, credits, authorization.ToString(), []);
        lock (gate)
        {
            if (TryRepeat(operation, request, out Completed? prior))
            {
                return prior.Actions;
            }
            Ledger.Current.CheckMayMark(actor, account);
            Authorization auth = RequireOwn(authorization, nameof(authorization));
            Preconditions.CheckArgument(auth.FirstTransfer != FirstTransferDefinition.Issuance, nameof(authorization),
                "Authorization {0} defines the first transfer at issuance; issue its units with IssueAuthorized", auth.Id);
            List<CreditBlock> picked = ItmoPicker.Pick(Ledger.Current, account, credits,
                b => AuthorizationProblem(b, auth) is null,
                b => ThrowIf(AuthorizationProblem(b, auth)),
                (requested, available) => new AuthorizationRefusedException(auth.Id, string.Create(CultureInfo.InvariantCulture,
                    $"Account {account} holds {available} unauthorised units issued by {Ledger.Registry} of vintages {auth.FirstVintage}-{auth.LastVintage}; {requested} were requested for authorization {auth.Id}")));
            long total = CheckQuantity(auth, picked);
            bool atAuthorization = auth.FirstTransfer == FirstTransferDefinition.Authorization;
            CreditMarking marking = CreditMarking.Authorize(auth.Purpose.ToAuthorizationStatus());
            if (atAuthorization)
            {
                marking = marking.WithFirstTransferred(true);
            }
            CreditsMarked e = Ledger.Mark(operation, actor, account, ItmoPicker.Exactly(picked), marking);
            var batch = new List<ItmoAction>();
            foreach (CreditBlock b in picked)
            {
                CreditBlock marked = CreditBlock.Create(b.Block, marking.Apply(b.Attributes));
                RecordAuthorization(batch, e, marked, auth, atAuthorization);
            }
            authorized[auth] = authorized.GetValueOrDefault(auth) + total;
            return Commit(operation, request, batch, null).Actions;
        }
    }

    /// <summary>
    /// Issues units already authorised under one of this Party's authorisations: the blocks are issued with the
    /// authorisation status (and, when the authorisation defines the first transfer at issuance or authorisation,
    /// with the first-transferred flag), and an <c>Authorization</c> action — plus a <c>First transfer</c> when the flag
    /// is set — is recorded per block.
    /// </summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who issues: the registry administrator (the authority that may issue on the ledger).</param>
    /// <param name="authorization">The authorisation.</param>
    /// <param name="to">The receiving account.</param>
    /// <param name="blocks">Unauthorised, not first-transferred blocks of this registry within the authorised vintages.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentException">The authorisation is unknown, or a block is invalid, already authorised or flagged, or from another issuer.</exception>
    /// <exception cref="AuthorizationRefusedException">A vintage lies outside the authorisation or the quantity would exceed it.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the registry administrator.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation or request.</exception>
    /// <exception cref="RegistryException">The ledger refused the issuance.</exception>
    public IReadOnlyList<ItmoAction> IssueAuthorized(OperationId operation, ActorId actor, AuthorizationId authorization, AccountId to, IReadOnlyList<CreditBlock> blocks)
    {
        CheckOperation(operation);
        Preconditions.CheckArgument(actor != default, nameof(actor), "Actor must not be the default value");
        Preconditions.CheckNotNull(blocks);
        Preconditions.CheckArgument(blocks.Count > 0, nameof(blocks), "At least one block must be issued");
        var request = new Request(nameof(IssueAuthorized), actor, to, to, null, authorization.ToString(), [.. blocks]);
        lock (gate)
        {
            if (TryRepeat(operation, request, out Completed? prior))
            {
                return prior.Actions;
            }
            Ledger.Current.CheckMayIssue(actor, to);
            Authorization auth = RequireOwn(authorization, nameof(authorization));
            foreach (CreditBlock b in blocks)
            {
                Preconditions.CheckArgument(b.Block.Start >= 1, nameof(blocks), "Block {0} is the default value", b);
                CreditAttributes a = b.Attributes;
                Preconditions.CheckArgument(a.Authorization == AuthorizationStatus.NotAuthorized && !a.FirstTransferred, nameof(blocks),
                    "Block {0} must be given unauthorised and not first-transferred; the authorization sets both", b);
                Preconditions.CheckArgument(a.Issuer == Ledger.Registry, nameof(blocks), "Block {0} names another issuer than registry {1}", b, Ledger.Registry);
                ThrowIf(AuthorizationProblem(b, auth));
            }
            CheckQuantity(auth, blocks);
            bool flag = auth.FirstTransfer is FirstTransferDefinition.Issuance or FirstTransferDefinition.Authorization;
            AuthorizationStatus status = auth.Purpose.ToAuthorizationStatus();
            CreditBlock[] issued = blocks.Select(b => CreditBlock.Create(b.Block, b.Attributes.WithAuthorization(status).WithFirstTransferred(flag))).ToArray();
            CreditsIssued e = Ledger.Issue(operation, actor, to, issued);
            var batch = new List<ItmoAction>();
            foreach (CreditBlock b in issued)
            {
                RecordAuthorization(batch, e, b, auth, flag);
            }
            authorized[auth] = authorized.GetValueOrDefault(auth) + issued.Sum(static b => b.Count);
            return Commit(operation, request, batch, null).Actions;
        }
    }

    private void RecordAuthorization(List<ItmoAction> batch, LedgerEvent e, CreditBlock block, Authorization auth, bool firstTransfer)
    {
        coverage.Add(SerialSpace.Of(block.Attributes), block.Block, auth);
        Append(batch, ItmoActionType.Authorization, ItmoActionSubtype.None, e, block, auth, null, null, null, null, null);
        if (firstTransfer)
        {
            firstTransferred.Add(block);
            firstTransferredQuantity[auth] = firstTransferredQuantity.GetValueOrDefault(auth) + block.Count;
            Append(batch, ItmoActionType.FirstTransfer, auth.FirstTransfer.ToSubtype(), e, block, auth, Party, null, null, null, null);
        }
    }

    private long CheckQuantity(Authorization auth, IEnumerable<CreditBlock> blocks)
    {
        long total = 0;
        foreach (CreditBlock b in blocks)
        {
            total = checked(total + b.Count);
        }
        long done = authorized.GetValueOrDefault(auth);
        if (total > auth.Quantity - done)
        {
            throw new AuthorizationRefusedException(auth.Id, string.Create(CultureInfo.InvariantCulture,
                $"Authorization {auth.Id} covers {auth.Quantity} units and {done} are authorised already; {total} more would exceed it"));
        }
        return total;
    }

    private string? AuthorizationProblemText(CreditBlock b, Authorization auth)
    {
        CreditAttributes a = b.Attributes;
        if (a.Authorization != AuthorizationStatus.NotAuthorized)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Units {b.Range} are already authorised ({a.Authorization})");
        }
        if (a.Issuer != Ledger.Registry)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Units {b.Range} were issued by {a.Issuer}; registry {Ledger.Registry} authorises only its own units");
        }
        return auth.CoversVintage(a.Vintage)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Units {b.Range} are of vintage {a.Vintage}, outside authorization {auth.Id}'s vintages {auth.FirstVintage}-{auth.LastVintage}");
    }

    private AuthorizationRefusedException? AuthorizationProblem(CreditBlock b, Authorization auth) =>
        AuthorizationProblemText(b, auth) is { } text ? new AuthorizationRefusedException(auth.Id, text) : null;
}
