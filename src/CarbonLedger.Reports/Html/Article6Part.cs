using System.Collections.Generic;
using CarbonLedger.Article6;
using CarbonLedger.Parties;
using CarbonLedger.Registry;

namespace CarbonLedger.Reports.Html;

/// <summary>A Party's journal of ITMO actions as it stood when it was added to a report.</summary>
internal sealed record Article6Part(RegistryId Registry, Country Party, IReadOnlyList<ItmoAction> Actions);
