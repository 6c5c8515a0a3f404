using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// The statistics tests' data set (dates of 2025, official calendar), with a system administrator to rebuild and read:
/// <list type="bullet">
/// <item>Department, February: D8 online, received 3 Feb, resolved late on 3 March; D9 in person, received 10 Feb, stopped 12 Feb.</item>
/// <item>Department, March: D1 online early (rated very satisfied), D2 in person on time (satisfied), D3 by post late (unsatisfied),
/// D4 online refused early then returned, D5 online withdrawn, D6 online paid 50 000 đồng and early, D7 in person still in processing.</item>
/// <item>Hoàn Kiếm ward, March: C1 online early; C2 in person received 28 March, still open.</item>
/// </list>
/// </summary>
internal sealed class StatisticsScenario
{
    public const long Fee = 50_000;

    private StatisticsScenario(StatisticsData data, HttpClient admin, IReadOnlyDictionary<string, Dossier> dossiers)
    {
        Data = data;
        Admin = admin;
        Dossiers = dossiers;
    }

    public StatisticsData Data { get; }

    public HttpClient Admin { get; }

    public IReadOnlyDictionary<string, Dossier> Dossiers { get; }

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Domain.Calendar.VietnamTimeZone.Instance).DateTime);

    public static async Task<StatisticsScenario> ArrangeAsync(HttpClient anonymous)
    {
        var data = await StatisticsData.LoadAsync(anonymous);
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("stats-admin", null, Roles.SystemAdmin);
        static DateTimeOffset On(int month, int day, int hour = 9, int minute = 0) => StatisticsData.At(new DateOnly(2025, month, day), hour, minute);
        var dossiers = new Dictionary<string, Dossier>
        {
            ["D8"] = await data.AddAsync(false, Channel.Online, On(2, 3), s => s.Approve(On(3, 3, 10)).Return()),
            ["D9"] = await data.AddAsync(false, Channel.InPerson, On(2, 10), s => s.Stop(On(2, 12, 10))),
            ["D1"] = await data.AddAsync(false, Channel.Online, On(3, 3), s => s.Approve(s.Early).Return().Rate(Satisfaction.VerySatisfied)),
            ["D2"] = await data.AddAsync(false, Channel.InPerson, On(3, 3, 9, 30), s => s.Approve(s.OnTime).Return().Rate(Satisfaction.Satisfied)),
            ["D3"] = await data.AddAsync(false, Channel.Post, On(3, 4), s => s.Approve(s.Late).Return().Rate(Satisfaction.Unsatisfied)),
            ["D4"] = await data.AddAsync(false, Channel.Online, On(3, 5), s => s.Refuse(s.Early).Return()),
            ["D5"] = await data.AddAsync(false, Channel.Online, On(3, 5, 9, 30), s => s.Withdraw(On(3, 6, 10))),
            ["D6"] = await data.AddAsync(false, Channel.Online, On(3, 6), s => s.Pay(On(3, 6, 9, 10)).Approve(s.Early).Return(), Fee),
            ["D7"] = await data.AddAsync(false, Channel.InPerson, On(3, 10), s => s.Assign(On(3, 10, 10))),
            ["C1"] = await data.AddAsync(true, Channel.Online, On(3, 3), s => s.Approve(s.Early).Return()),
            ["C2"] = await data.AddAsync(true, Channel.InPerson, On(3, 28)),
        };

        // What the figures below rely on: the outcomes the domain gave, and every March event in March.
        var april = On(4, 1, 0);
        dossiers["D8"].Outcome.ShouldBe(DossierOutcome.Late, "D8 must be late: the Department procedure's limit is too long for this data set");
        dossiers["D1"].Outcome.ShouldBe(DossierOutcome.Early);
        dossiers["D2"].Outcome.ShouldBe(DossierOutcome.OnTime);
        dossiers["D3"].Outcome.ShouldBe(DossierOutcome.Late);
        dossiers["D4"].Outcome.ShouldBe(DossierOutcome.Early);
        dossiers["D6"].Outcome.ShouldBe(DossierOutcome.Early);
        dossiers["C1"].Outcome.ShouldBe(DossierOutcome.Early);
        dossiers["D3"].RatedAt!.Value.ShouldBeLessThan(april);
        dossiers["D7"].DueAt!.Value.ShouldBeLessThan(april, "D7 must be overdue at the end of March");
        dossiers["C2"].DueAt!.Value.ShouldBeGreaterThan(april, "C2 must be within its time at the end of March");

        var scenario = new StatisticsScenario(data, admin, dossiers);
        await scenario.RebuildAsync(new DateOnly(2025, 1, 1), Today.AddDays(30));
        return scenario;
    }

    /// <summary>Rebuilds the tables through the API as the system administrator.</summary>
    public async Task<JsonElement> RebuildAsync(DateOnly from, DateOnly to)
    {
        using var response = await Admin.PostAsync(new Uri($"/api/v1/statistics/rebuild?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", UriKind.Relative), null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>GETs a statistics path and checks the status; returns the JSON body.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The working minutes the resolved dossiers used and their limits, counted with the application's calendar.</summary>
    public (long Used, long Limit, int Count) ProcessingMinutes(params string[] names)
    {
        long used = 0, limit = 0;
        foreach (var dossier in names.Select(n => Dossiers[n]))
        {
            var (resolved, due) = (dossier.ResolvedAt!.Value, dossier.DueAt!.Value);
            var minutes = dossier.LimitDuration.TotalMinutes;
            used += resolved <= due ? minutes - Data.Calendar.Between(resolved, due).TotalMinutes : minutes + Data.Calendar.Between(due, resolved).TotalMinutes;
            limit += minutes;
        }

        return (used, limit, names.Length);
    }
}
