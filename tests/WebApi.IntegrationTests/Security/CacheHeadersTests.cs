using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>
/// No answer to a signed-in caller, and nothing under <c>/api/v1/auth</c>, is kept by a browser or a proxy
/// (<c>Cache-Control: no-store</c>): the public data that opts in (the popular procedures, the open statistics) keeps
/// its public caching.
/// </summary>
public sealed class CacheHeadersTests : ApiTestFixture
{
    [Test]
    public async Task EveryAnswerWithPersonalData_IsNoStore_AndItsProblemsToo()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var id = await scenario.StartAsync();
        var dossier = await scenario.Citizen.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{id}");
        var attachment = dossier.GetProperty("attachments")[0].GetProperty("id").GetGuid();
        using var admin = await ApiHost.Factory.CreateHttpsClient().AsAsync(ApiHost.Factory, Roles.SystemAdmin);
        var citizenRoutes = new (string Path, HttpStatusCode Status)[]
        {
            ("/api/v1/me", HttpStatusCode.OK),
            ("/api/v1/dossiers/mine", HttpStatusCode.OK),
            ($"/api/v1/dossiers/{id}", HttpStatusCode.OK),
            ($"/api/v1/dossiers/{id}/attachments/{attachment}", HttpStatusCode.OK),
            ($"/api/v1/dossiers/{id}/payments", HttpStatusCode.OK),
            ("/api/v1/me/notifications", HttpStatusCode.OK),
            ($"/api/v1/dossiers/{Guid.NewGuid()}", HttpStatusCode.NotFound),
            ("/api/v1/admin/audit", HttpStatusCode.Forbidden),
        };
        var adminRoutes = new (string Path, HttpStatusCode Status)[]
        {
            ("/api/v1/admin/audit", HttpStatusCode.OK),
            ("/api/v1/admin/officials", HttpStatusCode.OK),
            ("/api/v1/admin/api-clients", HttpStatusCode.OK),
            ("/api/v1/finance/reconciliation?from=2026-01-01&to=2026-01-31", HttpStatusCode.OK),
        };

        foreach (var (client, routes) in new[] { (scenario.Citizen, citizenRoutes), (admin, adminRoutes) })
        {
            foreach (var (path, status) in routes)
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

                response.StatusCode.ShouldBe(status, path);
                ShouldBeNoStore(response, path);
            }
        }
    }

    [Test]
    public async Task TheAuthenticationAnswers_AreNoStore_SignedInOrNot()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, DossierScenario.CitizenId, null, [Roles.Citizen], Domain.Accounts.ApplicantType.Citizen, DossierScenario.CitizenId);
        using var anonymous = ApiHost.Factory.CreateHttpsClient();

        using var refused = await anonymous.PostAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), null);
        using var wrongPassword = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = DossierScenario.CitizenId, password = "not the password" });
        await TestAccounts.SignInAsync(anonymous, DossierScenario.CitizenId); // the refresh cookie is set
        using var refreshed = await anonymous.PostAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), null);

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var response in new[] { refused, wrongPassword, refreshed })
        {
            ShouldBeNoStore(response, response.RequestMessage!.RequestUri!.AbsolutePath);
        }
    }

    [TestCase("/api/v1/procedures/popular", 600)]
    [TestCase("/api/v1/public/statistics", 3600)]
    public async Task PublicData_KeepsItsPublicCaching_EvenForASignedInCaller(string path, int maxAge)
    {
        using var signedIn = await ApiHost.Factory.CreateHttpsClient().AsAsync(ApiHost.Factory, Roles.Citizen);

        using var anonymous = await Client.GetAsync(new Uri(path, UriKind.Relative));
        using var citizen = await signedIn.GetAsync(new Uri(path, UriKind.Relative));

        foreach (var response in new[] { anonymous, citizen })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.CacheControl!.Public.ShouldBeTrue();
            response.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(maxAge));
            response.Headers.CacheControl.NoStore.ShouldBeFalse();
            response.Headers.Pragma.ShouldBeEmpty();
        }
    }

    private static void ShouldBeNoStore(HttpResponseMessage response, string path)
    {
        response.Headers.CacheControl.ShouldNotBeNull(path);
        response.Headers.CacheControl.NoStore.ShouldBeTrue(path);
        response.Headers.CacheControl.Public.ShouldBeFalse(path);
        response.Headers.Pragma.ToString().ShouldBe("no-cache", path);
    }
}
