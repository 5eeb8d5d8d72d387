using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CarbonLedger.Registry.State;

/// <summary>
/// SHA-256 of one short message (a ledger event's canonical encoding), as fast as the platform allows.
/// </summary>
/// <remarks>
/// <para>On Linux, .NET computes SHA-256 through OpenSSL's EVP layer: every digest costs three calls that each clear
/// OpenSSL's error queue and re-initialise a generic context, about 1 µs for a 200-byte event on the reference
/// machine, most of it overhead. The same libcrypto also exports the plain <c>SHA256_Init</c>/<c>SHA256_Update</c>/
/// <c>SHA256_Final</c> functions, which hash such an event in about a quarter of that time with the same CPU
/// instructions. When they can be loaded (<c>libcrypto.so.3</c>, else <c>libcrypto.so.1.1</c>) and pass a
/// known-answer test against .NET's own SHA-256 at start-up, they are used; otherwise — other operating systems, a
/// libcrypto without those exports, or the AppContext switch <see cref="DisableNativeSwitch"/> set to true —
/// .NET's <see cref="IncrementalHash"/> is. Both paths give identical digests (tested).</para>
/// <para>An instance holds a reusable context for the fallback path and is used by one thread at a time.</para>
/// </remarks>
internal sealed unsafe class Sha256 : IDisposable
{
    /// <summary>Set this AppContext switch to true to always use .NET's SHA-256 (read once, at first use).</summary>
    internal const string DisableNativeSwitch = "CarbonLedger.Registry.DisableNativeSha256";

    /// <summary>Digest length in bytes.</summary>
    internal const int DigestLength = 32;

    // sizeof(SHA256_CTX) is 112 bytes in OpenSSL 1.1 and 3.x; the buffer leaves room to spare.
    private const int ContextSize = 256;

    /// <summary>The libcrypto functions this process uses, or null when it uses .NET's SHA-256.</summary>
    internal static readonly NativeFunctions? Native = NativeFunctions.TryLoad(
        AppContext.TryGetSwitch(DisableNativeSwitch, out bool disabled) && disabled);

    private readonly NativeFunctions? native;
    private IncrementalHash? fallback;

    /// <summary>A hasher using libcrypto when it was loaded and checked, .NET's SHA-256 otherwise.</summary>
    internal Sha256()
        : this(Native)
    {
    }

    /// <summary>A hasher using the given native functions, or .NET's SHA-256 when null (tests use both).</summary>
    internal Sha256(NativeFunctions? native) => this.native = native;

    /// <summary>Writes SHA-256 of <paramref name="data"/> into the first 32 bytes of <paramref name="digest"/>.</summary>
    internal void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        if (native is not null)
        {
            // The native path checks the digest's length itself, at the unsafe boundary.
            native.Hash(data, digest);
            return;
        }
        CheckDigest(digest);
        fallback ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        fallback.AppendData(data);
        fallback.GetHashAndReset(digest);
    }

    /// <inheritdoc />
    public void Dispose() => fallback?.Dispose();

    private static void CheckDigest(Span<byte> digest)
    {
        if (digest.Length < DigestLength)
        {
            throw new ArgumentException("The digest needs 32 bytes", nameof(digest));
        }
    }

    /// <summary>The three libcrypto entry points, once loaded and checked.</summary>
    internal sealed class NativeFunctions
    {
        private static readonly string[] LibraryNames = ["libcrypto.so.3", "libcrypto.so.1.1"];

        private readonly delegate* unmanaged<byte*, int> init;
        private readonly delegate* unmanaged<byte*, byte*, nuint, int> update;
        private readonly delegate* unmanaged<byte*, byte*, int> final;

        private NativeFunctions(nint init, nint update, nint final)
        {
            this.init = (delegate* unmanaged<byte*, int>)init;
            this.update = (delegate* unmanaged<byte*, byte*, nuint, int>)update;
            this.final = (delegate* unmanaged<byte*, byte*, int>)final;
        }

        /// <summary>
        /// Loads libcrypto's SHA-256 functions and checks them against .NET's SHA-256; null when disabled, not on Linux,
        /// not found, or not agreeing.
        /// </summary>
        internal static NativeFunctions? TryLoad(bool disabled)
        {
            if (disabled || !OperatingSystem.IsLinux())
            {
                return null;
            }
            foreach (string name in LibraryNames)
            {
                if (NativeLibrary.TryLoad(name, out nint library)
                    && NativeLibrary.TryGetExport(library, "SHA256_Init", out nint init)
                    && NativeLibrary.TryGetExport(library, "SHA256_Update", out nint update)
                    && NativeLibrary.TryGetExport(library, "SHA256_Final", out nint final))
                {
                    var functions = new NativeFunctions(init, update, final);
                    if (functions.AgreesWithDotNet())
                    {
                        return functions;
                    }
                }
            }
            return null;
        }

        /// <summary>Known-answer test: messages of 0 to 300 bytes (one to five compression blocks) hash as in .NET.</summary>
        internal bool AgreesWithDotNet()
        {
            try
            {
                Span<byte> message = stackalloc byte[300];
                for (int i = 0; i < message.Length; i++)
                {
                    message[i] = (byte)((i * 131) + 7);
                }
                Span<byte> ours = stackalloc byte[DigestLength];
                Span<byte> theirs = stackalloc byte[DigestLength];
                foreach (int length in (ReadOnlySpan<int>)[0, 3, 55, 56, 63, 64, 65, 119, 200, 300])
                {
                    Hash(message[..length], ours);
                    SHA256.HashData(message[..length], theirs);
                    if (!ours.SequenceEqual(theirs))
                    {
                        return false;
                    }
                }
                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        /// <summary>SHA-256 of <paramref name="data"/> into <paramref name="digest"/> (at least 32 bytes).</summary>
        [SkipLocalsInit]
        internal void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
        {
            CheckDigest(digest);
            byte* context = stackalloc byte[ContextSize];
            fixed (byte* input = data)
            fixed (byte* output = digest)
            {
                if (init(context) != 1 || update(context, input, (nuint)data.Length) != 1 || final(output, context) != 1)
                {
                    throw new CryptographicException("libcrypto's SHA-256 reported a failure");
                }
            }
        }
    }
}
