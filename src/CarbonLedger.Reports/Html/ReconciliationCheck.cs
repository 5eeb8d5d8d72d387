using System;

namespace CarbonLedger.Reports.Html;

/// <summary>
/// One reconciliation check of a report: a figure the report shows set against the ledger it must equal, or a
/// property of a registry (conservation, an intact hash chain) that must hold.
/// </summary>
/// <remarks>Immutable. Has no natural order, so it does not implement <see cref="IComparable{T}"/>.</remarks>
public sealed class ReconciliationCheck
{
    private ReconciliationCheck(string name, long? expected, long? actual, string expectedText, string actualText, bool passed)
    {
        Name = name;
        Expected = expected;
        Actual = actual;
        ExpectedText = expectedText;
        ActualText = actualText;
        Passed = passed;
    }

    /// <summary>What is checked, for example "Credits issued (JC decision) = credits issued in KAZ01".</summary>
    public string Name { get; }

    /// <summary>The expected quantity, for a check of two quantities; otherwise null.</summary>
    public long? Expected { get; }

    /// <summary>The quantity found, for a check of two quantities; otherwise null.</summary>
    public long? Actual { get; }

    /// <summary>What is expected, in words, for a check of a property ("holds", "intact"); empty for a check of two quantities.</summary>
    public string ExpectedText { get; }

    /// <summary>What was found, in words, for a check of a property; empty for a check of two quantities.</summary>
    public string ActualText { get; }

    /// <summary>Whether the check passed.</summary>
    public bool Passed { get; }

    /// <summary>A check that two quantities are equal; it passes when they are.</summary>
    /// <param name="name">What is checked.</param>
    /// <param name="expected">The figure shown (from the library's results).</param>
    /// <param name="actual">The figure in the ledger.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static ReconciliationCheck Equal(string name, long expected, long actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ReconciliationCheck(name, expected, actual, string.Empty, string.Empty, expected == actual);
    }

    /// <summary>A check that a property holds.</summary>
    /// <param name="name">What is checked.</param>
    /// <param name="passed">Whether it holds.</param>
    /// <param name="expectedText">What is expected, in words ("holds", "intact").</param>
    /// <param name="actualText">What was found, in words.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">A text is null, empty or white space.</exception>
    public static ReconciliationCheck Holds(string name, bool passed, string expectedText, string actualText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedText);
        ArgumentException.ThrowIfNullOrWhiteSpace(actualText);
        return new ReconciliationCheck(name, null, null, expectedText, actualText, passed);
    }

    /// <inheritdoc />
    public override string ToString() => Expected is long e
        ? FormattableString.Invariant($"{Name}: {e} = {Actual}: {(Passed ? "passed" : "FAILED")}")
        : $"{Name}: {ExpectedText} / {ActualText}: {(Passed ? "passed" : "FAILED")}";
}
