using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Utility;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// What an importer read from one or more export files of one registry: the normalised records, the rows it could
/// not read, and the roll-ups the files state about themselves, checked.
/// </summary>
/// <remarks>
/// <para>Nothing is dropped silently: <c><see cref="RowsRead"/> = <see cref="RowsKept"/> + <see cref="Problems"/>.Count</c>,
/// one problem per row refused. A kept row may make no record of its own (a Verra block still held counts towards
/// its issuance) or two (none makes more).</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class RegistryImport
{
    internal RegistryImport(CreditRegistry registry, IReadOnlyList<string> files, long rowsRead, long rowsKept,
        IReadOnlyList<CreditRecord> records, IReadOnlyList<ImportProblem> problems, IReadOnlyList<RollupCheck> rollupChecks)
    {
        Registry = registry;
        Files = files;
        RowsRead = rowsRead;
        RowsKept = rowsKept;
        Records = records;
        Problems = problems;
        RollupChecks = rollupChecks;
    }

    /// <summary>The registry.</summary>
    public CreditRegistry Registry { get; }

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The data rows read (the header not counted).</summary>
    public long RowsRead { get; }

    /// <summary>The rows read into records.</summary>
    public long RowsKept { get; }

    /// <summary>The records, in file order.</summary>
    public IReadOnlyList<CreditRecord> Records { get; }

    /// <summary>The rows that could not be read, one per row, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>
    /// The totals the files state about their own rows, each set against the sum of those rows: Verra's
    /// <c>Total Vintage Quantity</c> against its blocks, ACR's <c>Total Credits Issued</c> against the credits issued
    /// to the project and to the buffer pool.
    /// </summary>
    public IReadOnlyList<RollupCheck> RollupChecks { get; }

    /// <summary>Joins imports of several files of the same registry (say Gold Standard issuances and retirements).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="imports"/> is null.</exception>
    /// <exception cref="ArgumentException">No import is given, or they come from different registries.</exception>
    public static RegistryImport Combine(IEnumerable<RegistryImport> imports)
    {
        Preconditions.CheckNotNull(imports);
        RegistryImport[] all = [.. imports];
        Preconditions.CheckArgument(all.Length > 0, nameof(imports), "Give at least one import to combine");
        Preconditions.CheckArgument(all.All(i => i.Registry == all[0].Registry), nameof(imports),
            "Imports of different registries cannot be combined; the first is {0}", all[0].Registry);
        return new RegistryImport(all[0].Registry, [.. all.SelectMany(i => i.Files)], all.Sum(i => i.RowsRead), all.Sum(i => i.RowsKept),
            [.. all.SelectMany(i => i.Records)], [.. all.SelectMany(i => i.Problems)], [.. all.SelectMany(i => i.RollupChecks)]);
    }

    /// <summary>The totals per project and vintage year: see <see cref="CreditChecks.Totals"/>.</summary>
    public IReadOnlyList<CreditTotal> Totals() => CreditChecks.Totals(Records);

    /// <summary>Serial blocks counted twice within this registry: see <see cref="CreditChecks.FindOverlaps"/>.</summary>
    public IReadOnlyList<SerialOverlap> FindOverlaps() => CreditChecks.FindOverlaps(Records, []);

    /// <summary>Sets project roll-ups stated elsewhere against the issuances imported: see <see cref="CreditChecks.Reconcile"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rollups"/> is null.</exception>
    public IReadOnlyList<RollupCheck> Reconcile(IEnumerable<ProjectRollup> rollups) => CreditChecks.Reconcile(Records, rollups);
}
