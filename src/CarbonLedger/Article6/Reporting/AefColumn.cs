using System;

namespace CarbonLedger.Article6.Reporting;

/// <summary>One column of an AEF table: its header and how a row's cell is written as CSV text.</summary>
internal sealed record AefColumn<TRow>(string Name, Func<TRow, string> Cell);
