using System;
using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

public sealed partial class Ledger
{
    /// <summary>
    /// Records the arrival of another registry's signed outgoing transfer (the acquisition), after verifying it: the
    /// event is an outgoing transfer to this registry whose content matches its hash; the sender is on
    /// <paramref name="trust"/> and signed it with a key of its own valid at the transfer's instant; and this outgoing
    /// transfer (origin registry and sequence, or its hash) was never acquired or refused here before. The event's id
    /// is derived from the sender's (<see cref="OperationId.ForAcquisition"/>), so repeating the call returns the first
    /// acquisition and the credits arrive exactly once. Administrator only.
    /// </summary>
    /// <param name="actor">Who records it; must be this registry's administrator.</param>
    /// <param name="transfer">The sender's event with its signature.</param>
    /// <param name="trust">The partners' keys this registry trusts.</param>
    /// <returns>The committed event (the first one, when the call is repeated).</returns>
    /// <exception cref="TransferRejectedException">A verification failed; <see cref="TransferRejectedException.Reason"/> says which.</exception>
    /// <exception cref="ArgumentException">The receiving account's available balance would exceed <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="UnknownAccountException">The receiving account does not exist (refuse it with <see cref="RefuseAcquisition"/>).</exception>
    /// <exception cref="AccountTypeException">The receiving account is terminal (cancellation, OMGE cancellation or retirement).</exception>
    /// <exception cref="SerialConflictException">Some arriving serials are already present here.</exception>
    public CreditsAcquired Acquire(ActorId actor, SignedTransfer transfer, TrustList trust)
    {
        Preconditions.CheckArgument(actor.IsValid, nameof(actor), "Actor must not be the default value");
        Preconditions.CheckNotNull(transfer);
        Preconditions.CheckNotNull(trust);
        CreditsTransferredOut outgoing = VerifyTransfer(transfer, trust);
        return Acquire(actor, outgoing, transfer.Signature);
    }

    /// <summary>
    /// Records the arrival of an outgoing transfer from a ledger in this same process (for example between two
    /// <c>Article6Registry</c> instances), without a signature: checks instead that <paramref name="outgoing"/> is the
    /// event <paramref name="source"/> itself committed at that sequence. Both ledgers are in the host's hands, so this
    /// crosses no trust boundary; between machines use <see cref="Acquire(ActorId, SignedTransfer, TrustList)"/>.
    /// Otherwise as that method: idempotent, administrator only, the same refusals.
    /// </summary>
    /// <param name="actor">Who records it; must be this registry's administrator.</param>
    /// <param name="source">The sending registry's ledger.</param>
    /// <param name="outgoing">The sender's event.</param>
    /// <returns>The committed event (the first one, when the call is repeated).</returns>
    /// <exception cref="TransferRejectedException">The event is not the sending ledger's own, or was acquired or refused before.</exception>
    /// <exception cref="RegistryException">Other refusals, as for <see cref="Acquire(ActorId, SignedTransfer, TrustList)"/>.</exception>
    public CreditsAcquired AcquireFrom(ActorId actor, Ledger source, CreditsTransferredOut outgoing)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(outgoing);
        LedgerSnapshot sender = source.Current;
        if (sender.Registry != outgoing.From.Registry || outgoing.Sequence < 0 || outgoing.Sequence >= sender.EventCount
            || sender.Events[(int)outgoing.Sequence].Hash != outgoing.Hash)
        {
            throw new TransferRejectedException(TransferRejection.UnknownTransfer, string.Create(CultureInfo.InvariantCulture,
                $"Acquisition refused: {SignedTransfer.Describe(outgoing)} is not an event of the sending ledger {sender.Registry}"));
        }
        return Acquire(actor, outgoing);
    }

    /// <summary>
    /// Refuses another registry's signed outgoing transfer for good (for example because the receiving account does not
    /// exist), so that the sender can return the credits: records an <see cref="AcquisitionRefused"/> event under the id
    /// the acquisition would have had. Sign it with <see cref="SignedRefusal.Sign"/> and hand it to the sender, who
    /// records the return with <see cref="Return"/>. Verifies the transfer as <see cref="Acquire(ActorId, SignedTransfer, TrustList)"/>
    /// does. Administrator only.
    /// </summary>
    /// <param name="actor">Who records it; must be this registry's administrator.</param>
    /// <param name="transfer">The sender's event with its signature.</param>
    /// <param name="trust">The partners' keys this registry trusts.</param>
    /// <param name="reason">Why the credits cannot be acquired.</param>
    /// <returns>The committed event (the first one, when the call is repeated).</returns>
    /// <exception cref="TransferRejectedException">A verification failed, or the transfer was acquired already.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    public AcquisitionRefused RefuseAcquisition(ActorId actor, SignedTransfer transfer, TrustList trust, ReturnReason reason)
    {
        Preconditions.CheckArgument(actor.IsValid, nameof(actor), "Actor must not be the default value");
        Preconditions.CheckNotNull(transfer);
        Preconditions.CheckNotNull(trust);
        Preconditions.CheckDefined(reason, nameof(reason));
        CreditsTransferredOut outgoing = VerifyTransfer(transfer, trust);
        OperationId operation = OperationId.ForAcquisition(outgoing.From.Registry, outgoing.OperationId);
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return prior is AcquisitionRefused same && same.Actor == actor && same.SourceEventHash == outgoing.Hash && same.Reason == reason
                    ? same
                    : throw Settled(prior, outgoing);
            }
            RecoverIfBroken();
            state.CheckNotSettled(outgoing);
            state.CheckAdministrator(actor, outgoing.To, "refuse an acquisition into");
            Inject(LedgerStep.Checked);
            return Commit(new AcquisitionRefused(NextHeader(operation, actor), outgoing.From, outgoing.To, outgoing.OperationId, outgoing.Sequence,
                outgoing.Hash, reason, outgoing.Blocks, transfer.Signature));
        }
    }

    /// <summary>
    /// Returns the credits of one of this registry's outgoing transfers that the receiving registry refused: checks the
    /// refusal's signature (by a key of the refusing registry valid at the refusal's instant, per
    /// <paramref name="trust"/>), that it names an outgoing transfer of this registry with that sequence, hash and
    /// blocks, and that those credits were not returned before; then puts them back in the sending account. Administrator only.
    /// </summary>
    /// <param name="operation">The client operation id of the return.</param>
    /// <param name="actor">Who records it; must be this registry's administrator.</param>
    /// <param name="refusal">The receiving registry's refusal with its signature.</param>
    /// <param name="trust">The partners' keys this registry trusts.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="TransferRejectedException">A verification failed, the transfer is not this registry's, or it was returned before.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="SerialConflictException">Some of the serials are present here again.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation.</exception>
    public CreditsReturned Return(OperationId operation, ActorId actor, SignedRefusal refusal, TrustList trust)
    {
        CheckRequest(operation, actor);
        Preconditions.CheckNotNull(refusal);
        Preconditions.CheckNotNull(trust);
        if (refusal.Verify(Registry, trust) is { } problem)
        {
            throw new TransferRejectedException(problem.Reason, "Return refused: " + problem.Message);
        }
        var refused = (AcquisitionRefused)refusal.Event;
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (CreditsReturned e) => e.Actor == actor && e.RefusalHash == refused.Hash);
            }
            RecoverIfBroken();
            CreditsTransferredOut outgoing = FindReturnable(log.View, refused, state);
            state.CheckAdministrator(actor, outgoing.From, "record a return into");
            AccountSlot slot = state.RequireSlot(outgoing.From, out _);
            state.CheckReturn(outgoing);
            LedgerState.CheckRoom(slot, outgoing.Blocks, nameof(refusal));
            Inject(LedgerStep.Checked);
            return Commit(new CreditsReturned(NextHeader(operation, actor), refused.To, outgoing.From, outgoing.OperationId, outgoing.Sequence, outgoing.Hash,
                refused.OperationId, refused.Sequence, refused.Hash, refused.Reason, outgoing.Blocks, refusal.Signature));
        }
    }

    /// <summary>The outgoing transfer of <paramref name="history"/> that a refusal names, checked against it; or a rejection.</summary>
    internal static CreditsTransferredOut FindReturnable(IReadOnlyList<LedgerEvent> history, AcquisitionRefused refused, LedgerState state)
    {
        long sequence = refused.SourceSequence;
        if (sequence < 0 || sequence >= history.Count || history[(int)sequence] is not CreditsTransferredOut outgoing
            || outgoing.Hash != refused.SourceEventHash || outgoing.OperationId != refused.SourceOperation || outgoing.To != refused.To
            || !outgoing.Blocks.AsSpan().SequenceEqual(refused.Blocks.AsSpan()))
        {
            throw new TransferRejectedException(TransferRejection.UnknownTransfer, string.Create(CultureInfo.InvariantCulture,
                $"Return refused: {SignedRefusal.Describe(refused)} names outgoing transfer {refused.SourceOperation} #{sequence} with hash {refused.SourceEventHash}, which registry {state.Registry} does not have as such"));
        }
        return outgoing;
    }

    private CreditsTransferredOut VerifyTransfer(SignedTransfer transfer, TrustList trust)
    {
        if (transfer.Verify(Registry, trust) is { } problem)
        {
            throw new TransferRejectedException(problem.Reason, "Acquisition refused: " + problem.Message);
        }
        return (CreditsTransferredOut)transfer.Event;
    }

    private static TransferRejectedException Settled(LedgerEvent prior, CreditsTransferredOut outgoing) => prior switch
    {
        AcquisitionRefused => new TransferRejectedException(TransferRejection.AlreadyRefused,
            $"Acquisition refused: {SignedTransfer.Describe(outgoing)} was refused by event #{prior.Sequence}"),
        _ => new TransferRejectedException(TransferRejection.AlreadyAcquired,
            $"Acquisition refused: {SignedTransfer.Describe(outgoing)} was acquired by event #{prior.Sequence}"),
    };
}
