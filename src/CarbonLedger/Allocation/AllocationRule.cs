using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Allocation;

/// <summary>
/// How whole credits are split among recipients: exact shares that sum to exactly 1, integerised by the
/// largest-remainder (Hamilton) method with deterministic tie-breaks. Groups nest another rule, so a
/// two-level split (Japan side / partner side, then each side among its members) is one rule.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Each entry first receives the whole part of its exact share of the total
/// (<c>floor(total × share)</c>). The credits left over (always fewer than the number of entries with a
/// non-zero remainder) go one each to entries in this order: rounded-up entries (see
/// <see cref="AllocationEntry.RoundsUp"/>) with a non-zero remainder first; then larger remainder first;
/// then lower <see cref="AllocationEntry.Priority"/>; then earlier declaration. The outcome is a pure
/// function of the rule and the total.</para>
/// <para><b>Guarantees</b>, for every total: the parts sum exactly to the total; no part is negative; each
/// part is its exact share rounded down or up, so it lies strictly within one credit of the exact share; a
/// single rounded-up entry gets its exact share rounded up. With groups, each level keeps these guarantees
/// with respect to the credits of its own group.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AllocationRule
{
    private const int StackLimit = 64;

    // Up to this common denominator, x / D for x < D² is computed exactly by a multiply-high with ceil(2^64 / D)
    // (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019: exact for 32-bit x and D).
    private const long ReciprocalLimit = 1 << 16;

    private readonly AllocationEntry[] entries;
    private readonly long[] weights;          // numerators over the common denominator
    private readonly long commonDenominator;
    private readonly long fastTotalLimit;     // totals up to this multiply by a weight without overflow
    private readonly ulong reciprocal;        // ceil(2^64 / D) when 1 < D <= 2^16, else 0
    private readonly int[] rank;              // tie-break rank of each entry: 0 is served first
    private readonly bool[] roundsUp;
    private readonly int[] leafOffset;        // first leaf index of each entry
    private readonly bool flat;
    private readonly string[] recipients;     // leaf names, depth-first
    private readonly string?[] recipientGroups;
    private readonly Share[] recipientShares; // leaf share of its enclosing whole
    private readonly Dictionary<string, int> leafIndex;
    private readonly Dictionary<string, Share> overallShares;
    private readonly Dictionary<string, (int Offset, int Count)> groupRanges;

    private AllocationRule(AllocationEntry[] entries)
    {
        this.entries = entries;
        int n = entries.Length;
        commonDenominator = 1;
        foreach (AllocationEntry entry in entries)
        {
            commonDenominator = LeastCommonMultiple(commonDenominator, entry.Share.Denominator);
        }
        weights = new long[n];
        for (int i = 0; i < n; i++)
        {
            weights[i] = entries[i].Share.Numerator * (commonDenominator / entries[i].Share.Denominator);
        }
        fastTotalLimit = long.MaxValue / commonDenominator;
        reciprocal = commonDenominator is > 1 and <= ReciprocalLimit ? (ulong.MaxValue / (ulong)commonDenominator) + 1 : 0;
        int[] order = Enumerable.Range(0, n).OrderBy(i => entries[i].Priority).ThenBy(i => i).ToArray();
        rank = new int[n];
        for (int position = 0; position < n; position++)
        {
            rank[order[position]] = position;
        }
        roundsUp = entries.Select(e => e.RoundsUp).ToArray();
        flat = entries.All(e => !e.IsGroup);

        var names = new List<string>();
        var groups = new List<string?>();
        var shares = new List<Share>();
        leafOffset = new int[n];
        overallShares = new Dictionary<string, Share>(StringComparer.Ordinal);
        groupRanges = new Dictionary<string, (int Offset, int Count)>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            AllocationEntry entry = entries[i];
            leafOffset[i] = names.Count;
            overallShares.Add(entry.Name, entry.Share);
            if (entry.Members is { } members)
            {
                groupRanges.Add(entry.Name, (leafOffset[i], members.recipients.Length));
                foreach (KeyValuePair<string, (int Offset, int Count)> inner in members.groupRanges)
                {
                    groupRanges.Add(inner.Key, (leafOffset[i] + inner.Value.Offset, inner.Value.Count));
                }
                for (int j = 0; j < members.recipients.Length; j++)
                {
                    names.Add(members.recipients[j]);
                    groups.Add(members.recipientGroups[j] ?? entry.Name);
                    shares.Add(members.recipientShares[j]);
                }
                foreach (KeyValuePair<string, Share> inner in members.overallShares)
                {
                    overallShares.Add(inner.Key, entry.Share * inner.Value);
                }
            }
            else
            {
                names.Add(entry.Name);
                groups.Add(null);
                shares.Add(entry.Share);
            }
        }
        recipients = names.ToArray();
        recipientGroups = groups.ToArray();
        recipientShares = shares.ToArray();
        leafIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < recipients.Length; i++)
        {
            leafIndex.Add(recipients[i], i);
        }
    }

    /// <summary>The entries, in declaration order.</summary>
    public IReadOnlyList<AllocationEntry> Entries => new ReadOnlyCollection<AllocationEntry>(entries);

    /// <summary>The recipients (the leaves of the rule tree), depth-first in declaration order: the order of <see cref="Allocate"/>'s output.</summary>
    public IReadOnlyList<string> Recipients => new ReadOnlyCollection<string>(recipients);

    /// <summary>How many recipients (leaves) the rule has.</summary>
    public int RecipientCount => recipients.Length;

    /// <summary>
    /// Creates a rule from its entries. The shares of the entries must sum to exactly 1 (and so must the shares
    /// inside each group), and every name in the tree, recipient or group, must be unique (ordinal comparison).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There is no entry, the shares do not sum to exactly 1, a name repeats,
    /// or the least common denominator of the shares exceeds 2^63 − 1.</exception>
    public static AllocationRule Create(IEnumerable<AllocationEntry> entries)
    {
        Preconditions.CheckNotNull(entries);
        AllocationEntry[] copy = entries.ToArray();
        Preconditions.CheckArgument(copy.Length > 0, nameof(entries), "An allocation rule needs at least one entry");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Share sum = Share.Zero;
        long lcd = 1;
        foreach (AllocationEntry entry in copy)
        {
            Preconditions.CheckArgument(entry is not null, nameof(entries), "Allocation entries must not be null");
            sum += entry.Share;
            lcd = CheckedLeastCommonMultiple(lcd, entry.Share.Denominator);
            CheckUnique(seen, entry.Name);
            if (entry.Members is { } members)
            {
                foreach (string inner in members.overallShares.Keys)
                {
                    CheckUnique(seen, inner);
                }
            }
        }
        Preconditions.CheckArgument(sum.IsOne, nameof(entries), "Shares must sum to exactly 1; they sum to {0}", sum);
        return new AllocationRule(copy);

        static void CheckUnique(HashSet<string> seen, string name) =>
            Preconditions.CheckArgument(seen.Add(name), nameof(entries), "Recipient '{0}' appears more than once in the allocation rule", name);

        static long CheckedLeastCommonMultiple(long a, long b)
        {
            Int128 lcm = (Int128)(a / Gcd(a, b)) * b;
            Preconditions.CheckArgument(lcm <= long.MaxValue, nameof(entries),
                "The least common denominator of the shares is too large (above 2^63 - 1); simplify the shares, last one {0}", b);
            return (long)lcm;
        }
    }

    /// <summary>Creates a rule from its entries; see <see cref="Create(IEnumerable{AllocationEntry})"/>.</summary>
    public static AllocationRule Create(params AllocationEntry[] entries) => Create((IEnumerable<AllocationEntry>)entries);

    /// <summary>Whether the rule names <paramref name="name"/> as a recipient or a group.</summary>
    public bool Contains(string name) => name is not null && overallShares.ContainsKey(name);

    /// <summary>
    /// The exact share of the whole total that a recipient or group receives before integerisation: the product
    /// of the shares along its path (for example 31/40 × 27/31 = 27/40).
    /// </summary>
    /// <exception cref="ArgumentException">The rule has no such recipient or group.</exception>
    public Share ShareOf(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(overallShares.TryGetValue(name, out Share share), nameof(name), "The allocation rule has no recipient or group '{0}'", name);
        return share;
    }

    /// <summary>
    /// Splits <paramref name="total"/> whole credits and writes each recipient's part into
    /// <paramref name="parts"/>, in the order of <see cref="Recipients"/>. Allocates no memory for rules of up
    /// to 64 entries per level.
    /// </summary>
    /// <param name="total">Credits to split, 1 or more.</param>
    /// <param name="parts">Receives the parts; its length must equal <see cref="RecipientCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> has the wrong length.</exception>
    public void Allocate(long total, Span<long> parts)
    {
        Preconditions.CheckArgumentRange(nameof(total), total, 1, long.MaxValue);
        Preconditions.CheckArgument(parts.Length == recipients.Length, nameof(parts),
            "The parts span must have one slot per recipient ({0}); it has {1}", recipients.Length, parts.Length);
        AllocateCore(total, parts);
    }

    /// <summary>Splits <paramref name="total"/> whole credits and returns the parts with their recipients.</summary>
    /// <param name="total">Credits to split, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is below 1.</exception>
    public Apportionment Apportion(long total)
    {
        Preconditions.CheckArgumentRange(nameof(total), total, 1, long.MaxValue);
        long[] parts = new long[recipients.Length];
        AllocateCore(total, parts);
        return new Apportionment(this, total, parts);
    }

    private static readonly string VintageRange = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Vintage.MinYear} to {Vintage.MaxYear}");

    /// <summary>
    /// Splits each vintage's credits separately (multi-year monitoring periods are allocated per vintage);
    /// a recipient's total is the sum of its per-vintage parts.
    /// </summary>
    /// <param name="creditsByVintage">Credits per vintage year; each 1 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="creditsByVintage"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no vintage, a vintage year is not from <see cref="Vintage.MinYear"/> to
    /// <see cref="Vintage.MaxYear"/>, or a vintage has fewer than 1 credit.</exception>
    public VintageApportionment ApportionByVintage(IReadOnlyDictionary<int, long> creditsByVintage)
    {
        Preconditions.CheckNotNull(creditsByVintage);
        Preconditions.CheckArgument(creditsByVintage.Count > 0, nameof(creditsByVintage), "At least one vintage is needed");
        var byVintage = new SortedDictionary<int, Apportionment>();
        foreach (KeyValuePair<int, long> vintage in creditsByVintage)
        {
            Preconditions.CheckArgument(vintage.Key is >= Vintage.MinYear and <= Vintage.MaxYear, nameof(creditsByVintage),
                "Vintage {0} is out of range; a vintage year is {1}", vintage.Key, VintageRange);
            Preconditions.CheckArgument(vintage.Value >= 1, nameof(creditsByVintage),
                "Vintage {0} has {1} credits; each vintage must have at least 1", vintage.Key, vintage.Value);
        }
        foreach (KeyValuePair<int, long> vintage in creditsByVintage)
        {
            byVintage.Add(vintage.Key, Apportion(vintage.Value));
        }
        return new VintageApportionment(recipients, byVintage);
    }

    /// <summary>The entries, for example <c>[Government of Japan 1/2 (rounds up), Participants 1/2]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", entries.Select(e => e.ToString())) + "]";

    /// <summary>The credits of a recipient or group, read from the leaf parts of an allocation.</summary>
    internal long CreditsOf(string name, ReadOnlySpan<long> leafParts)
    {
        Preconditions.CheckNotNull(name);
        if (leafIndex.TryGetValue(name, out int leaf))
        {
            return leafParts[leaf];
        }
        Preconditions.CheckArgument(groupRanges.TryGetValue(name, out (int Offset, int Count) range), nameof(name),
            "The apportionment has no recipient or group '{0}'", name);
        long sum = 0;
        foreach (long part in leafParts.Slice(range.Offset, range.Count))
        {
            sum += part;
        }
        return sum;
    }

    /// <summary>The part of leaf <paramref name="index"/> holding <paramref name="credits"/>.</summary>
    internal ApportionedPart PartAt(int index, long credits) =>
        new(recipients[index], recipientGroups[index], credits, recipientShares[index], overallShares[recipients[index]]);

    private void AllocateCore(long total, Span<long> leafParts)
    {
        if (flat)
        {
            Hamilton(total, leafParts);
            return;
        }
        int n = entries.Length;
        Span<long> own = n <= StackLimit ? stackalloc long[n] : new long[n];
        Hamilton(total, own);
        for (int i = 0; i < n; i++)
        {
            if (entries[i].Members is { } members)
            {
                Span<long> slice = leafParts.Slice(leafOffset[i], members.recipients.Length);
                if (own[i] == 0)
                {
                    slice.Clear();
                }
                else
                {
                    members.AllocateCore(own[i], slice);
                }
            }
            else
            {
                leafParts[leafOffset[i]] = own[i];
            }
        }
    }

    private void Hamilton(long total, Span<long> parts)
    {
        if (entries.Length <= SmallBuffer.Length)
        {
            SmallBuffer small = default;
            Hamilton(total, parts, ((Span<long>)small)[..entries.Length]);
        }
        else
        {
            HamiltonLarge(total, parts);
        }
    }

    // Kept apart so that the stack allocation does not slow down the common, small case.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void HamiltonLarge(long total, Span<long> parts)
    {
        int n = entries.Length;
        Hamilton(total, parts, n <= StackLimit ? stackalloc long[n] : new long[n]);
    }

    private void Hamilton(long total, Span<long> parts, Span<long> remainders)
    {
        int n = entries.Length;
        long denominator = commonDenominator;
        long assigned = 0;
        if (reciprocal != 0)
        {
            // total = whole × D + rest, so total × w / D = whole × w + (rest × w) / D with rest × w < D² ≤ 2^32:
            // one hardware division for the whole rule, then a multiply-high per entry.
            ulong d = (ulong)denominator;
            ulong whole = (ulong)total / d;
            ulong rest = (ulong)total - (whole * d);
            for (int i = 0; i < n; i++)
            {
                ulong w = (ulong)weights[i];
                ulong x = rest * w;
                ulong quotient = Math.BigMul(reciprocal, x, out _);
                long part = (long)((whole * w) + quotient);
                parts[i] = part;
                remainders[i] = (long)(x - (quotient * d));
                assigned += part;
            }
        }
        else if (total <= fastTotalLimit)
        {
            for (int i = 0; i < n; i++)
            {
                long product = total * weights[i];
                long quotient = product / denominator;
                parts[i] = quotient;
                remainders[i] = product - (quotient * denominator);
                assigned += quotient;
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                (Int128 quotient, Int128 remainder) = Int128.DivRem((Int128)total * weights[i], denominator);
                parts[i] = (long)quotient;
                remainders[i] = (long)remainder;
                assigned += (long)quotient;
            }
        }
        long leftover = total - assigned;
        for (; leftover > 0; leftover--)
        {
            int best = -1;
            for (int i = 0; i < n; i++)
            {
                if (remainders[i] > 0 && (best < 0 || ServedBefore(i, best, remainders)))
                {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = 0;
        }
    }

    private bool ServedBefore(int candidate, int incumbent, ReadOnlySpan<long> remainders)
    {
        if (roundsUp[candidate] != roundsUp[incumbent])
        {
            return roundsUp[candidate];
        }
        if (remainders[candidate] != remainders[incumbent])
        {
            return remainders[candidate] > remainders[incumbent];
        }
        return rank[candidate] < rank[incumbent];
    }

    private static long LeastCommonMultiple(long a, long b) => a / Gcd(a, b) * b;

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct SmallBuffer
    {
        internal const int Length = 16;

        private long element;
    }
}
