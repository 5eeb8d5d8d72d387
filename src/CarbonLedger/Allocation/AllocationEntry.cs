using System;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Allocation;

/// <summary>
/// One line of an <see cref="AllocationRule"/>: either a recipient with its share, or a group (for example
/// "the Japan side") with its share and a nested rule that splits the group's credits among its members.
/// </summary>
/// <remarks>
/// Immutable. <see cref="WithRoundUp"/> and <see cref="WithPriority"/> return modified copies. Entries
/// compare by reference; a rule checks the names of its entries for uniqueness.
/// </remarks>
public sealed class AllocationEntry
{
    private AllocationEntry(string name, Share share, AllocationRule? members, bool roundUp, int priority)
    {
        Name = name;
        Share = share;
        Members = members;
        RoundsUp = roundUp;
        Priority = priority;
    }

    /// <summary>The recipient's or group's name, unique within its rule tree (compared ordinally).</summary>
    public string Name { get; }

    /// <summary>The exact share of the enclosing whole: of the total for a top-level entry, of the group's credits for a member.</summary>
    public Share Share { get; }

    /// <summary>The nested rule of a group; null for a recipient.</summary>
    public AllocationRule? Members { get; }

    /// <summary>Whether this is a group whose credits are split again by <see cref="Members"/>.</summary>
    public bool IsGroup => Members is not null;

    /// <summary>
    /// Whether this entry is "rounded up": it comes first for the credits left over after every entry has had
    /// the whole part of its exact share, so a single rounded-up entry always receives its exact share rounded
    /// up (the Government of Japan in the JCM).
    /// </summary>
    public bool RoundsUp { get; }

    /// <summary>
    /// The declared tie-break priority: among entries with equal remainders, the lower number receives a
    /// left-over credit first; equal priorities fall back to the order of declaration. The default is 0.
    /// </summary>
    public int Priority { get; }

    /// <summary>Creates a recipient entry.</summary>
    /// <param name="name">A non-blank name, unique within the rule tree.</param>
    /// <param name="share">The exact share of the enclosing whole.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static AllocationEntry Recipient(string name, Share share)
    {
        CheckName(name);
        return new AllocationEntry(name, share, null, false, 0);
    }

    /// <summary>Creates a group entry whose credits are split again among <paramref name="members"/>.</summary>
    /// <param name="name">A non-blank name, unique within the rule tree.</param>
    /// <param name="share">The exact share of the enclosing whole.</param>
    /// <param name="members">The rule that splits the group's credits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static AllocationEntry Group(string name, Share share, AllocationRule members)
    {
        CheckName(name);
        Preconditions.CheckNotNull(members);
        return new AllocationEntry(name, share, members, false, 0);
    }

    /// <summary>A copy of this entry marked as rounded up (see <see cref="RoundsUp"/>).</summary>
    public AllocationEntry WithRoundUp() => new(Name, Share, Members, true, Priority);

    /// <summary>A copy of this entry with the given tie-break priority (lower wins; see <see cref="Priority"/>).</summary>
    public AllocationEntry WithPriority(int priority) => new(Name, Share, Members, RoundsUp, priority);

    /// <summary>The name, share and flags, for example <c>Government of Japan 1/2 (rounds up)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} {Share}{(RoundsUp ? " (rounds up)" : string.Empty)}{(IsGroup ? " group" : string.Empty)}");

    private static void CheckName(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "Recipient name must not be blank");
    }
}
