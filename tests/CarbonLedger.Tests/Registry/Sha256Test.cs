using System;
using System.Runtime.InteropServices;
using System.Text;
using CarbonLedger.Registry.State;
using Xunit;
using DotNetSha256 = System.Security.Cryptography.SHA256;

namespace CarbonLedger.Tests.Registry;

public class Sha256Test
{
    // FIPS 180-4 examples: "abc" and the 448-bit two-block message.
    [Theory]
    [InlineData("abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1")]
    [InlineData("", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    public void Known_answers_on_both_paths(string message, string expected)
    {
        foreach (Sha256.NativeFunctions? native in new[] { Sha256.Native, null })
        {
            using var sha = new Sha256(native);
            var digest = new byte[32];
            sha.Hash(Encoding.ASCII.GetBytes(message), digest);
            Assert.Equal(expected, Convert.ToHexString(digest));
        }
    }

    [Fact]
    public void Native_and_dotnet_paths_agree_on_every_length_up_to_several_blocks()
    {
        var random = new Random(17);
        using var ours = new Sha256();
        using var fallback = new Sha256(null);
        var a = new byte[32];
        var b = new byte[32];
        for (int length = 0; length <= 1_100; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            ours.Hash(message, a);
            fallback.Hash(message, b);
            Assert.Equal(DotNetSha256.HashData(message), a);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void The_native_path_is_used_on_linux_when_libcrypto_exports_the_plain_functions()
    {
        // .NET itself needs OpenSSL on Linux, so the library is there; the check is that our loading finds it.
        bool exported = OperatingSystem.IsLinux()
            && (HasPlainSha256("libcrypto.so.3") || HasPlainSha256("libcrypto.so.1.1"));
        Assert.Equal(exported, Sha256.Native is not null);
    }

    [Fact]
    public void Disabling_the_native_path_leaves_dotnet()
    {
        Assert.Null(Sha256.NativeFunctions.TryLoad(disabled: true));
    }

    [Fact]
    public void A_digest_shorter_than_32_bytes_is_refused_naming_the_parameter()
    {
        foreach (Sha256.NativeFunctions? native in new[] { Sha256.Native, null })
        {
            using var sha = new Sha256(native);
            var ex = Assert.Throws<ArgumentException>(() => sha.Hash([1, 2, 3], new byte[31]));
            Assert.Equal("digest", ex.ParamName);
            Assert.Contains("32 bytes", ex.Message, StringComparison.Ordinal);
        }
    }

    private static bool HasPlainSha256(string name) =>
        NativeLibrary.TryLoad(name, out nint library) && NativeLibrary.TryGetExport(library, "SHA256_Init", out _);
}
