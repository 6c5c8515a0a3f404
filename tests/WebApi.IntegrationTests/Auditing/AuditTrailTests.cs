using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Auditing;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Auditing;

public sealed class AuditTrailTests : ApiTestFixture
{
    [Test]
    public async Task SubmittingAndReceivingADossier_WritesWhoWhatAndFromWhichRequest_WithTheStatusBeforeAndAfter()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, deskId) = await ApiHost.Factory.CreateSignedInClientAsync("desk", scenario.Department, Roles.Receptionist);
        var id = await scenario.StartAsync();
        var submitCorrelation = $"submit-{Guid.NewGuid():N}";
        var receiveCorrelation = $"receive-{Guid.NewGuid():N}";

        await scenario.SubmitAsync(id, submitCorrelation);
        var received = await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" }, receiveCorrelation);

        var trail = await DossierTrailAsync(id);
        var files = received.GetProperty("attachments").GetArrayLength();
        trail.Select(r => r.UseCase).ShouldBe(["StartDossier", .. Enumerable.Repeat("AttachFile", files), "SubmitDossier", "ReceiveDossier"]);
        trail[0].ChangeKind.ShouldBe(AuditChangeKind.Added);
        var submit = trail[^2];
        submit.ChangeKind.ShouldBe(AuditChangeKind.Modified);
        submit.UserId.ShouldBe(scenario.CitizenUserId);
        submit.CorrelationId.ShouldBe(submitCorrelation);
        Status(submit.Before).ShouldBe("Draft");
        Status(submit.After).ShouldBe("Submitted");
        var receive = trail[^1];
        receive.UserId.ShouldBe(deskId);
        receive.UserName.ShouldBe("Người dùng desk");
        receive.CorrelationId.ShouldBe(receiveCorrelation);
        Status(receive.Before).ShouldBe("Submitted");
        Status(receive.After).ShouldBe("Received");
        using (var after = JsonDocument.Parse(receive.After!))
        {
            after.RootElement.TryGetProperty("form_data", out _).ShouldBeFalse("only the changed columns of a modification");
        }

        receive.At.ShouldBeGreaterThanOrEqualTo(submit.At);
    }

    [Test]
    public async Task ASubmissionWithAnIdempotencyKey_AuditsTheDossierAndItsStep_NotTheKey()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var id = await scenario.StartAsync();
        var correlation = $"submit-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/submit") { Content = JsonContent.Create(new { formData = scenario.Form }) };
        request.Headers.Add("X-Correlation-Id", correlation);
        request.Headers.Add("Idempotency-Key", $"audit-{Guid.NewGuid():N}");
        using var response = await scenario.Citizen.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.IdempotencyRecords.CountAsync(r => r.ResourceId == id)).ShouldBe(1);
        var audited = await db.AuditRecords.Where(r => r.CorrelationId == correlation).Select(r => r.EntityType).ToListAsync();
        audited.Order().ShouldBe(["Dossier", "ProcessingStep"]);
    }

    [TestCase("UPDATE audit_records SET user_name = 'someone else'")]
    [TestCase("DELETE FROM audit_records")]
    public async Task ChangingOrDeletingAuditRecordsWithSql_IsRefusedByTheDatabase(string sql)
    {
        var before = await CountAuditRecordsAsync();
        before.ShouldBeGreaterThan(0, "the reference data loaded for this test is audited");

        await using var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var error = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        error.MessageText.ShouldContain("audit_records is append-only");
        (await CountAuditRecordsAsync()).ShouldBe(before);
    }

    [Test]
    public async Task TheTrailOfADossier_IsReadBySystemAdmins_NewestFirst_AndRefusedToSpecialistsAndAnonymousCallers()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("desk", scenario.Department, Roles.Receptionist);
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("admin", null, Roles.SystemAdmin);
        var (specialist, _) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", scenario.Department, Roles.Specialist);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        var received = await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var query = new Uri($"/api/v1/admin/audit?entityType=Dossier&entityId={id}&pageSize=2", UriKind.Relative);

        var page = await admin.GetFromJsonAsync<JsonElement>(query);

        page.GetProperty("totalCount").GetInt32().ShouldBe(3 + received.GetProperty("attachments").GetArrayLength(), "start, one per attached file, submit, receive");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("useCase").GetString()).ShouldBe(["ReceiveDossier", "SubmitDossier"]);
        items[0].GetProperty("after").GetProperty("status").GetString().ShouldBe("Received");
        items[0].GetProperty("changeKind").GetString().ShouldBe("Modified");
        (await specialist.GetAsync(query)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Client.GetAsync(query)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync(new Uri("/api/v1/admin/audit?pageSize=1000", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task NoEndpoint_CreatesChangesOrDeletesAuditRecords()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("admin", null, Roles.SystemAdmin);
        var before = await CountAuditRecordsAsync();

        var answers = new[]
        {
            await admin.PostAsJsonAsync("/api/v1/admin/audit", new { entityType = "Dossier", entityId = "x" }),
            await admin.PutAsJsonAsync("/api/v1/admin/audit", new { entityType = "Dossier" }),
            await admin.DeleteAsync(new Uri("/api/v1/admin/audit", UriKind.Relative)),
        };

        answers.ShouldAllBe(a => !a.IsSuccessStatusCode);
        (await CountAuditRecordsAsync()).ShouldBe(before);
    }

    [Test]
    public async Task AnInvalidTransition_Is409_AndWritesNoAuditRecord()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("desk", scenario.Department, Roles.Receptionist);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var before = await DossierTrailAsync(id);

        await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null }, expected: HttpStatusCode.Conflict);

        (await DossierTrailAsync(id)).Count.ShouldBe(before.Count);
    }

    [Test]
    public async Task ParallelReceptions_WhoseSaveFails_LeaveOnlyTheWinnersAuditRecord()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        var desks = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => ApiHost.Factory.CreateSignedInClientAsync($"desk{i}", scenario.Department, Roles.Receptionist)));

        var answers = await Task.WhenAll(desks.Select(d => d.Client.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var receptions = (await DossierTrailAsync(id)).Where(r => r.UseCase == "ReceiveDossier").ToList();
        receptions.Count.ShouldBe(1);
        var winner = desks[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)].UserId;
        receptions[0].UserId.ShouldBe(winner);
    }

    [Test]
    public async Task RegisteringAnAccount_IsAudited_WithoutThePasswordHashOrSecurityStamp()
    {
        const string password = "Mat-Khau-Audit-2026";
        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", new
        {
            fullName = "Nguyễn Văn An", citizenId = "001099012345", dateOfBirth = "1999-05-19", phone = "0912345678", email = "an.audit@example.vn", password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var userId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        var key = userId.ToString();
        var keyPrefix = key + ",";
        var records = await db.AuditRecords.Where(r => r.EntityId == key || r.EntityId.StartsWith(keyPrefix)).ToListAsync();
        var added = records.Where(r => r.EntityType == nameof(ApplicationUser) && r.ChangeKind == AuditChangeKind.Added).ShouldHaveSingleItem();
        added.UseCase.ShouldBe("RegisterCitizen");
        added.UserId.ShouldBeNull();
        added.UserName.ShouldBeNull();
        added.After!.ShouldContain("001099012345");
        var json = string.Join("\n", records.SelectMany(r => new[] { r.Before, r.After }).OfType<string>());
        json.ShouldNotContain("password", Case.Insensitive);
        json.ShouldNotContain("security_stamp", Case.Insensitive);
        json.ShouldNotContain(user.PasswordHash!);
        json.ShouldNotContain(user.SecurityStamp!);
        json.ShouldNotContain(password);
    }

    private static async Task<List<AuditRecord>> DossierTrailAsync(Guid id)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditRecords.Where(r => r.EntityType == "Dossier" && r.EntityId == id.ToString()).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync();
    }

    private static async Task<int> CountAuditRecordsAsync()
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditRecords.CountAsync();
    }

    private static string? Status(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("status").GetString();
    }
}
