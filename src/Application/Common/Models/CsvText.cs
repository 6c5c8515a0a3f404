using System.Globalization;
using System.Text;

namespace HanoiDvc.Application.Common.Models;

/// <summary>CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese), safe to open in a spreadsheet.</summary>
public static class CsvText
{
    /// <summary>The rows as a CSV file: one line per row, cells quoted when needed.</summary>
    public static byte[] Write(IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// One cell: a text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return, and not
    /// a number) is kept as text with a leading <c>'</c>; a cell with a comma, quote or line break is quoted.
    /// </summary>
    public static string Quote(string cell)
    {
        var text = cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !double.TryParse(cell, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;
        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
