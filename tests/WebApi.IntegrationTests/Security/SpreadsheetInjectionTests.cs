using System.Text;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Infrastructure.Statistics;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>A name an administrator typed never runs as a formula in the spreadsheet a leader opens.</summary>
public sealed class SpreadsheetInjectionTests
{
    [TestCase("=HYPERLINK(\"http://x\",\"bấm\")")]
    [TestCase("+cmd|' /C calc'!A0")]
    [TestCase("-2+3")]
    [TestCase("@SUM(1,2)")]
    public void CsvExport_KeepsAFormulaLikeNameAsText(string name)
    {
        var report = new StatisticsReport("Báo cáo", "2026", ["Lĩnh vực", "Mã", "Tên"], ["Tiếp nhận"],
            [new StatisticsReportRow(1, "Giáo dục", "1.000001", name, [3])]);

        var csv = Encoding.UTF8.GetString(new CsvStatisticsReportWriter().Write(report));

        var cells = csv.Split("\r\n")[1];
        cells.ShouldContain("'" + name.Replace("\"", "\"\"", StringComparison.Ordinal));
        cells.ShouldEndWith(",3");
    }
}
