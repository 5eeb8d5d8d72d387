using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// A Party's progress towards the NDC use of credits of one unit type that it targets, for example Japan's use of
/// about 100 MtCO2 of JCM credits by FY2030: ITMOs used towards the NDC by year of use, how far that is from the
/// target, and what it has acquired and still holds for use.
/// </summary>
/// <remarks>
/// <para>Used counts the Party's <c>Use</c> actions for NDC with a year of use up to <see cref="TargetYear"/>; the
/// caller maps a fiscal year to the year of use it compares with. Remaining is the target minus used, never below
/// zero. The percentage is <c>used × 100 ÷ target</c> computed exactly and rounded once, as the caller chose.</para>
/// </remarks>
public sealed class NdcProgressReport
{
    [JsonConstructor]
    internal NdcProgressReport(Country party, string unitType, Co2e target, int targetYear, IReadOnlyList<YearAmount> usedByYear, Co2e used,
        Co2e remaining, decimal percentOfTarget, int percentDecimalPlaces, MidpointRounding percentRounding, Co2e acquired, Co2e heldForUse)
    {
        Party = party;
        UnitType = unitType;
        Target = target;
        TargetYear = targetYear;
        UsedByYear = usedByYear;
        Used = used;
        Remaining = remaining;
        PercentOfTarget = percentOfTarget;
        PercentDecimalPlaces = percentDecimalPlaces;
        PercentRounding = percentRounding;
        Acquired = acquired;
        HeldForUse = heldForUse;
    }

    /// <summary>The using Party.</summary>
    public Country Party { get; }

    /// <summary>The unit type counted, for example <c>JCM</c>.</summary>
    public string UnitType { get; }

    /// <summary>The target, whole tonnes.</summary>
    public Co2e Target { get; }

    /// <summary>The last year of use that counts.</summary>
    public int TargetYear { get; }

    /// <summary>NDC use per year of use, up to the target year, in year order.</summary>
    public IReadOnlyList<YearAmount> UsedByYear { get; }

    /// <summary>NDC use up to the target year.</summary>
    public Co2e Used { get; }

    /// <summary>Target − used, not below zero.</summary>
    public Co2e Remaining { get; }

    /// <summary>Used × 100 ÷ target, rounded to <see cref="PercentDecimalPlaces"/> in the direction <see cref="PercentRounding"/>.</summary>
    public decimal PercentOfTarget { get; }

    /// <summary>The places the percentage is rounded to.</summary>
    public int PercentDecimalPlaces { get; }

    /// <summary>The direction the percentage is rounded in.</summary>
    public MidpointRounding PercentRounding { get; }

    /// <summary>NDC-authorised units of the type acquired from other Parties (all acquisitions recorded).</summary>
    public Co2e Acquired { get; }

    /// <summary>Acquired, first-transferred, NDC-authorised units of the type still available in non-terminal accounts.</summary>
    public Co2e HeldForUse { get; }

    /// <summary>Builds the report from a Party's Article 6.2 registry.</summary>
    /// <param name="registry">The using Party's registry.</param>
    /// <param name="target">The target, whole tonnes above zero (for example 100,000,000 t).</param>
    /// <param name="targetYear">The last year of use that counts.</param>
    /// <param name="percentDecimalPlaces">Places for the percentage, 0 to 10.</param>
    /// <param name="percentRounding">The direction of the percentage's rounding.</param>
    /// <param name="unitType">The unit type counted; <c>JCM</c> by default.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The target is not a positive whole number of tonnes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range or the rounding is not defined.</exception>
    public static NdcProgressReport Create(Article6Registry registry, Co2e target, int targetYear, int percentDecimalPlaces, MidpointRounding percentRounding,
        string unitType = CreditAttributes.JcmUnitType)
    {
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckNotNull(unitType);
        Preconditions.CheckArgument(target.Tonnes > 0m && decimal.Truncate(target.Tonnes) == target.Tonnes && target.Tonnes <= long.MaxValue / 100, nameof(target),
            "Target must be a positive whole number of tonnes; it is {0}", target);
        Preconditions.CheckArgumentRange(nameof(targetYear), targetYear, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        Preconditions.CheckArgumentRange(nameof(percentDecimalPlaces), percentDecimalPlaces, 0, 10);
        Preconditions.CheckDefined(percentRounding, nameof(percentRounding));
        Country party = registry.Party;
        var byYear = new SortedDictionary<int, long>();
        long acquired = 0;
        foreach (ItmoAction a in registry.Actions)
        {
            if (!string.Equals(a.UnitType, unitType, StringComparison.Ordinal))
            {
                continue;
            }
            if (a.Type == ItmoActionType.Use && a.UsePurpose == UsePurpose.Ndc && party.Equals(a.UsingParty) && a.YearOfUse <= targetYear)
            {
                byYear[a.YearOfUse!.Value] = byYear.GetValueOrDefault(a.YearOfUse!.Value) + a.Quantity;
            }
            else if (a.Type == ItmoActionType.Acquisition && a.Purpose.IncludesNdc())
            {
                acquired += a.Quantity;
            }
        }
        long held = 0;
        LedgerSnapshot snapshot = registry.Ledger.Current;
        foreach (Account account in snapshot.Accounts.Where(static a => !a.IsTerminal))
        {
            foreach (CreditBlock b in snapshot.GetHoldings(account.Id))
            {
                CreditAttributes x = b.Attributes;
                if (x.FirstTransferred && x.Issuer != snapshot.Registry && string.Equals(x.UnitType, unitType, StringComparison.Ordinal)
                    && x.Authorization is AuthorizationStatus.AuthorizedForNdc or AuthorizationStatus.AuthorizedForNdcAndOimp)
                {
                    held += b.Count;
                }
            }
        }
        long used = byYear.Values.Sum();
        long targetTonnes = (long)target.Tonnes;
        decimal percent = ExactDivision.Divide(used * 100m, targetTonnes, percentDecimalPlaces, percentRounding);
        return new NdcProgressReport(party, unitType, target, targetYear,
            byYear.Select(static kv => new YearAmount(kv.Key, Co2e.FromTonnes(kv.Value))).ToList().AsReadOnly(),
            Co2e.FromTonnes(used), Co2e.FromTonnes(Math.Max(0, targetTonnes - used)), percent, percentDecimalPlaces, percentRounding,
            Co2e.FromTonnes(acquired), Co2e.FromTonnes(held));
    }
}
