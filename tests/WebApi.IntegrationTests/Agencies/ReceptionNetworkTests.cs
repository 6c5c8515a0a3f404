using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Agencies.Queries.GetAdministrativeLevels;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Agencies;

/// <summary>The two-tier reception network over HTTP: identifier codes marked unverified, levels, commune service centres.</summary>
public sealed class ReceptionNetworkTests : ApiTestFixture
{
    private const string HoanKiemWard = "000.01.50.H26";
    private const string HoanKiemWardCentre = "001.01.50.H26";

    // Thông tư 10/2016/TT-BTTTT gives the shape; the codes are not yet checked against Quyết định 2918/QĐ-UBND (17/8/2022).
    [Test]
    public async Task TheAgencyListing_SaysOfEveryCode_ThatItIsNotVerified_AndWhereItComesFrom()
    {
        var page = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/agencies?level=commune&pageSize=100", UriKind.Relative));

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(100);
        items.ShouldAllBe(a => a.GetProperty("codeVerified").GetBoolean() == false);
        items.ShouldAllBe(a => a.GetProperty("codeSource").GetString()!.Contains("2918/QĐ-UBND"));
    }

    // Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15), Điều 2 (unconfirmed), and Nghị quyết 1656/NQ-UBTVQH15: no district level from 1/7/2025.
    [Test]
    public async Task AdministrativeLevels_InTheTwoTierSetUp_AreProvinceAndCommuneOnly_AndNotHistorical()
    {
        var response = await Client.GetAsync(new Uri("/api/v1/administrative-levels", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var levels = (await response.Content.ReadFromJsonAsync<AdministrativeLevelsDto>())!;
        levels.Setup.ShouldBe("two-tier");
        levels.Historical.ShouldBeFalse();
        levels.Levels.Select(l => (l.Code, l.Rank)).ShouldBe([("province", 1), ("commune", 2)]);
        levels.Levels.ShouldAllBe(l => l.Name.Length > 0 && l.NameEn.Length > 0);
    }

    // Nghị định 118/2025/NĐ-CP (article not confirmed): the commune's Public Administration Service Centre receives, its People's Committee decides.
    [Test]
    public async Task ACommuneDossier_ReceivedAtTheCommunesServiceCentre_IsCodedThere_AndOnlyThatCentresDeskReceivesIt_Nd118of2025()
    {
        var (procedure, form) = await FormFillers.ProcedureAsync(Client, "commune");
        var ward = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, HoanKiemWard);
        var centre = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, HoanKiemWardCentre);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001208054321", null, [Roles.Citizen], ApplicantType.Citizen, "001208054321");
        var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, "001208054321"));
        var (centreDesk, _) = await ApiHost.Factory.CreateSignedInClientAsync("ward-centre-desk", centre, Roles.Receptionist);
        var (wardDesk, _) = await ApiHost.Factory.CreateSignedInClientAsync("ward-committee-desk", ward, Roles.Receptionist);

        using var started = await citizen.PostAsJsonAsync(new Uri("/api/v1/dossiers", UriKind.Relative),
            new { procedureId = procedure, decidingAgencyId = ward, receivingAgencyId = centre, formData = form });
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var draft = await started.Content.ReadFromJsonAsync<JsonElement>();
        await FormFillers.AttachMandatoryDocumentsAsync(citizen, draft);
        var id = draft.GetProperty("id").GetGuid();
        (await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/submit", new { formData = form })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await wardDesk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var received = await centreDesk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });

        received.StatusCode.ShouldBe(HttpStatusCode.OK, await received.Content.ReadAsStringAsync());
        var dossier = await received.Content.ReadFromJsonAsync<JsonElement>();
        dossier.GetProperty("code").GetString()!.ShouldStartWith($"{HoanKiemWardCentre}-");
        dossier.GetProperty("receivingAgencyId").GetGuid().ShouldBe(centre);
        dossier.GetProperty("decidingAgencyId").GetGuid().ShouldBe(ward);
    }

    [Test]
    public async Task ACommuneServiceCentre_CannotBeChosenToDecide()
    {
        var (procedure, form) = await FormFillers.ProcedureAsync(Client, "commune");
        var centre = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, HoanKiemWardCentre);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001208054322", null, [Roles.Citizen], ApplicantType.Citizen, "001208054322");
        var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, "001208054322"));

        using var response = await citizen.PostAsJsonAsync(new Uri("/api/v1/dossiers", UriKind.Relative),
            new { procedureId = procedure, decidingAgencyId = centre, formData = form });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("DecidingAgencyId");
    }
}
