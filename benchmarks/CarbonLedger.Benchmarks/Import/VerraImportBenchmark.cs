using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Import.Registries;
using Sylvan.Data.Csv;

namespace CarbonLedger.Benchmarks.Import;

/// <summary>
/// <see cref="VerraExport"/> on 10⁶ rows in Verra's VCU export layout (tranches of 10 blocks, a third retired) to
/// records and totals per project and vintage, against bare tokenising of the same file with Sylvan.Data.Csv.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class VerraImportBenchmark
{
    private const int Rows = 1_000_000;
    private string file = "";

    [GlobalSetup]
    public void Setup()
    {
        file = Path.Combine(BenchmarkFiles.Folder, $"verra-{Rows}.csv");
        if (File.Exists(file))
        {
            return;
        }
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Issuance Date,Sustainable Development Goals,Vintage Start,Vintage End,ID,Name,Country/Area,Project Type,Methodology,Total Vintage Quantity,Quantity Issued,Serial Number,Additional Certifications,Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details\n");
        long serial = 100_000_001;
        for (int row = 0; row < Rows; row++)
        {
            int tranche = row / 10;
            int project = 1000 + (tranche % 2000);
            int year = 2015 + (tranche % 10);
            long quantity = 100 + (row % 10);
            long total = 0;
            for (int k = 0; k < 10; k++)
            {
                total += 100 + k;
            }
            string first = serial.ToString(CultureInfo.InvariantCulture);
            string last = (serial + quantity - 1).ToString(CultureInfo.InvariantCulture);
            serial += quantity;
            string issued = $"2024-{1 + (tranche % 12):D2}-{1 + (tranche % 28):D2}";
            bool retired = row % 3 == 0;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{issued},,{year}-01-01,{year}-12-31,{project},Project {project},Country,Energy,ACM0002,\"{total:N0}\",{quantity},{tranche}-{first}-{last}-VCS-VCU-1-VER-IN-1-{project}-0101{year}-3112{year}-0,,{(retired ? "2025-03-01" : "")},{(retired ? "Example Co" : "")},{(retired ? "Environmental Benefit" : "")},\n"));
        }
    }

    [Benchmark(Baseline = true, Description = "Sylvan: tokenise only")]
    public long SylvanTokenise()
    {
        using CsvDataReader csv = CsvDataReader.Create(file);
        long chars = 0;
        while (csv.Read())
        {
            for (int i = 0; i < csv.FieldCount; i++)
            {
                chars += csv.GetFieldSpan(i).Length;
            }
        }
        return chars;
    }

    [Benchmark(Description = "CarbonLedger: records and totals")]
    public int ImportAndTotal()
    {
        using var reader = new StreamReader(file);
        RegistryImport import = VerraExport.Read(reader, file);
        if (import.Problems.Count != 0)
        {
            throw new InvalidOperationException(import.Problems[0].ToString());
        }
        return import.Records.Count + import.Totals().Count;
    }
}
