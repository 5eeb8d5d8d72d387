// Checks that a CarbonLedger .nupkg carries its README, XML docs and the library; run by .ci/run:
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
string[] required = ["README.md", "lib/net10.0/CarbonLedger.dll", "lib/net10.0/CarbonLedger.xml"];
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
