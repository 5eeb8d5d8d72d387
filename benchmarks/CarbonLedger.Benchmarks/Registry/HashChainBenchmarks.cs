using System.Collections.Generic;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Benchmarks.Registry;

/// <summary>
/// Hash-chain verification of a history against raw SHA-256 over the same bytes (each event's canonical encoding,
/// prepared in advance), in the same run. Verification also encodes every event and checks numbering and links.
/// </summary>
[MemoryDiagnoser]
public class HashChainBenchmarks
{
    private IReadOnlyList<LedgerEvent> history = null!;
    private byte[][] encoded = null!;

    /// <summary>Events in the history.</summary>
    [Params(100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        history = BenchmarkRegistry.History(Events);
        encoded = new byte[history.Count][];
        for (int i = 0; i < history.Count; i++)
        {
            encoded[i] = HashChain.Encode(history[i]);
        }
    }

    /// <summary>
    /// Baseline: SHA-256 of every event's prepared canonical bytes with the primitive the ledger uses (libcrypto's
    /// SHA-256 functions on Linux, .NET's SHA-256 elsewhere).
    /// </summary>
    [Benchmark(Baseline = true)]
    public byte RawSha256()
    {
        byte acc = 0;
        System.Span<byte> digest = stackalloc byte[32];
        using var sha = new CarbonLedger.Registry.State.Sha256();
        foreach (byte[] bytes in encoded)
        {
            sha.Hash(bytes, digest);
            acc ^= digest[0];
        }
        return acc;
    }

    /// <summary>Raw SHA-256 of the same bytes through .NET's <see cref="IncrementalHash"/> with one reused context.</summary>
    [Benchmark]
    public byte RawSha256DotNet()
    {
        byte acc = 0;
        System.Span<byte> digest = stackalloc byte[32];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (byte[] bytes in encoded)
        {
            sha.AppendData(bytes);
            sha.GetHashAndReset(digest);
            acc ^= digest[0];
        }
        return acc;
    }

    /// <summary>Raw SHA-256 of the same bytes with .NET's one-shot API (a context per call).</summary>
    [Benchmark]
    public byte RawSha256DotNetOneShot()
    {
        byte acc = 0;
        System.Span<byte> digest = stackalloc byte[32];
        foreach (byte[] bytes in encoded)
        {
            SHA256.HashData(bytes, digest);
            acc ^= digest[0];
        }
        return acc;
    }

    /// <summary>Verification on one thread: encode, hash, compare and check the links of every event.</summary>
    [Benchmark]
    public bool VerifyOneThread() => HashChain.VerifyCore(history, null, parallel: false).IsValid;

    /// <summary><see cref="HashChain.Verify"/> as shipped: the hashes of a long history are recomputed on all cores.</summary>
    [Benchmark]
    public bool Verify() => HashChain.Verify(history).IsValid;
}
