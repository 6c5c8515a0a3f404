using System.Net;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// The national service index (Quyết định 766/QĐ-TTg) of March 2025 over the statistics data set (<see cref="StatisticsScenario"/>),
/// for the city and for Hoàn Kiếm ward, every measured indicator worked out by hand; what is not measured here stays null.
/// </summary>
public sealed class ServiceIndexTests : ApiTestFixture
{
    private const string March = "kind=Month&year=2025&number=3";

    [Test]
    public async Task TheCityInMarch_ScoresEveryMeasuredIndicatorAsWorkedOut()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var index = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/index?{March}");
        var catalogue = await CatalogueAsync(null);

        // Resolved in March: D8 late, D1 early, D2 on time, D3 late, D4 refused early, D6 early, C1 early = 7; open at the end: D7 overdue, C2 within.
        // TD1 = (4 early + 1 on time + 1 open within time) ÷ (7 resolved + 2 open) = 6/9 = 0.6667 → 20 × 0.6667 = 13.33.
        Indicator(index, "TD1").ShouldBe(X(6, 9, 13.33m));
        // SH1: approved = 7 resolved − 1 refused = 6, none with an electronic result → 0 of 7.33.
        Indicator(index, "SH1").ShouldBe(X(0, 6, 0m));
        // SH2: of the 9 received in March, the documents of the online ones (D1, D4, D5, D6, C1) count as digitised from
        // submission, no paper was scanned at the desk, and a dossier with a result counts only with its result digitised:
        // D1, D6 and C1 were approved with a paper result not scanned, D4 was refused (no result), D5 withdrawn (none)
        // → D4, D5 = 2 of 9 = 0.2222; full points from 80 %: 7.33 × 0.2222 ÷ 0.8 = 2.036 → 2.04.
        Indicator(index, "SH2").ShouldBe(X(2, 9, 2.04m));
        // SH3: no dossier took a document from an applicant's store → 0 of 9.
        Indicator(index, "SH3").ShouldBe(X(0, 9, 0m));
        // DV1: the published catalogue; full points from 80 % (4 × min(1, rate ÷ 0.8)).
        Indicator(index, "DV1").ShouldBe(X(catalogue.Online, catalogue.Total, Points(4m, 0.8m, catalogue.Online, catalogue.Total)));
        // DV2: the Department's and the ward's procedures both received online dossiers in March (D1, D4, D5, D6; C1).
        Indicator(index, "DV2").ShouldBe(X(2, catalogue.Online, Points(4m, 1m, 2, catalogue.Online)));
        // DV3: received in March: Department D1–D7 (7, of them online D1, D4, D5, D6) + ward C1 online, C2 in person = 5 of 9
        // = 0.5556, past the 50 % that earns the full 4.
        Indicator(index, "DV3").ShouldBe(X(5, 9, 4m));
        Indicator(index, "DV4").ShouldBe(X(catalogue.Payable, catalogue.WithFee, Points(5m, 0.8m, catalogue.Payable, catalogue.WithFee)));
        // DV5: one dossier received in March with a fee (D6), paid online → 5.
        Indicator(index, "DV5").ShouldBe(X(1, 1, 5m));
        // HL3: (7 resolved − 2 late − 0 unsatisfied within time; D3 is late and unsatisfied, counted once) ÷ 7 = 0.7143
        // → 6 × 0.7143 ÷ 0.9 = 4.762 → 4.76.
        Indicator(index, "HL3").ShouldBe(X(5, 7, 4.76m));

        // HL1: no complaint was filed in March: nothing to count, not zero.
        Find(index, "HL1").GetProperty("denominator").GetInt64().ShouldBe(0);
        foreach (var code in new[] { "CK1", "CK2", "CK3", "CK4", "HL1", "HL2" })
        {
            var indicator = Find(index, code);
            indicator.GetProperty("measured").GetBoolean().ShouldBeFalse(code);
            indicator.GetProperty("points").ValueKind.ShouldBe(JsonValueKind.Null, code);
            indicator.GetProperty("reason").GetString().ShouldNotBeNullOrEmpty(code);
        }

        var measured = new[] { "TD1", "SH1", "SH2", "SH3", "DV1", "DV2", "DV3", "DV4", "DV5", "HL3" }.Select(c => Find(index, c))
            .Where(i => i.GetProperty("measured").GetBoolean()).ToList();
        var total = index.GetProperty("total");
        total.GetProperty("points").GetDecimal().ShouldBe(measured.Sum(i => i.GetProperty("points").GetDecimal()));
        total.GetProperty("measuredMax").GetDecimal().ShouldBe(measured.Sum(i => i.GetProperty("maxPoints").GetDecimal()));
        total.GetProperty("max").GetDecimal().ShouldBe(100m);
        index.GetProperty("agencyName").GetString().ShouldBe("Toàn thành phố");

        // The trend: October 2024 to February 2025, oldest first.
        var trend = index.GetProperty("trend").EnumerateArray().Select(t => (t.GetProperty("year").GetInt32(), t.GetProperty("number").GetInt32())).ToList();
        trend.ShouldBe([(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2)]);
    }

    [Test]
    public async Task TheWardInMarch_CountsOnlyItsOwnDossiers()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var (wardLeader, _) = await ApiHost.Factory.CreateSignedInClientAsync("hk-index", scenario.Data.Commune, Roles.Leader);
        var index = await StatisticsScenario.GetAsync(wardLeader, $"/api/v1/statistics/index?{March}&agencyId={scenario.Data.Commune}");
        var catalogue = await CatalogueAsync(scenario.Data.Commune);

        // C1 online, resolved early; C2 in person, open within time at the end of March.
        Indicator(index, "TD1").ShouldBe(X(2, 2, 20m)); // (1 early + 1 within) ÷ (1 resolved + 1 open)
        Indicator(index, "SH1").ShouldBe(X(0, 1, 0m));
        Indicator(index, "DV2").ShouldBe(X(1, catalogue.Online, Points(4m, 1m, 1, catalogue.Online)));
        Indicator(index, "DV3").ShouldBe(X(1, 2, 4m)); // 1 ÷ 2 = 0.5: the target, the full 4
        Indicator(index, "HL3").ShouldBe(X(1, 1, 6m));
        var dv5 = Find(index, "DV5"); // no dossier with a fee: nothing to count, not zero
        dv5.GetProperty("measured").GetBoolean().ShouldBeFalse();
        dv5.GetProperty("denominator").GetInt64().ShouldBe(0);

        await StatisticsScenario.GetAsync(wardLeader, $"/api/v1/statistics/index?{March}&agencyId={scenario.Data.Department}", HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ComplaintsFiledInMarch_CountOnTimeWhenAnsweredByTheirDueInstant()
    {
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        var data = scenario.Data;
        static DateTimeOffset On(int month, int day, int hour = 9) => StatisticsData.At(new DateOnly(2025, month, day), hour, 0);
        var desk = Actor.Official(Guid.NewGuid(), "Cán bộ một cửa Sở", DossierRoles.Receptionist, data.Department);
        var wardDesk = Actor.Official(Guid.NewGuid(), "Cán bộ một cửa phường", DossierRoles.Receptionist, data.Commune);
        Complaint File(Guid agency, Guid procedure, DateTimeOffset at) =>
            Complaint.AboutProcedure(null, "Nguyễn Văn An", "an.nguyen@example.vn", null, procedure, agency, "Hồ sơ mẫu chưa rõ thành phần.", at, data.Calendar);

        // Ten working days each (Nghị định 20/2008/NĐ-CP): filed Monday 3 March, due 17 March; filed 24 March, due 7 April.
        var answered = File(data.Department, data.DepartmentProcedure, On(3, 3));
        answered.AnswerWith(desk, "Thành phần hồ sơ đã được ghi rõ trên Cổng.", On(3, 5));
        var late = File(data.Department, data.DepartmentProcedure, On(3, 3));
        late.AnswerWith(desk, "Đã trả lời.", On(4, 20));
        var open = File(data.Department, data.DepartmentProcedure, On(3, 24));
        var closed = File(data.Commune, data.CommuneProcedure, On(3, 10));
        closed.CloseOutOfScope(wardDesk, "Nội dung là khiếu nại, không phải phản ánh về quy định hành chính.", On(3, 11));
        var february = File(data.Department, data.DepartmentProcedure, On(2, 25));
        february.AnswerWith(desk, "Đã trả lời.", On(3, 2));
        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Complaints.AddRange(answered, late, open, closed, february);
            await db.SaveChangesAsync();
        }

        // The city: filed in March 4 (not the February one); by the end of March answered on time: the first and the
        // ward's closed one = 2 of 4 = 0.5 → 6 × 0.5 = 3 (the late one was not answered by then; the open one is not due yet).
        var city = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/index?{March}");
        Indicator(city, "HL1").ShouldBe(X(2, 4, 3m));
        // The ward: its one complaint, closed out of scope the next day (a refusal in writing is an answer) → 1 of 1 = 6.
        var ward = await StatisticsScenario.GetAsync(scenario.Admin, $"/api/v1/statistics/index?{March}&agencyId={data.Commune}");
        Indicator(ward, "HL1").ShouldBe(X(1, 1, 6m));
    }

    [TestCase("kind=Month&year=2025&number=13", "Number")]
    [TestCase("kind=Quarter&year=2025&number=5", "Number")]
    [TestCase("kind=Year&year=1999", "Year")]
    public async Task ABadPeriod_IsAProblemOnItsField(string query, string field)
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("index-admin", null, Roles.SystemAdmin);
        var problem = await StatisticsScenario.GetAsync(admin, $"/api/v1/statistics/index?{query}", HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public async Task ThePublicIndex_ShowsTheTotalAndGroupsOfEachAgencyWithADossierThisYear()
    {
        // The data set's dossiers are of 2025; this year only the ward receives one, a few minutes ago.
        var scenario = await StatisticsScenario.ArrangeAsync(Client);
        await scenario.Data.AddAsync(true, Channel.Online, DateTimeOffset.UtcNow.AddMinutes(-5));
        await scenario.RebuildAsync(StatisticsScenario.Today.AddDays(-1), StatisticsScenario.Today.AddDays(1));
        var index = await StatisticsScenario.GetAsync(Client, "/api/v1/public/statistics/index");
        var agencies = index.GetProperty("agencies").EnumerateArray().ToList();
        agencies.Select(a => a.GetProperty("agencyId").GetGuid()).ShouldBe([scenario.Data.Commune]);
        agencies.ShouldAllBe(a => a.GetProperty("groups").GetArrayLength() == 5);
        agencies.ShouldAllBe(a => a.GetProperty("total").GetProperty("max").GetDecimal() == 100m);
    }

    private static (long Numerator, long Denominator, decimal? Points) X(long numerator, long denominator, decimal? points) => (numerator, denominator, points);

    private static JsonElement Find(JsonElement index, string code) =>
        index.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("code").GetString() == code);

    private static (long Numerator, long Denominator, decimal? Points) Indicator(JsonElement index, string code)
    {
        var i = Find(index, code);
        var points = i.GetProperty("points");
        return (i.GetProperty("numerator").GetInt64(), i.GetProperty("denominator").GetInt64(), points.ValueKind == JsonValueKind.Null ? null : points.GetDecimal());
    }

    /// <summary>max × min(1, rate ÷ target), the rate to four decimals and the points to two; null when nothing is counted.</summary>
    private static decimal? Points(decimal max, decimal fullAt, long numerator, long denominator) =>
        denominator == 0 ? null : Math.Round(max * Math.Min(1m, Math.Round((decimal)numerator / denominator, 4) / fullAt), 2, MidpointRounding.AwayFromZero);

    /// <summary>The published catalogue at the agency's level (all levels for the city): procedures, offered online, with a fee, payable online.</summary>
    private static async Task<(long Total, long Online, long WithFee, long Payable)> CatalogueAsync(Guid? agency)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var level = agency is { } id ? await db.Agencies.Where(a => a.Id == id).Select(a => a.LevelCode).SingleAsync() : null;
        var versions = await (from v in db.ProcedureVersions
                              join p in db.Procedures on v.ProcedureId equals p.Id
                              where p.IsListed && v.Status == ProcedureVersionStatus.Published && (level == null || v.DecidingLevelCode == level)
                              select v).AsNoTracking().ToListAsync();
        var withFee = versions.Where(v => v.Content.Fees.Any(f => f.IsCharged)).ToList();
        return (versions.Count, versions.Count(v => v.ServiceLevel != ServiceLevel.InformationOnly), withFee.Count, withFee.Count(v => v.Content.OffersOnlinePayment));
    }
}
