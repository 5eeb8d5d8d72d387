using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry;

public sealed partial class Ledger
{
    /// <summary>
    /// Rebuilds a registry from its history: verifies the hash chain, then applies every event. The result has exactly
    /// the state of the ledger that wrote the history and continues it.
    /// </summary>
    /// <param name="history">The events, in order, starting with <see cref="RegistryCreated"/>.</param>
    /// <param name="clock">The clock for new operations.</param>
    /// <param name="expectedHead">When given, the hash the last event must have.</param>
    /// <exception cref="LedgerHistoryException">The chain is broken, or an event does not fit the state before it.</exception>
    public static Ledger Replay(IReadOnlyList<LedgerEvent> history, IClock clock, EventHash? expectedHead = null)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckArgument(history.Count > 0, nameof(history), "A history has at least its RegistryCreated event");
        // The chain is verified, then the operation ids indexed, on one other thread while this one rebuilds the state.
        // The rebuild is the longer of the two and cannot be split, so the verification does not spread over all
        // cores here (it would take the rebuild's core from it). A broken chain wins over any other problem, since it
        // explains it; otherwise the earliest problem in history order is reported.
        Task<(ChainVerification Verification, (Dictionary<string, int> Index, LedgerHistoryException? Duplicate) Indexed)> checking =
            Task.Run(() => (HashChain.VerifyCore(history, expectedHead, parallel: false), IndexOperations(history)));
        var log = new EventLog();
        LedgerState? state = null;
        ExceptionDispatchInfo? rebuildError = null;
        try
        {
            state = Rebuild(history, history.Count, log);
        }
        catch (Exception ex)
        {
            rebuildError = ExceptionDispatchInfo.Capture(ex);
        }
        (ChainVerification verification, (Dictionary<string, int> operations, LedgerHistoryException? duplicate)) = checking.GetAwaiter().GetResult();
        if (!verification.IsValid)
        {
            throw new LedgerHistoryException(verification);
        }
        if (duplicate is not null && (rebuildError?.SourceException is not LedgerHistoryException failed || duplicate.Sequence < failed.Sequence))
        {
            throw duplicate;
        }
        rebuildError?.Throw();
        return new Ledger(clock, state!, log, operations);
    }

    /// <summary>
    /// Applies the first <paramref name="count"/> events of a history from outside to an empty state (no chain
    /// verification), checking as well that every picking event carries exactly the blocks its selection picks.
    /// </summary>
    internal static LedgerState Rebuild(IReadOnlyList<LedgerEvent> history, int count, EventLog? log) =>
        Rebuild(LedgerState.CreateEmpty(), history, 0, count, log, checkPicks: true);

    /// <summary>
    /// Applies events <paramref name="from"/> to <paramref name="count"/> − 1 to <paramref name="start"/>, the state
    /// after the first <paramref name="from"/> events (no chain verification). A sealed start is never written: the
    /// replay copies the nodes it changes. <paramref name="checkPicks"/> also picks every selection again and compares
    /// the result with the event's blocks; the ledger's own history (for <c>AsOf</c>) was picked by this code and needs
    /// no such check.
    /// </summary>
    internal static LedgerState Rebuild(LedgerState start, IReadOnlyList<LedgerEvent> history, int from, int count, EventLog? log, bool checkPicks)
    {
        // The new nodes are private until the loop ends, so the replay may update the ones it creates in place.
        var owner = new TransientOwner();
        LedgerState state = start;
        for (int i = from; i < count; i++)
        {
            LedgerEvent e = history[i];
            try
            {
                if (e is CreditsReturned returned)
                {
                    CheckReturnTarget(history, returned);
                }
                state = state.Apply(e, null, owner, checkPicks);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                throw new LedgerHistoryException(e.Sequence, ex);
            }
            if (log is not null)
            {
                log.Reserve();
                log.Append(e);
            }
        }
        owner.Retire();
        return state;
    }

    /// <summary>The idempotency index of a history: operation id to sequence, or the first event that repeats an id.</summary>
    private static (Dictionary<string, int> Index, LedgerHistoryException? Duplicate) IndexOperations(IReadOnlyList<LedgerEvent> history)
    {
        var index = new Dictionary<string, int>(history.Count, StringComparer.Ordinal);
        for (int i = 0; i < history.Count; i++)
        {
            LedgerEvent e = history[i];
            if (e is null)
            {
                // Reported by the chain verification.
                break;
            }
            if (!index.TryAdd(e.OperationId.Value, i))
            {
                return (index, new LedgerHistoryException(e.Sequence, new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Operation id {e.OperationId} was already used by event {index[e.OperationId.Value]}"))));
            }
        }
        return (index, null);
    }

    /// <summary>A return must name an outgoing transfer of this very history, with its hash, addressee and blocks.</summary>
    private static void CheckReturnTarget(IReadOnlyList<LedgerEvent> history, CreditsReturned r)
    {
        long sequence = r.TransferSequence;
        if (sequence < 0 || sequence >= r.Sequence || history[(int)sequence] is not CreditsTransferredOut outgoing || outgoing.Hash != r.TransferHash
            || outgoing.OperationId != r.TransferOperation || outgoing.From != r.To || outgoing.To != r.From
            || !outgoing.Blocks.AsSpan().SequenceEqual(r.Blocks.AsSpan()))
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Return {r.OperationId} names outgoing transfer {r.TransferOperation} #{sequence} with hash {r.TransferHash}, which is not an earlier event of this history"));
        }
    }
}
