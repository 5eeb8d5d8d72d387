using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6;

/// <summary>
/// What a Party's Article 6.2 layer holds beyond its ledger — the cooperative approaches, the authorisations and the
/// journal of <see cref="ItmoAction"/>s — as one value to store beside the ledger's history (as JSON through
/// <see cref="Serialization.CarbonLedgerJson"/>) and to rebuild an <see cref="Article6Registry"/> from.
/// </summary>
/// <remarks>
/// The JSON shape is <c>{"approaches":[…],"authorizations":[…],"actions":[…]}</c>, each element in the shape of its
/// own type. Capturing and restoring are exact: nothing is rounded.
/// </remarks>
public sealed class Article6Journal
{
    private Article6Journal(IReadOnlyList<CooperativeApproach> approaches, IReadOnlyList<Authorization> authorizations, IReadOnlyList<ItmoAction> actions)
    {
        Approaches = approaches;
        Authorizations = authorizations;
        Actions = actions;
    }

    /// <summary>The cooperative approaches registered with the layer.</summary>
    public IReadOnlyList<CooperativeApproach> Approaches { get; }

    /// <summary>The authorisations registered with the layer.</summary>
    public IReadOnlyList<Authorization> Authorizations { get; }

    /// <summary>The journal, in sequence order.</summary>
    public IReadOnlyList<ItmoAction> Actions { get; }

    /// <summary>Creates a journal from its parts (copied).</summary>
    /// <param name="approaches">The cooperative approaches.</param>
    /// <param name="authorizations">The authorisations.</param>
    /// <param name="actions">The journal entries, in sequence order.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">An argument holds a null element.</exception>
    public static Article6Journal Create(IEnumerable<CooperativeApproach> approaches, IEnumerable<Authorization> authorizations, IEnumerable<ItmoAction> actions)
    {
        Preconditions.CheckNotNull(approaches);
        Preconditions.CheckNotNull(authorizations);
        Preconditions.CheckNotNull(actions);
        CooperativeApproach[] a = approaches.ToArray();
        Authorization[] z = authorizations.ToArray();
        ItmoAction[] j = actions.ToArray();
        Preconditions.CheckArgument(a.All(x => x is not null), nameof(approaches), "A cooperative approach is null");
        Preconditions.CheckArgument(z.All(x => x is not null), nameof(authorizations), "An authorization is null");
        Preconditions.CheckArgument(j.All(x => x is not null), nameof(actions), "A journal entry is null");
        return new Article6Journal(a, z, j);
    }

    /// <summary>Captures what a Party's Article 6.2 layer holds besides its ledger.</summary>
    /// <param name="registry">The Party's layer.</param>
    /// <returns>Its approaches, authorisations and journal as they are now.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static Article6Journal Capture(Article6Registry registry)
    {
        Preconditions.CheckNotNull(registry);
        return new Article6Journal(registry.Approaches.ToArray(), registry.Authorizations.ToArray(), registry.Actions.ToArray());
    }

    /// <summary>
    /// Rebuilds the Party's layer on its ledger (for example one replayed from its history) through
    /// <see cref="Article6Registry.Restore"/>, which checks every journal entry against the ledger event it names.
    /// </summary>
    /// <param name="ledger">The Party's ledger.</param>
    /// <param name="zone">The registry's time zone (it dates the actions).</param>
    /// <returns>The rebuilt layer.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ledger"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The journal does not follow the ledger (see <see cref="Article6Registry.Restore"/>).</exception>
    public Article6Registry Restore(Ledger ledger, DateTimeZone zone) => Article6Registry.Restore(ledger, zone, Approaches, Authorizations, Actions);
}
