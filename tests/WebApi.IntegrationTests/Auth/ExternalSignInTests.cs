using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

/// <summary>Sign-in with a VNeID-style ID token, validated for real against a local issuer's discovery document and JWKS.</summary>
public sealed class ExternalSignInTests : ApiTestFixture
{
    private const string CitizenId = "001099012345";

    private static TestOidcIssuer _issuer = null!;
    private static WebApplicationFactory<Program> _api = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public static async Task StartIssuerAsync()
    {
        _issuer = await TestOidcIssuer.StartAsync();
        _api = ApiHost.Factory.WithWebHostBuilder(b => b
            .UseSetting("Authentication:External:VNeID:Authority", _issuer.Authority)
            .UseSetting("Authentication:External:VNeID:ClientId", TestOidcIssuer.ClientId)
            .UseSetting("Authentication:External:VNeID:RequireHttpsMetadata", "false"));
    }

    [OneTimeTearDown]
    public static async Task StopIssuerAsync()
    {
        await _api.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [SetUp]
    public void CreateExternalClient() => _client = _api.CreateHttpsClient();

    [TearDown]
    public void DisposeExternalClient() => _client.Dispose();

    private Task<HttpResponseMessage> SignInAsync(string idToken, string provider = "vneid") =>
        _client.PostAsJsonAsync($"/api/v1/auth/external/{provider}", new { idToken });

    [Test]
    public async Task ValidIdToken_Is200WithTheAppsOwnTokens_AndCreatesAVerifiedCitizen()
    {
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.RefreshSetCookie().ShouldContain("httponly", Case.Insensitive);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var claims = Tokens.Payload(token);
        claims.GetProperty("idp").GetString().ShouldBe("vneid");
        claims.GetProperty("applicant_type").GetString().ShouldBe("Citizen");
        claims.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Citizen]);

        _client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var profile = await _client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        profile.GetProperty("citizenId").GetString().ShouldBe(CitizenId);
        profile.GetProperty("fullName").GetString().ShouldBe("Phạm Thị Dung");
        profile.GetProperty("identityProvider").GetString().ShouldBe("vneid");
        profile.GetProperty("identityVerified").GetBoolean().ShouldBeTrue();
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before + 1);
    }

    [Test]
    public async Task SecondSignIn_OfTheSameSubject_FindsTheSameCitizen()
    {
        var first = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung"));
        var count = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var second = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung"));

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        Subject(await second.Content.ReadFromJsonAsync<JsonElement>()).ShouldBe(Subject(await first.Content.ReadFromJsonAsync<JsonElement>()));
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(count);
    }

    [Test]
    public async Task CitizenRegisteredLocally_IsFoundByCitizenId_VerifiedAndTakenOverByTheNationalIdentity()
    {
        var local = await TestAccounts.CreateUserAsync(
            ApiHost.Factory.Services, CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, citizenId: CitizenId);

        var response = await SignInAsync(_issuer.IssueIdToken("vneid-subject-2", CitizenId, "Phạm Thị Dung"));
        var passwordSignIn = await _client.SignInAsync(CitizenId, TestAccounts.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Subject(await response.Content.ReadFromJsonAsync<JsonElement>()).ShouldBe(local.ToString());
        passwordSignIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a password set before the identity was verified no longer opens the account");
    }

    [Test]
    public async Task WrongPasswords_ForACitizenWithoutPassword_DoNotLockThemOutOfVNeID()
    {
        (await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var guess = await _client.SignInAsync(CitizenId, "Guess-Password-1");
            (await guess.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.invalid_credentials");
        }

        var again = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung"));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task IdTokenSignedByAnotherKey_Is401()
    {
        using var rsa = RSA.Create(2048);
        var forged = _issuer.IssueIdToken("vneid-subject-1", CitizenId, "Kẻ Giả Mạo", signingKey: new RsaSecurityKey(rsa) { KeyId = "attacker-key" });

        var response = await SignInAsync(forged);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.invalid_external_token");
    }

    [Test]
    public async Task IdTokenSignedByAnotherKeyUnderTheSameKeyId_Is401()
    {
        using var rsa = RSA.Create(2048);
        var forged = _issuer.IssueIdToken("vneid-subject-1", CitizenId, "Kẻ Giả Mạo", signingKey: new RsaSecurityKey(rsa) { KeyId = _issuer.Key.KeyId });

        (await SignInAsync(forged)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ExpiredIdToken_Is401()
    {
        var expired = _issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung", expires: DateTime.UtcNow.AddMinutes(-10));

        var response = await SignInAsync(expired);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.invalid_external_token");
    }

    [Test]
    public async Task IdTokenForAnotherAudience_Is401_AndCreatesNobody()
    {
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung", audience: "another-client"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [Test]
    public async Task IdTokenWithoutAValidCitizenId_Is401()
    {
        var response = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", "123", "Phạm Thị Dung"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task UnknownProvider_Is404()
    {
        var response = await SignInAsync(_issuer.IssueIdToken("vneid-subject-1", CitizenId, "Phạm Thị Dung"), provider: "facebook");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Test]
    public async Task WithoutConfiguration_EveryProviderIs404()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/external/vneid", new { idToken = _issuer.IssueIdToken("s", CitizenId, "x") });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Subject(JsonElement tokenResponse) =>
        Tokens.Payload(tokenResponse.GetProperty("accessToken").GetString()!).GetProperty("sub").GetString()!;
}
