// Checks that a CarbonLedger .nupkg (the library or CarbonLedger.Sqlite) carries its README, XML docs and assembly; run by .ci/run:
//   dotnet run eng/check-package.cs -- artifacts/packages/CarbonLedger.X.Y.Z.nupkg
using System;
using System.IO.Compression;
using System.Linq;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: check-package <path to .nupkg>");
    return 2;
}
using ZipArchive zip = ZipFile.OpenRead(args[0]);
string[] names = zip.Entries.Select(e => e.FullName).ToArray();
// The package id is the file name up to its version: CarbonLedger.Sqlite.0.1.0.nupkg -> CarbonLedger.Sqlite.
string id = System.Text.RegularExpressions.Regex.Match(System.IO.Path.GetFileName(args[0]), @"^(.+?)\.[0-9]+\.[0-9]+\.[0-9]+").Groups[1].Value;
string[] required = ["README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"];
string[] missing = required.Where(r => !names.Contains(r, StringComparer.Ordinal)).ToArray();
foreach (string m in missing)
{
    Console.Error.WriteLine($"package {args[0]} lacks {m}");
}
if (missing.Length == 0)
{
    Console.WriteLine($"package {args[0]}: README, XML docs and library present ({names.Length} entries)");
}
return missing.Length == 0 ? 0 : 1;
