namespace HanoiDvc.Application.Statistics.Common;

/// <summary>
/// The report agencies file on administrative procedures (Thông tư 01/2018/TT-VPCP): per field and procedure, the dossiers
/// to handle (carried over + received online / direct), the resolved ones (early, on time, late) and the open ones
/// (within time, overdue) at the end of the period, with a subtotal per field and a grand total.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="Period">The period in words.</param>
/// <param name="LabelHeaders">Headings of the four label columns (STT, field, code, name).</param>
/// <param name="Headers">Column headings, one per value of a row (after the four label columns).</param>
/// <param name="Rows">Procedure rows, field subtotals and the total, in order.</param>
/// <param name="Sheets">What the leaders' dashboard shows, table by table with its columns (the workbook adds one sheet each; CSV has only the report).</param>
public sealed record StatisticsReport(
    string Title, string Period, IReadOnlyList<string> LabelHeaders, IReadOnlyList<string> Headers, IReadOnlyList<StatisticsReportRow> Rows,
    IReadOnlyList<StatisticsSheet>? Sheets = null);

/// <summary>A table of the dashboard as a sheet: a name column, then figures (shares in per cent, one decimal, as the screen rounds them).</summary>
/// <param name="Name">The sheet's name (≤ 31 characters, no accents: spreadsheet programs' limits).</param>
/// <param name="Title">The table's heading on the screen.</param>
/// <param name="Headers">The screen's column headings, the name column first.</param>
/// <param name="Rows">One row per line of the screen's table.</param>
public sealed record StatisticsSheet(string Name, string Title, IReadOnlyList<string> Headers, IReadOnlyList<StatisticsSheetRow> Rows);

/// <summary>A line of a dashboard table: its name and its figures (null: the screen's dash, nothing to divide).</summary>
public sealed record StatisticsSheetRow(string Name, IReadOnlyList<decimal?> Values);

/// <param name="Number">STT of a procedure row; null for a subtotal or the total.</param>
/// <param name="Field">The field (lĩnh vực).</param>
/// <param name="Code">The procedure's national code.</param>
/// <param name="Name">The procedure's name, or "Cộng"/"Tổng cộng".</param>
/// <param name="Values">The figures, in the order of the headers.</param>
public sealed record StatisticsReportRow(int? Number, string Field, string? Code, string Name, IReadOnlyList<long> Values);

/// <summary>Writes a <see cref="StatisticsReport"/> as a file (CSV, XLSX).</summary>
public interface IStatisticsReportWriter
{
    /// <summary>The format's name as in the route: <c>csv</c>, <c>xlsx</c>.</summary>
    string Format { get; }

    string MediaType { get; }

    byte[] Write(StatisticsReport report);
}

/// <summary>A written report.</summary>
public sealed record StatisticsFile(byte[] Content, string MediaType, string FileName);
