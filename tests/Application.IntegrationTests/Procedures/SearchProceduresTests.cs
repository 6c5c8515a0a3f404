using HanoiDvc.Application.Procedures.Commands.SetProcedureListing;
using HanoiDvc.Application.Procedures.Queries.SearchProcedures;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static HanoiDvc.Application.IntegrationTests.Procedures.ProcedureInputs;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Procedures;

public sealed class SearchProceduresTests : BaseTestFixture
{
    [SetUp]
    public void SignInAsSystemAdmin() => RunAsSystemAdmin();

    [TestCase("cap ban sao")]
    [TestCase("CẤP BẢN SAO")]
    [TestCase("Cấp bản sao văn bằng")]
    [TestCase("ban sao so goc")]
    public async Task Search_IgnoresDiacriticsAndCase(string query)
    {
        var result = await SendAsync(new SearchProcedures(query, PageSize: 100));

        result.Items.ShouldContain(p => p.Name.StartsWith("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", StringComparison.Ordinal));
        result.Items.ShouldAllBe(p => p.Name.Contains("bản sao", StringComparison.OrdinalIgnoreCase));
    }

    [TestCase("dang ky du thi danh gia")]
    [TestCase("ĐĂNG KÝ DỰ THI đánh giá")]
    public async Task Search_MapsDWithStrokeToD(string query)
    {
        await PublishedAsync(Content(name: "Đăng ký dự thi đánh giá năng lực thử nghiệm"));

        var result = await SendAsync(new SearchProcedures(query));

        result.Items.ShouldHaveSingleItem().Name.ShouldBe("Đăng ký dự thi đánh giá năng lực thử nghiệm");
    }

    [Test]
    public async Task Filters_CombineWithTheSearch()
    {
        await PublishedAsync(Content(name: "Thủ tục thử nghiệm xã cấp độ 4", level: "commune", serviceLevel: 4, applicant: ApplicantTypes.School));
        await PublishedAsync(Content(name: "Thủ tục thử nghiệm xã cấp độ 3", level: "commune", serviceLevel: 3, applicant: ApplicantTypes.Citizen));
        await PublishedAsync(Content(name: "Thủ tục thử nghiệm sở", level: "province", field: ProcedureField.EducationTraining));

        var level4 = await SendAsync(new SearchProcedures("thu tuc thu nghiem", ServiceLevel: 4));
        var communes = await SendAsync(new SearchProcedures("thu tuc thu nghiem", Level: "commune"));
        var citizens = await SendAsync(new SearchProcedures("thu tuc thu nghiem", ApplicantType: ApplicantTypes.Citizen));
        var training = await SendAsync(new SearchProcedures("thu tuc thu nghiem", Field: ProcedureField.EducationTraining));

        level4.Items.Select(p => p.Name).ShouldBe(["Thủ tục thử nghiệm sở", "Thủ tục thử nghiệm xã cấp độ 4"], ignoreOrder: true);
        communes.TotalCount.ShouldBe(2);
        citizens.Items.ShouldHaveSingleItem().Name.ShouldBe("Thủ tục thử nghiệm xã cấp độ 3");
        training.Items.ShouldHaveSingleItem().Name.ShouldBe("Thủ tục thử nghiệm sở");
    }

    [Test]
    public async Task AgencyFilter_ReturnsWhatTheAgencyDecides()
    {
        var commune = await WithDbAsync(db => db.Agencies.FirstAsync(a => a.LevelCode == "commune" && a.Decides));
        var communeLevel = await WithDbAsync(db => db.ProcedureVersions.CountAsync(v => v.Status == ProcedureVersionStatus.Published && v.DecidingLevelCode == "commune"));

        var result = await SendAsync(new SearchProcedures(AgencyId: commune.Id, PageSize: 100));

        result.TotalCount.ShouldBe(communeLevel);
        result.Items.ShouldAllBe(p => p.DecidingLevelCode == "commune");
    }

    [Test]
    public async Task UnlistedProcedures_AreNotFound()
    {
        var id = await PublishedAsync(Content(name: "Thủ tục sẽ bị ẩn"));
        await SendAsync(new SetProcedureListing(id, Listed: false));

        (await SendAsync(new SearchProcedures("thu tuc se bi an"))).TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task TheSearchUsesTheTrigramIndex_NotATableScan()
    {
        await using var connection = new NpgsqlConnection(await WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        await connection.OpenAsync();
        // With a few hundred rows the planner may prefer a scan; forbidding it shows whether an index can answer.
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN SELECT id FROM procedure_versions WHERE search_text LIKE '%cap ban sao%'", connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        string.Join('\n', plan).ShouldContain("ix_procedure_versions_search_text");
    }
}
