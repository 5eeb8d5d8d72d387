using System.Globalization;

namespace CarbonLedger.Registry;

/// <summary>The outcome of <see cref="HashChain.Verify"/>: valid, or the first problem found and where.</summary>
public sealed class ChainVerification
{
    private ChainVerification(ChainProblem problem, int position, long sequence, string message)
    {
        Problem = problem;
        Position = position;
        Sequence = sequence;
        Message = message;
    }

    /// <summary>Whether the history is intact.</summary>
    public bool IsValid => Problem == ChainProblem.None;

    /// <summary>What is wrong, or <see cref="ChainProblem.None"/>.</summary>
    public ChainProblem Problem { get; }

    /// <summary>The 0-based position in the verified list of the first event found wrong (0 for an empty history), or −1 when valid.</summary>
    public int Position { get; }

    /// <summary>The event sequence number the problem concerns (the changed, missing, inserted or misplaced event), or −1 when valid.</summary>
    public long Sequence { get; }

    /// <summary>A sentence naming the problem and the events involved.</summary>
    public string Message { get; }

    internal static ChainVerification Valid(int count) =>
        new(ChainProblem.None, -1, -1, string.Create(CultureInfo.InvariantCulture, $"All {count} events are intact and linked"));

    internal static ChainVerification Fail(ChainProblem problem, int position, long sequence, string message) =>
        new(problem, position, sequence, message);

    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
