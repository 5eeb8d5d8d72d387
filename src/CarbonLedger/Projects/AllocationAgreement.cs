using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Utility;

namespace CarbonLedger.Projects;

/// <summary>
/// A project's "Percentage of Credit Allocation Form": the <see cref="AllocationRule"/> that splits its credits
/// and the party behind each recipient of the rule.
/// </summary>
/// <remarks>
/// Every recipient (leaf) of the rule is exactly one participant, matched by name; groups of the rule (such as
/// "Japan side") are not participants. Immutable.
/// </remarks>
public sealed class AllocationAgreement
{
    private readonly Dictionary<string, ProjectParticipant> byName;

    private AllocationAgreement(AllocationRule rule, Dictionary<string, ProjectParticipant> byName)
    {
        Rule = rule;
        this.byName = byName;
        Participants = new ReadOnlyCollection<ProjectParticipant>(rule.Recipients.Select(n => byName[n]).ToArray());
    }

    /// <summary>The rule that splits the credits.</summary>
    public AllocationRule Rule { get; }

    /// <summary>The recipients, in the rule's recipient order.</summary>
    public IReadOnlyList<ProjectParticipant> Participants { get; }

    /// <summary>The exact share of all credits that the Government of Japan receives (zero when it is not a recipient).</summary>
    public Share GovernmentOfJapanShare =>
        Participants.FirstOrDefault(p => p.IsGovernmentOfJapan) is { } japan ? Rule.ShareOf(japan.Name) : Share.Zero;

    /// <summary>Matches the rule's recipients with their participants.</summary>
    /// <param name="rule">The allocation rule.</param>
    /// <param name="participants">One participant per recipient of the rule, with the same names; no others.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A participant repeats, names no recipient, or a recipient has no participant.</exception>
    public static AllocationAgreement Create(AllocationRule rule, IEnumerable<ProjectParticipant> participants)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckNotNull(participants);
        var byName = new Dictionary<string, ProjectParticipant>(StringComparer.Ordinal);
        foreach (ProjectParticipant participant in participants)
        {
            Preconditions.CheckArgument(participant is not null, nameof(participants), "Participants must not be null");
            Preconditions.CheckArgument(byName.TryAdd(participant.Name, participant), nameof(participants), "Participant '{0}' appears more than once", participant.Name);
            Preconditions.CheckArgument(rule.Recipients.Contains(participant.Name), nameof(participants),
                "Participant '{0}' is not a recipient of the allocation rule {1}", participant.Name, rule);
        }
        foreach (string recipient in rule.Recipients)
        {
            Preconditions.CheckArgument(byName.ContainsKey(recipient), nameof(participants), "Recipient '{0}' of the allocation rule has no participant", recipient);
        }
        return new AllocationAgreement(rule, byName);
    }

    /// <summary>The participant behind a recipient of the rule.</summary>
    /// <exception cref="ArgumentException">The rule has no such recipient.</exception>
    public ProjectParticipant ParticipantOf(string recipient)
    {
        Preconditions.CheckNotNull(recipient);
        Preconditions.CheckArgument(byName.TryGetValue(recipient, out ProjectParticipant? participant), nameof(recipient), "The agreement has no recipient '{0}'", recipient);
        return participant;
    }

    /// <summary>Whether the Government of Japan's share is at least <paramref name="supportRatio"/>.</summary>
    public bool SatisfiesSupportRatio(Share supportRatio) => GovernmentOfJapanShare >= supportRatio;
}
