using System;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>Issue #15, defect 5: an empty history is its own case, not "all 0 events are intact".</summary>
public class HashChainEmptyHistoryTest
{
    [Fact]
    public void Verify_EmptyHistory_ReportsEmptyNotValid()
    {
        ChainVerification result = HashChain.Verify(Array.Empty<LedgerEvent>());

        Assert.False(result.IsValid);
        Assert.Equal(ChainProblem.Empty, result.Problem);
        Assert.Equal(0, result.Position);
        Assert.Equal("The history holds no event: a registry's history starts with its RegistryCreated event, so an empty one is not intact", result.Message);
    }

    [Fact]
    public void Verify_EmptyHistoryWithExpectedHead_StillEmpty() =>
        Assert.Equal(ChainProblem.Empty, HashChain.Verify(Array.Empty<LedgerEvent>(), EventHash.Zero).Problem);
}
