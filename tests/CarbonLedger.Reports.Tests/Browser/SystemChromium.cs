using System;
using System.IO;
using Xunit;

namespace CarbonLedger.Reports.Tests.Browser;

/// <summary>
/// Finds Debian's Chromium, which <c>.ci/run</c> installs when it is missing (Playwright's own browser download is not
/// used). Under CI (<c>CI=true</c>) a missing browser fails the test; elsewhere the test is skipped with a message.
/// </summary>
internal static class SystemChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string Require()
    {
        string? configured = Environment.GetEnvironmentVariable("CARBONLEDGER_CHROMIUM");
        string? found = !string.IsNullOrEmpty(configured) ? configured : Array.Find(Candidates, File.Exists);
        if (found is not null && File.Exists(found))
        {
            return found;
        }
        const string message = "Chromium is not installed: run `bash .ci/run` (it installs Debian's chromium as root with apt-get), " +
            "or set CARBONLEDGER_CHROMIUM to a Chromium executable";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true, so this browser test may not be skipped. " + message);
        }
        Skip.If(true, message);
        return string.Empty;
    }

    /// <summary>The repository's <c>artifacts/</c> folder (git-ignored), where the browser tests keep their screenshots.</summary>
    public static string ArtifactsDirectory(string name)
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CarbonLedger.sln")))
        {
            dir = dir.Parent;
        }
        string path = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
