using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// An inclusive block of consecutive credit serial numbers, <c>Start..End</c>; a single credit has
/// <c>Start == End</c>. <see cref="Count"/> is <c>End − Start + 1</c>.
/// </summary>
/// <remarks>
/// <para>Serials are positive 64-bit integers (1 or more). A block always holds at least one credit. The
/// default value is not a valid block (it is 0..0) and is rejected by the members that take a block.</para>
/// <para>Splitting follows the registry convention: when part of a block moves, the holder keeps the first
/// sub-block (the head) and the receiver gets the last (the tail); <see cref="SplitHead"/> does the reverse
/// split for callers that need it. Blocks have no natural order relation beyond their start, and so do not
/// implement <see cref="IComparable{T}"/>; sort them with <see cref="StartComparer"/>.</para>
/// </remarks>
public readonly struct SerialBlock : IEquatable<SerialBlock>, ISpanFormattable
{
    private readonly long start;
    private readonly long end;

    private SerialBlock(long start, long end)
    {
        this.start = start;
        this.end = end;
    }

    /// <summary>The first serial of the block (inclusive).</summary>
    public long Start => start;

    /// <summary>The last serial of the block (inclusive).</summary>
    public long End => end;

    /// <summary>How many credits the block holds: <c>End − Start + 1</c>.</summary>
    public long Count => end - start + 1;

    /// <summary>Orders blocks by their first serial.</summary>
    public static System.Collections.Generic.IComparer<SerialBlock> StartComparer { get; } =
        System.Collections.Generic.Comparer<SerialBlock>.Create(static (a, b) => a.start.CompareTo(b.start));

    /// <summary>Creates the inclusive block <paramref name="start"/>..<paramref name="end"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static SerialBlock FromRange(long start, long end)
    {
        Preconditions.CheckArgumentRange(nameof(start), start, 1, long.MaxValue);
        Preconditions.CheckArgument(end >= start, nameof(end), "End serial must not be before the start serial; the block {0}-{1} is reversed", start, end);
        return new SerialBlock(start, end);
    }

    /// <summary>Creates the block of <paramref name="count"/> credits starting at <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The start is below 1, the count below 1, or the end would overflow.</exception>
    public static SerialBlock FromStartAndCount(long start, long count)
    {
        Preconditions.CheckArgumentRange(nameof(start), start, 1, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(count), count, 1, long.MaxValue - start + 1);
        return new SerialBlock(start, start + count - 1);
    }

    /// <summary>Whether <paramref name="serial"/> lies in this block.</summary>
    public bool Contains(long serial) => serial >= start && serial <= end;

    /// <summary>Whether <paramref name="other"/> lies wholly within this block.</summary>
    public bool Contains(SerialBlock other) => other.start >= start && other.end <= end;

    /// <summary>Whether the two blocks share at least one serial.</summary>
    public bool Overlaps(SerialBlock other) => other.start <= end && start <= other.end;

    /// <summary>Whether <paramref name="other"/> starts right after this block ends, or ends right before it starts.</summary>
    public bool IsAdjacentTo(SerialBlock other) =>
        (end != long.MaxValue && other.start == end + 1) || (other.end != long.MaxValue && start == other.end + 1);

    /// <summary>
    /// Splits off the last <paramref name="count"/> credits: the holder keeps the head, the receiver gets the tail.
    /// </summary>
    /// <param name="count">Credits to split off, from 1 to <see cref="Count"/>−1 (a whole block is moved, not split).</param>
    /// <returns>The head (kept) and the tail (moved).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is not between 1 and <see cref="Count"/>−1.</exception>
    public (SerialBlock Kept, SerialBlock Moved) SplitTail(long count)
    {
        CheckSplit(count);
        long cut = end - count;
        return (new SerialBlock(start, cut), new SerialBlock(cut + 1, end));
    }

    /// <summary>Splits off the first <paramref name="count"/> credits: they move, the tail is kept.</summary>
    /// <param name="count">Credits to split off, from 1 to <see cref="Count"/>−1.</param>
    /// <returns>The tail (kept) and the head (moved).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is not between 1 and <see cref="Count"/>−1.</exception>
    public (SerialBlock Kept, SerialBlock Moved) SplitHead(long count)
    {
        CheckSplit(count);
        long cut = start + count;
        return (new SerialBlock(cut, end), new SerialBlock(start, cut - 1));
    }

    /// <summary>Joins this block with an adjacent one into a single block.</summary>
    /// <exception cref="ArgumentException">The blocks are not adjacent.</exception>
    public SerialBlock Merge(SerialBlock other)
    {
        Preconditions.CheckArgument(IsAdjacentTo(other), nameof(other), "Blocks {0} and {1} are not adjacent and cannot be merged", this, other);
        return new SerialBlock(Math.Min(start, other.start), Math.Max(end, other.end));
    }

    /// <summary>Removes <paramref name="inner"/> from this block, leaving up to two pieces.</summary>
    /// <param name="inner">A block within this one.</param>
    /// <returns>The piece before <paramref name="inner"/> and the piece after it; either may be null.</returns>
    /// <exception cref="ArgumentException"><paramref name="inner"/> is not within this block.</exception>
    public (SerialBlock? Before, SerialBlock? After) Remove(SerialBlock inner)
    {
        Preconditions.CheckArgument(inner.start >= 1 && Contains(inner), nameof(inner), "Block {0} does not lie within block {1}", inner, this);
        SerialBlock? before = inner.start > start ? new SerialBlock(start, inner.start - 1) : null;
        SerialBlock? after = inner.end < end ? new SerialBlock(inner.end + 1, end) : null;
        return (before, after);
    }

    /// <summary>Parses <c>start-end</c> (for example <c>101-200</c>) or a single serial.</summary>
    /// <exception cref="FormatException">The text is not a block; the message says which part is wrong.</exception>
    public static SerialBlock Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        int dash = s.IndexOf('-', StringComparison.Ordinal);
        string first = dash < 0 ? s : s[..dash];
        string last = dash < 0 ? s : s[(dash + 1)..];
        if (!NumberText.TryParseDigits(first, out long a) || a < 1)
        {
            throw new FormatException($"Start serial of block '{s}' must be a positive whole number");
        }
        if (!NumberText.TryParseDigits(last, out long b) || b < 1)
        {
            throw new FormatException($"End serial of block '{s}' must be a positive whole number");
        }
        if (b < a)
        {
            throw new FormatException($"End serial of block '{s}' is before its start");
        }
        return new SerialBlock(a, b);
    }

    /// <inheritdoc />
    public bool Equals(SerialBlock other) => start == other.start && end == other.end;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SerialBlock other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, end);

    /// <summary>Equality of both bounds.</summary>
    public static bool operator ==(SerialBlock left, SerialBlock right) => left.Equals(right);

    /// <summary>Inequality of either bound.</summary>
    public static bool operator !=(SerialBlock left, SerialBlock right) => !left.Equals(right);

    /// <summary>Formats as <c>start-end</c>, for example <c>101-200</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{start}-{end}");

    /// <summary>Formats as <c>start-end</c>; the format string applies to both numbers (for example <c>D6</c>).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        IFormatProvider provider = formatProvider ?? CultureInfo.InvariantCulture;
        return start.ToString(format, provider) + "-" + end.ToString(format, provider);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        charsWritten = 0;
        if (!start.TryFormat(destination, out int a, format, provider) || a >= destination.Length)
        {
            return false;
        }
        destination[a] = '-';
        if (!end.TryFormat(destination[(a + 1)..], out int b, format, provider))
        {
            return false;
        }
        charsWritten = a + 1 + b;
        return true;
    }

    private void CheckSplit(long count)
    {
        Preconditions.CheckArgument(start >= 1, nameof(count), "The default block 0-0 cannot be split");
        if (count < 1 || count >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                string.Create(CultureInfo.InvariantCulture, $"Block {this} holds {Count} credits; a split must take between 1 and {Count - 1}"));
        }
    }
}
