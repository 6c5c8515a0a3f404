using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

public sealed class SignInTests : ApiTestFixture
{
    [Test]
    public async Task Token_WithTheRightPassword_GivesABearerTokenThatOpensMe()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var userId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.leader", department, [Roles.Leader, Roles.Specialist]);

        var response = await Client.SignInAsync("sgd.leader", TestAccounts.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["accessToken", "expiresIn", "tokenType"], ignoreOrder: true);
        body.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        body.GetProperty("expiresIn").GetInt32().ShouldBe(15 * 60);

        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        var profile = await (await Client.SendAsync(me)).Content.ReadFromJsonAsync<JsonElement>();
        profile.GetProperty("id").GetGuid().ShouldBe(userId);
        profile.GetProperty("userName").GetString().ShouldBe("sgd.leader");
        profile.GetProperty("agencyId").GetGuid().ShouldBe(department);
        profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Leader, Roles.Specialist]);
    }

    [Test]
    public async Task AccessToken_CarriesSubjectNameOneRoleClaimPerRoleAgencyAndProvider_ForFifteenMinutes()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var userId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.admin", department, [Roles.AgencyAdmin, Roles.Leader]);

        var token = await TestAccounts.SignInAsync(Client, "sgd.admin@test.hanoidvc.local");

        var claims = Tokens.Payload(token);
        claims.GetProperty("sub").GetString().ShouldBe(userId.ToString());
        claims.GetProperty("name").GetString().ShouldBe("Người dùng sgd.admin");
        claims.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.AgencyAdmin, Roles.Leader], ignoreOrder: true);
        claims.GetProperty("agency_id").GetString().ShouldBe(department.ToString());
        claims.GetProperty("idp").GetString().ShouldBe("local");
        claims.TryGetProperty("applicant_type", out _).ShouldBeFalse("officials are not applicants");
        (claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64()).ShouldBe(15 * 60);
    }

    [Test]
    public async Task WrongPassword_AndUnknownUser_GetTheSame401Problem()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.specialist", null, [Roles.Specialist]);

        var wrongPassword = await Client.SignInAsync("sgd.specialist", "Wrong-Password-1");
        var unknownUser = await Client.SignInAsync("no.such.user", "Wrong-Password-1");

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknownUser.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var first = await wrongPassword.ReadProblemAsync();
        var second = await unknownUser.ReadProblemAsync();
        foreach (var field in new[] { "status", "title", "detail", "code" })
        {
            first.GetProperty(field).ToString().ShouldBe(second.GetProperty(field).ToString(), field);
        }

        first.GetProperty("code").GetString().ShouldBe("auth.invalid_credentials");
        wrongPassword.Headers.Contains("Set-Cookie").ShouldBeFalse();
        SignInThrottleTests.WithoutTraceId(await unknownUser.Content.ReadAsStringAsync())
            .ShouldBe(SignInThrottleTests.WithoutTraceId(await wrongPassword.Content.ReadAsStringAsync()), "the same bytes but the traceId");
    }

    [Test]
    public async Task ManyWrongPasswords_NeverLockTheAccount_TheRightPasswordStillSignsIn()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.receptionist", null, [Roles.Receptionist]);
        for (var attempt = 1; attempt <= 8; attempt++)
        {
            var failed = await Client.SignInAsync("sgd.receptionist", "Wrong-Password-1");
            (await failed.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.invalid_credentials", $"attempt {attempt}");
        }

        (await Client.SignInAsync("sgd.receptionist", TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task LockedByAnAdministrator_TheRightPasswordGets401LockedOut_InEnglishWhenAskedFor_AndAWrongOneLearnsNothing()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var officialId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.receptionist", department, [Roles.Receptionist]);
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", department, Roles.AgencyAdmin);
        using (admin)
        {
            (await admin.PostAsync(new Uri($"/api/v1/admin/officials/{officialId}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var rightPassword = await (await Client.SignInAsync("sgd.receptionist", TestAccounts.Password)).ReadProblemAsync();
        var wrongPassword = await (await Client.SignInAsync("sgd.receptionist", "Wrong-Password-1")).ReadProblemAsync();

        rightPassword.GetProperty("code").GetString().ShouldBe("auth.locked_out");
        rightPassword.GetProperty("title").GetString().ShouldBe("You need to sign in to do this.");
        rightPassword.GetProperty("detail").GetString()!.ShouldContain("locked");
        wrongPassword.GetProperty("code").GetString().ShouldBe("auth.invalid_credentials");
    }

    [Test]
    public async Task Token_WithoutCredentials_Is400WithFieldErrors()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "", password = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["userName", "password"], ignoreOrder: true);
    }
}
