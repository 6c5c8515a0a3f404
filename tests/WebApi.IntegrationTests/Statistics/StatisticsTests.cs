using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// The statistics over a known data set (<see cref="StatisticsScenario"/>): exact figures for March 2025, a period that is
/// not over (the open dossiers now), days inside a month (the daily table only), breakdowns, exports read back, scope,
/// validation, the rebuild's idempotence and the public open data.
/// </summary>
public sealed class StatisticsTests : ApiTestFixture
{
    private const string March = "from=2025-03-01&to=2025-03-31";

    [Test]
    public async Task TheSummaryOfMarch_HasTheExactFigures()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);

        var summary = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{March}");

        var f = summary.GetProperty("figures");
        Figures(f.GetProperty("received"), "total", "online", "direct", "inPerson", "post").ShouldBe([9, 5, 4, 3, 1]);
        f.GetProperty("received").GetProperty("onlineShare").GetDecimal().ShouldBe(0.5556m);
        Figures(f.GetProperty("resolved"), "total", "early", "onTime", "late", "refused").ShouldBe([7, 4, 1, 2, 1]);
        f.GetProperty("resolved").GetProperty("onTimeRate").GetDecimal().ShouldBe(0.7143m);
        f.GetProperty("withdrawn").GetInt64().ShouldBe(1);
        f.GetProperty("stopped").GetInt64().ShouldBe(0);
        Figures(f.GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([1, 2, 1, 1]);
        f.GetProperty("inProgress").GetProperty("asOf").GetDateTimeOffset().ShouldBe(StatisticsData.At(new DateOnly(2025, 4, 1), 0));
        Figures(f.GetProperty("payments"), "paidCount", "paidVnd", "refundedCount", "collectedVnd").ShouldBe([1, StatisticsScenario.Fee, 0, StatisticsScenario.Fee]);
        var satisfaction = f.GetProperty("satisfaction");
        Figures(satisfaction, "rated", "verySatisfied", "satisfied", "unsatisfied").ShouldBe([3, 1, 1, 1]);
        satisfaction.GetProperty("satisfactionRate").GetDecimal().ShouldBe(0.6667m);
        satisfaction.TryGetProperty("serviceIndex", out _).ShouldBeFalse();

        var (used, limit, count) = scenario.ProcessingMinutes("D1", "D2", "D3", "D4", "D6", "D8", "C1");
        var time = f.GetProperty("processingTime");
        time.GetProperty("dossiers").GetInt64().ShouldBe(count);
        time.GetProperty("averageWorkingDays").GetDecimal().ShouldBe(Math.Round(used / 480m / count, 2));
        time.GetProperty("averageLimitDays").GetDecimal().ShouldBe(Math.Round(limit / 480m / count, 2));
        time.GetProperty("savedWorkingDays").GetDecimal().ShouldBe(Math.Round((limit - used) / 480m, 2));

        summary.GetProperty("catalogue").GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        var targets = summary.GetProperty("targets").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!, t => t);
        targets["level4_procedure_share"].GetProperty("value").GetDecimal().ShouldBe(0.44m);
        targets["online_share_75"].GetProperty("value").GetDecimal().ShouldBe(0.75m);
        targets["online_share_80"].GetProperty("value").GetDecimal().ShouldBe(0.80m);
        targets["online_share_80"].GetProperty("actual").GetDecimal().ShouldBe(0.5556m);
    }

    [Test]
    public async Task ADossierWaitingForASupplement_IsOpenNow_ButNotOverdue_ItsClockIsPaused()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        // C3: received in March 2025, long past its due instant, but waiting for the applicant since its second hour.
        var received = StatisticsData.At(new DateOnly(2025, 3, 10));
        await scenario.Data.AddAsync(true, Channel.Online, received, s => s.RequestSupplement(received.AddHours(1)));
        await scenario.RebuildAsync(StatisticsScenario.Today.AddDays(-1), StatisticsScenario.Today.AddDays(30));

        var open = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?from=2025-03-01&to={StatisticsScenario.Today.AddDays(30):yyyy-MM-dd}");
        // D7 and C2 overdue as in the test below; C3 open and within time.
        Figures(open.GetProperty("figures").GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([1, 3, 1, 2]);
    }

    [Test]
    public async Task APeriodNotOver_CountsTheOpenDossiersNow_AndDaysInsideAMonth_ComeFromTheDailyTable()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        // C3: received an hour ago (or at the next working period), so within its time now.
        await scenario.Data.AddAsync(true, Channel.Online, DateTimeOffset.UtcNow.AddHours(-1));
        await scenario.RebuildAsync(StatisticsScenario.Today.AddDays(-1), StatisticsScenario.Today.AddDays(30));

        var open = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?from=2025-03-01&to={StatisticsScenario.Today.AddDays(30):yyyy-MM-dd}");
        open.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64().ShouldBe(10);
        Figures(open.GetProperty("figures").GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([1, 3, 1, 2]);

        // 3–5 March: D1, D2, C1 (3rd), D3 (4th), D4, D5 (5th) received; D1, D8, C1 (3rd), D4 (5th) and whatever else the
        // procedures' limits put in those days resolved.
        var days = await StatisticsScenario.GetAsync(scenario.Admin, "/api/v1/statistics/summary?from=2025-03-03&to=2025-03-05");
        var f = days.GetProperty("figures");
        Figures(f.GetProperty("received"), "total", "online", "direct").ShouldBe([6, 4, 2]);
        var resolved = scenario.Dossiers.Values
            .Where(d => d.ResolvedAt is { } at && at >= StatisticsData.At(new DateOnly(2025, 3, 3), 0) && at < StatisticsData.At(new DateOnly(2025, 3, 6), 0)).ToList();
        resolved.Count.ShouldBeGreaterThanOrEqualTo(4);
        Figures(f.GetProperty("resolved"), "total", "early", "onTime", "late").ShouldBe(
            [resolved.Count, .. new[] { DossierOutcome.Early, DossierOutcome.OnTime, DossierOutcome.Late }.Select(o => (long)resolved.Count(d => d.Outcome == o))]);
        f.GetProperty("inProgress").GetProperty("carriedOver").GetInt64().ShouldBe(1);
    }

    [Test]
    public async Task TheBreakdowns_SplitTheSameFigures_ByAgencyProcedureAndMonth()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);

        var agencies = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/by-agency?{March}")).EnumerateArray().ToList();
        agencies.Select(a => a.GetProperty("code").GetString()).ShouldBe([TestAccounts.DepartmentCode, StatisticsData.CommuneCode]);
        Figures(agencies[0].GetProperty("figures").GetProperty("received"), "total", "online", "direct").ShouldBe([7, 4, 3]);
        Figures(agencies[1].GetProperty("figures").GetProperty("received"), "total", "online", "direct").ShouldBe([2, 1, 1]);
        Figures(agencies[0].GetProperty("figures").GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([1, 1, 0, 1]);
        Figures(agencies[1].GetProperty("figures").GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([0, 1, 1, 0]);

        var procedures = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/by-procedure?{March}")).EnumerateArray()
            .ToDictionary(p => p.GetProperty("key").GetGuid());
        procedures.Keys.ShouldBe([scenario.Data.DepartmentProcedure, scenario.Data.CommuneProcedure], ignoreOrder: true);
        Figures(procedures[scenario.Data.DepartmentProcedure].GetProperty("figures").GetProperty("resolved"), "total", "early", "onTime", "late").ShouldBe([6, 3, 1, 2]);
        var oneProcedure = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{March}&procedureId={scenario.Data.CommuneProcedure}");
        Figures(oneProcedure.GetProperty("figures").GetProperty("received"), "total", "online", "direct").ShouldBe([2, 1, 1]);
        Figures(oneProcedure.GetProperty("figures").GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([0, 1, 1, 0]);

        var months = (await StatisticsScenario.GetAsync(scenario.Admin, "/api/v1/statistics/by-month?from=2025-02-01&to=2025-04-30")).EnumerateArray().ToList();
        months.Select(m => m.GetProperty("key").GetString()).ShouldBe(["2025-02", "2025-03", "2025-04"]);
        months.Select(m => m.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64()).ShouldBe([2, 9, 0]);
        months.Select(m => m.GetProperty("figures").GetProperty("resolved").GetProperty("total").GetInt64()).ShouldBe([0, 7, 0]);
        months[0].GetProperty("figures").GetProperty("stopped").GetInt64().ShouldBe(1);
        months[0].GetProperty("figures").GetProperty("inProgress").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task TheExports_ReadBack_WithTheSameNumbers()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var names = (await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/by-procedure?{March}")).EnumerateArray()
            .ToDictionary(p => p.GetProperty("key").GetGuid(), p => p.GetProperty("name").GetString()!);
        long[] department = [8, 1, 7, 4, 3, 6, 3, 1, 2, 1, 0, 1, 1];
        long[] commune = [2, 0, 2, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0];
        long[] total = [10, 1, 9, 5, 4, 7, 4, 1, 2, 2, 1, 1, 1];

        using var csvResponse = await scenario.Admin.GetAsync(new Uri($"/api/v1/statistics/export.csv?{March}", UriKind.Relative));
        csvResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        csvResponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToList();
        lines[0].ShouldBe(["STT", "Lĩnh vực", "Mã thủ tục", "Tên thủ tục", "Tổng số hồ sơ nhận giải quyết", "Từ kỳ trước chuyển qua", "Mới tiếp nhận",
            "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp và bưu chính", "Đã giải quyết", "Giải quyết trước hạn", "Giải quyết đúng hạn", "Giải quyết quá hạn",
            "Đang giải quyết", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Rút hoặc dừng xử lý"]);
        long[] CsvRow(string name) => [.. lines.Single(l => l[3] == name).Skip(4).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
        CsvRow(names[scenario.Data.DepartmentProcedure]).ShouldBe(department);
        CsvRow(names[scenario.Data.CommuneProcedure]).ShouldBe(commune);
        CsvRow("Tổng cộng").ShouldBe(total);

        using var xlsxResponse = await scenario.Admin.GetAsync(new Uri($"/api/v1/statistics/export.xlsx?{March}", UriKind.Relative));
        xlsxResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = Sheet(workbook, "Thong ke");
        var rows = sheet.Elements<Row>().ToDictionary(r => (int)r.RowIndex!.Value, r => r.Elements<Cell>().Select(CellText).ToList());
        rows[4].ShouldBe(lines[0]);
        long[] XlsxRow(string name) => [.. rows.Values.Single(r => r.Count > 3 && r[3] == name).Skip(4).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
        XlsxRow(names[scenario.Data.DepartmentProcedure]).ShouldBe(department);
        XlsxRow(names[scenario.Data.CommuneProcedure]).ShouldBe(commune);
        XlsxRow("Tổng cộng").ShouldBe(total);
    }

    [Test]
    public async Task ALeader_SeesTheirAgencyAndThoseBelowIt_AndNobodyElseSeesAnything()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var (communeLeader, _) = await ApiHost.Factory.CreateSignedInClientAsync("hk-leader", scenario.Data.Commune, Roles.Leader);
        var (communeAdmin, _) = await ApiHost.Factory.CreateSignedInClientAsync("hk-admin", scenario.Data.Commune, Roles.AgencyAdmin);
        var (departmentLeader, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd-leader", scenario.Data.Department, Roles.Leader);
        var (specialist, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd-specialist", scenario.Data.Department, Roles.Specialist);
        var (citizen, _) = await ApiHost.Factory.CreateSignedInClientAsync("stats-citizen", null, Roles.Citizen);

        foreach (var commune in new[] { communeLeader, communeAdmin })
        {
            var own = (await StatisticsScenario.GetAsync(commune, $"/api/v1/statistics/summary?{March}")).GetProperty("figures");
            Figures(own.GetProperty("received"), "total", "online", "direct").ShouldBe([2, 1, 1]);
            Figures(own.GetProperty("resolved"), "total", "early").ShouldBe([1, 1]);
            Figures(own.GetProperty("inProgress"), "carriedOver", "total", "withinTime", "overdue").ShouldBe([0, 1, 1, 0]);
            (await StatisticsScenario.GetAsync(commune, $"/api/v1/statistics/by-agency?{March}")).EnumerateArray()
                .Select(a => a.GetProperty("code").GetString()).ShouldBe([StatisticsData.CommuneCode]);
            await StatisticsScenario.GetAsync(commune, $"/api/v1/statistics/summary?{March}&agencyId={scenario.Data.Department}", HttpStatusCode.Forbidden);
        }

        var all = await StatisticsScenario.GetAsync(departmentLeader, $"/api/v1/statistics/summary?{March}");
        all.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64().ShouldBe(9);
        var narrowed = await StatisticsScenario.GetAsync(departmentLeader, $"/api/v1/statistics/summary?{March}&agencyId={scenario.Data.Commune}");
        narrowed.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64().ShouldBe(2);
        await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/summary?{March}&agencyId={Guid.NewGuid()}", HttpStatusCode.NotFound);

        foreach (var path in new[] { "summary", "by-agency", "by-procedure", "by-month", "export.csv", "export.xlsx" })
        {
            (await citizen.GetAsync(new Uri($"/api/v1/statistics/{path}?{March}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            (await specialist.GetAsync(new Uri($"/api/v1/statistics/{path}?{March}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            (await Client.GetAsync(new Uri($"/api/v1/statistics/{path}?{March}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
        }

        using var rebuild = await departmentLeader.PostAsync(new Uri("/api/v1/statistics/rebuild?from=2025-03-01&to=2025-03-31", UriKind.Relative), null);
        rebuild.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AnInvertedOrTooLongPeriod_OrAnUnknownLevel_IsAProblemWithMessagesInTheCallersLanguage()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("stats-admin", null, Roles.SystemAdmin);

        using var inverted = await admin.GetAsync(new Uri("/api/v1/statistics/summary?from=2025-03-31&to=2025-03-01", UriKind.Relative));
        inverted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await inverted.ReadProblemAsync()).FieldErrors("to").ShouldBe(["Ngày cuối không trước ngày đầu."]);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/statistics/by-month?from=2020-01-01&to=2025-01-01&level=5");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var tooLong = await admin.SendAsync(request);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await tooLong.ReadProblemAsync();
        problem.FieldErrors("to").ShouldBe(["A statistics period is at most 5 years."]);
        problem.FieldErrors("level").ShouldBe(["The service level is 2 (information only), 3 (partial) or 4 (full)."]);

        await StatisticsScenario.GetAsync(admin, "/api/v1/statistics/summary?from=2021-01-01&to=2025-12-31");
        using var missing = await admin.GetAsync(new Uri("/api/v1/statistics/summary?to=2025-12-31", UriKind.Relative));
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task RebuildingTwice_OrAgainForPartOfTheRange_GivesTheSameRows()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var first = await SnapshotAsync();
        first.Daily.Count.ShouldBeGreaterThan(0);
        first.Monthly.Count.ShouldBeGreaterThan(0);

        await scenario.RebuildAsync(new DateOnly(2025, 1, 1), StatisticsScenario.Today.AddDays(30));
        var second = await SnapshotAsync();
        second.Daily.ShouldBe(first.Daily);
        second.Monthly.ShouldBe(first.Monthly);

        var part = await scenario.RebuildAsync(new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 12));
        part.GetProperty("monthlyRows").GetInt32().ShouldBe(first.Monthly.Count(r => r.StartsWith("2025-03-01", StringComparison.Ordinal)));
        var third = await SnapshotAsync();
        third.Daily.ShouldBe(first.Daily);
        third.Monthly.ShouldBe(first.Monthly);
    }

    [Test]
    public async Task ThePublicOpenData_IsAnonymous_AndShowsThisYearPerAgency()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var day = scenario.Data.Calendar.NextWorkingDay(new DateOnly(StatisticsScenario.Today.Year, 1, 4));
        if (day >= StatisticsScenario.Today)
        {
            Assert.Inconclusive("Too early in the year for a dossier received and resolved this year.");
        }

        await scenario.Data.AddAsync(true, Channel.Online, StatisticsData.At(day), s => s.Approve(s.Early));
        await scenario.Data.AddAsync(true, Channel.InPerson, StatisticsData.At(day, 10));
        await scenario.RebuildAsync(day, day);

        var open = await StatisticsScenario.GetAsync(Client, "/api/v1/public/statistics");
        open.GetProperty("year").GetInt32().ShouldBe(StatisticsScenario.Today.Year);
        open.GetProperty("updatedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var commune = open.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == StatisticsData.CommuneCode);
        Figures(commune, "received", "online", "resolved", "onTime").ShouldBe([2, 1, 1, 1]);
        commune.GetProperty("onlineShare").GetDecimal().ShouldBe(0.5m);
        commune.GetProperty("onTimeRate").GetDecimal().ShouldBe(1m);
        open.GetProperty("total").GetProperty("received").GetInt64().ShouldBe(2);
        open.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == TestAccounts.DepartmentCode)
            .GetProperty("received").GetInt64().ShouldBe(0);

        // The city per month, January to the current month, for the public page's chart.
        var months = open.GetProperty("months").EnumerateArray().ToList();
        months.Select(m => m.GetProperty("month").GetString()).ShouldBe(
            Enumerable.Range(1, StatisticsScenario.Today.Month).Select(m => $"{StatisticsScenario.Today.Year:D4}-{m:D2}"));
        var month = months.Single(m => m.GetProperty("month").GetString() == $"{day.Year:D4}-{day.Month:D2}");
        Figures(month, "received", "online", "resolved", "onTime").ShouldBe([2, 1, 1, 1]);
        months.Sum(m => m.GetProperty("received").GetInt64()).ShouldBe(2);
    }

    [Test]
    public async Task TheModel_MatchesTheMigrations()
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        // The statistics tables come from the migrations (since the squash, the baseline), not from EnsureCreated.
        (await db.Database.GetAppliedMigrationsAsync()).ShouldContain(m => m.EndsWith("_Baseline", StringComparison.Ordinal));
        (await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_name IN ('dossier_daily_stats', 'dossier_monthly_stats') ORDER BY 1")
            .ToListAsync()).ShouldBe(["dossier_daily_stats", "dossier_monthly_stats"]);
    }

    private static long[] Figures(JsonElement element, params string[] names) => [.. names.Select(n => element.GetProperty(n).GetInt64())];

    private const string SnapshotColumns =
        "deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field, received, resolved_early, resolved_on_time, resolved_late, " +
        "refused, withdrawn, stopped, rated_very_satisfied, rated_satisfied, rated_unsatisfied, paid_count, paid_vnd, refunded_count, refunded_vnd, " +
        "timed_count, used_minutes, limit_minutes";

    /// <summary>Every row of both tables but its rebuild time, as text, in order.</summary>
    private static async Task<(List<string> Daily, List<string> Monthly)> SnapshotAsync()
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var daily = await db.Database.SqlQueryRaw<string>($"SELECT concat_ws('|', day, {SnapshotColumns}) AS \"Value\" FROM dossier_daily_stats ORDER BY 1").ToListAsync();
        var monthly = await db.Database.SqlQueryRaw<string>($"SELECT concat_ws('|', month, {SnapshotColumns}) AS \"Value\" FROM dossier_monthly_stats ORDER BY 1").ToListAsync();
        return (daily, monthly);
    }

    /// <summary>The rows of the workbook's sheet named <paramref name="name"/>.</summary>
    internal static SheetData Sheet(SpreadsheetDocument workbook, string name)
    {
        var part = workbook.WorkbookPart!;
        var id = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!.Value!;
        return ((WorksheetPart)part.GetPartById(id)).Worksheet.GetFirstChild<SheetData>()!;
    }

    internal static string CellText(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;

    private static string[] ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
