using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>The three-tier set-up (with districts), in a host and database of its own: a district procedure end to end.</summary>
public sealed class ThreeTierDossierTests
{
    private const string BaDinhDistrict = "000.00.31.H26";
    private readonly TestDatabase _database = new("hanoidvc_webapi_three_tier_tests");
    private HanoiDvcFactory _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await _database.RecreateAsync();
        _host = new HanoiDvcFactory(_database.ConnectionString, "three-tier");
        await _database.InitializeAsync(_host.Services);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task ADistrictDossier_IsReceivedProcessedApprovedAndReturned_AtTheDistrict()
    {
        using var anonymous = _host.CreateClient();
        var (procedure, form) = await FormFillers.ProcedureAsync(anonymous, "district");
        var district = await TestAccounts.AgencyIdAsync(_host.Services, BaDinhDistrict);
        await TestAccounts.CreateUserAsync(_host.Services, "001208012345", null, [Roles.Citizen], ApplicantType.Citizen, "001208012345");
        var citizen = _host.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, "001208012345"));
        var (desk, _) = await _host.CreateSignedInClientAsync("district-desk", district, Roles.Receptionist);
        var (leader, _) = await _host.CreateSignedInClientAsync("district-leader", district, Roles.Leader);
        var (specialist, specialistId) = await _host.CreateSignedInClientAsync("district-specialist", district, Roles.Specialist);

        var id = (await FormFillers.StartDraftAsync(citizen, procedure, district, form))
            .GetProperty("id").GetGuid();
        await PostAsync(citizen, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        var received = await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/approve", new { comment = (string?)null });
        var returned = await PostAsync(desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "InPerson" });

        received.GetProperty("code").GetString()!.ShouldStartWith($"{BaDinhDistrict}-");
        returned.GetProperty("status").GetString().ShouldBe("ResultReturned");
        returned.GetProperty("decidingAgencyId").GetGuid().ShouldBe(district);
    }

    // The three-tier set-up (before 1/7/2025) is kept only to reproduce the 2019–2020 figures.
    [Test]
    public async Task AdministrativeLevels_InTheThreeTierSetUp_IncludeTheDistrict_AndAreMarkedHistorical()
    {
        using var anonymous = _host.CreateClient();

        var levels = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/administrative-levels", UriKind.Relative));

        levels.GetProperty("setup").GetString().ShouldBe("three-tier");
        levels.GetProperty("historical").GetBoolean().ShouldBeTrue();
        levels.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ShouldBe(["province", "district", "commune"]);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
