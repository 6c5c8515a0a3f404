using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// Today's figures without waiting for the nightly rebuild (decision 0016's tables plus a live count of today), the
/// summary's "as of", and the workbook carrying the leaders' dashboard table by table with the screen's figures.
/// </summary>
public sealed class StatisticsFreshnessTests : ApiTestFixture
{
    private const string March = "from=2025-03-01&to=2025-03-31";

    [Test]
    public async Task ADossierReceivedToday_CountsAtOnce_WithoutARebuild_AndTheSummarySaysAsOfWhen()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client); // rebuilt now: the tables hold everything until this instant
        var period = $"from={StatisticsScenario.Today:yyyy-MM-dd}&to={StatisticsScenario.Today.AddDays(30):yyyy-MM-dd}";
        var before = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{period}");
        before.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64().ShouldBe(0);

        // Received now (or at the next working period), after the last rebuild: nothing rebuilds the tables again, and the
        // live count has every event since the instant the tables are covered until (decision 0037).
        await scenario.Data.AddAsync(true, Channel.Online, DateTimeOffset.UtcNow);

        var after = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{period}");
        var received = after.GetProperty("figures").GetProperty("received");
        received.GetProperty("total").GetInt64().ShouldBe(1);
        received.GetProperty("online").GetInt64().ShouldBe(1);
        var freshness = after.GetProperty("freshness");
        freshness.GetProperty("liveFrom").GetString().ShouldBe(StatisticsScenario.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        freshness.GetProperty("asOf").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
        freshness.GetProperty("rebuiltAt").ValueKind.ShouldBe(JsonValueKind.String);
        freshness.GetProperty("liveSince").GetDateTimeOffset().ShouldBeLessThan(DateTimeOffset.UtcNow);
        freshness.GetProperty("liveSince").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));

        // The year so far: the tables' earlier days plus today, counted once (not again after a rebuild).
        var year = $"from={StatisticsScenario.Today.AddDays(-400):yyyy-MM-dd}&to={StatisticsScenario.Today.AddDays(30):yyyy-MM-dd}";
        var live = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{year}")).GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64();
        await scenario.RebuildAsync(StatisticsScenario.Today.AddDays(-1), StatisticsScenario.Today.AddDays(30));
        var rebuilt = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{year}")).GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64();
        rebuilt.ShouldBe(live);
    }

    [Test]
    public async Task TheWorkbook_HasTheDashboardsTables_WithTheScreensColumnsAndFigures()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var summary = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{March}")).GetProperty("figures");
        var byProcedure = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/by-procedure?{March}")).EnumerateArray().ToList();
        var byAgency = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/by-agency?{March}")).EnumerateArray().ToList();

        using var response = await scenario.Admin.GetAsync(new Uri($"/api/v1/statistics/export.xlsx?{March}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);

        // The dashboard's agency and procedure tables: the same headings in the same order, one row per screen row, the same figures.
        string[] headings = ["Tên", "Hồ sơ tiếp nhận", "Tỷ lệ trực tuyến (%)", "Đã giải quyết", "Đúng hạn (%)", "Đang quá hạn", "Mức độ hài lòng (%)"];
        foreach (var (sheet, rows) in new[] { ("Theo thu tuc", byProcedure), ("Theo co quan", byAgency) })
        {
            var cells = Rows(workbook, sheet);
            cells[4].ShouldBe(headings);
            var lines = cells.Where(c => c.Key > 4).OrderBy(c => c.Key).Select(c => c.Value).ToList();
            lines.Count.ShouldBe(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var f = rows[i].GetProperty("figures");
                lines[i].ShouldBe(
                [
                    rows[i].GetProperty("name").GetString()!,
                    Number(f.GetProperty("received").GetProperty("total").GetDecimal()),
                    Percent(f.GetProperty("received").GetProperty("onlineShare")),
                    Number(f.GetProperty("resolved").GetProperty("total").GetDecimal()),
                    Percent(f.GetProperty("resolved").GetProperty("onTimeRate")),
                    Number(f.GetProperty("inProgress").GetProperty("overdue").GetDecimal()),
                    Percent(f.GetProperty("satisfaction").GetProperty("satisfactionRate")),
                ], $"{sheet}, row {i + 1}");
            }
        }

        // The headline cards.
        var headline = Rows(workbook, "Tong hop").Where(c => c.Key > 4).ToDictionary(c => c.Value[0], c => c.Value[1], StringComparer.Ordinal);
        headline["Hồ sơ tiếp nhận"].ShouldBe(Number(summary.GetProperty("received").GetProperty("total").GetDecimal()));
        headline["Tỷ lệ trực tuyến (%)"].ShouldBe(Percent(summary.GetProperty("received").GetProperty("onlineShare")));
        headline["Đã giải quyết"].ShouldBe(Number(summary.GetProperty("resolved").GetProperty("total").GetDecimal()));
        headline["Đang quá hạn"].ShouldBe(Number(summary.GetProperty("inProgress").GetProperty("overdue").GetDecimal()));
        headline["Mức độ hài lòng (%)"].ShouldBe(Percent(summary.GetProperty("satisfaction").GetProperty("satisfactionRate")));
    }

    private static Dictionary<int, List<string>> Rows(SpreadsheetDocument workbook, string sheet) =>
        StatisticsTests.Sheet(workbook, sheet).Elements<Row>().ToDictionary(r => (int)r.RowIndex!.Value, r => r.Elements<Cell>().Select(StatisticsTests.CellText).ToList());

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as the screen shows it (per cent, one decimal), or its dash.</summary>
    private static string Percent(JsonElement share) =>
        share.ValueKind == JsonValueKind.Null ? "—" : Math.Round(share.GetDecimal() * 100, 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}
