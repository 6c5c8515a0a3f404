using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HanoiDvc.Application.Statistics.Common;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>The report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese): one heading row, then the rows.</summary>
internal sealed class CsvStatisticsReportWriter : IStatisticsReportWriter
{
    public string Format => "csv";

    public string MediaType => "text/csv; charset=utf-8";

    public byte[] Write(StatisticsReport report)
    {
        var csv = new StringBuilder();
        Line(csv, report.LabelHeaders.Concat(report.Headers));
        foreach (var row in report.Rows)
        {
            Line(csv, StatisticsReportCells.Labels(row).Concat(row.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");

    private static string Quote(string cell) => HanoiDvc.Application.Common.Models.CsvText.Quote(cell);
}

/// <summary>
/// The report as an Excel workbook (Open XML SDK): the title and the period in rows 1–2, the headings in row 4 (bold),
/// the rows from row 5, figures as numbers; then one sheet per table of the leaders' dashboard, with the screen's columns.
/// </summary>
internal sealed class XlsxStatisticsReportWriter : IStatisticsReportWriter
{
    /// <summary>The row of the headings; data follows.</summary>
    public const int HeaderRow = 4;

    public string Format => "xlsx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Write(StatisticsReport report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

            var data = new SheetData();
            data.Append(Row(1, [Text(report.Title, bold: true)]));
            data.Append(Row(2, [Text(report.Period)]));
            data.Append(Row(HeaderRow, [.. report.LabelHeaders.Concat(report.Headers).Select(h => Text(h, bold: true))]));
            var index = HeaderRow;
            foreach (var row in report.Rows)
            {
                var total = row.Number is null;
                data.Append(Row(++index,
                [
                    .. StatisticsReportCells.Labels(row).Select(label => Text(label, total)),
                    .. row.Values.Select(v => new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)), StyleIndex = total ? 1U : 0U }),
                ]));
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new Columns(new Column { Min = 4, Max = 4, Width = 60, CustomWidth = true }), data);
            var sheets = new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Thong ke" });
            uint sheetId = 1;
            foreach (var table in report.Sheets ?? [])
            {
                // The dashboard's tables, one sheet each: the screen's heading in row 1, its column headings in row HeaderRow.
                var part = workbook.AddNewPart<WorksheetPart>();
                var rows = new SheetData();
                rows.Append(Row(1, [Text(table.Title, bold: true)]));
                rows.Append(Row(2, [Text(report.Period)]));
                rows.Append(Row(HeaderRow, [.. table.Headers.Select(h => Text(h, bold: true))]));
                var line = HeaderRow;
                foreach (var row in table.Rows)
                {
                    rows.Append(Row(++line,
                    [
                        Text(row.Name),
                        .. row.Values.Select(v => v is { } number
                            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
                            : Text("—")),
                    ]));
                }

                part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 60, CustomWidth = true }), rows);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = table.Name });
            }

            workbook.Workbook.AppendChild(sheets);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(int index, IReadOnlyList<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].CellReference = $"{ColumnName(i)}{index}";
        }

        return new Row(cells) { RowIndex = (uint)index };
    }

    private static Cell Text(string value, bool bold = false) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)), StyleIndex = bold ? 1U : 0U };

    /// <summary>A, B, … Z, AA, AB…</summary>
    internal static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}

/// <summary>The four label cells of a report row.</summary>
internal static class StatisticsReportCells
{
    public static IEnumerable<string> Labels(StatisticsReportRow row) =>
        [row.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row.Field, row.Code ?? string.Empty, row.Name];
}
