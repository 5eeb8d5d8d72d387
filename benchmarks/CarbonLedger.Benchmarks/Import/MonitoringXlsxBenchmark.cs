using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Quantification.Monitoring;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sylvan.Data.Csv;

namespace CarbonLedger.Benchmarks.Import;

/// <summary>
/// The xlsx readings path of <c>quantify</c> (DocumentFormat.OpenXml's SAX reader, one row in memory) on 3 meters × one
/// year of 15-minute readings (105,120 rows), against bare Sylvan tokenising of the same readings as CSV.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class MonitoringXlsxBenchmark
{
    private const int Meters = 3;
    private string csvFile = "";
    private string xlsxFile = "";
    private MonitoredSpec[] specs = [];

    [GlobalSetup]
    public void Setup()
    {
        csvFile = BenchmarkFiles.ReadingsCsv(Meters);
        xlsxFile = Path.Combine(BenchmarkFiles.Folder, $"readings-{Meters}.xlsx");
        specs = BenchmarkFiles.Specs(Meters);
        if (File.Exists(xlsxFile))
        {
            return;
        }
        string[] stamps = BenchmarkFiles.Stamps();
        using SpreadsheetDocument document = SpreadsheetDocument.Create(xlsxFile, SpreadsheetDocumentType.Workbook);
        WorkbookPart book = document.AddWorkbookPart();
        book.Workbook = new Workbook();
        WorksheetPart part = book.AddNewPart<WorksheetPart>();
        using (OpenXmlWriter writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, ["parameter", "start", "end", "amount", "unit"], amountIsNumber: false);
            for (int m = 0; m < Meters; m++)
            {
                for (int i = 0; i < BenchmarkFiles.ReadingsPerMeter; i++)
                {
                    WriteRow(writer, [BenchmarkFiles.Meter(m), stamps[i], stamps[i + 1], BenchmarkFiles.Amount(m, i), "kWh"], amountIsNumber: true);
                }
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(part), SheetId = 1, Name = "Readings" }));
    }

    [Benchmark(Baseline = true, Description = "Sylvan: tokenise the CSV only")]
    public long SylvanTokenise()
    {
        using CsvDataReader csv = CsvDataReader.Create(csvFile);
        long chars = 0;
        while (csv.Read())
        {
            for (int i = 0; i < 5; i++)
            {
                chars += csv.GetFieldSpan(i).Length;
            }
        }
        return chars;
    }

    [Benchmark(Description = "CarbonLedger: read readings from xlsx")]
    public int ReadXlsx()
    {
        IReadOnlyDictionary<string, MeterReadingSeries> series = ReadingsXlsx.Read(xlsxFile, BenchmarkFiles.Site, BenchmarkFiles.Period, specs, static _ => { });
        int count = 0;
        foreach (MeterReadingSeries s in series.Values)
        {
            count += s.Count;
        }
        return count;
    }

    private static void WriteRow(OpenXmlWriter writer, string[] cells, bool amountIsNumber)
    {
        writer.WriteStartElement(new Row());
        for (int c = 0; c < cells.Length; c++)
        {
            if (amountIsNumber && c == 3)
            {
                writer.WriteElement(new Cell { CellValue = new CellValue(cells[c]) });
            }
            else
            {
                writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[c])) });
            }
        }
        writer.WriteEndElement();
    }
}
