using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Officials;

public sealed class OfficialAdministrationTests : ApiTestFixture
{
    private const string ExamsDivision = "000.01.12.H26";
    private const string SecondaryDivision = "000.02.12.H26";

    private Guid _department;
    private Guid _exams;
    private Guid _secondary;

    [SetUp]
    public async Task LoadAgenciesAsync()
    {
        _department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        _exams = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, ExamsDivision);
        _secondary = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, SecondaryDivision);
    }

    private static object NewOfficial(Guid agencyId, string userName = "new.official", params string[] roles) => new
    {
        fullName = "Lê Văn Cường",
        email = $"{userName}@sgd.hanoi.gov.vn",
        userName,
        agencyId,
        roles = roles.Length == 0 ? [Roles.Receptionist] : roles,
        temporaryPassword = "Tam-Thoi-2026",
    };

    [Test]
    public async Task Specialist_CallingTheAdministrationEndpoints_Gets403Everywhere()
    {
        var (client, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.specialist", _department, Roles.Specialist);
        var someone = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.receptionist", _department, [Roles.Receptionist]);
        using (client)
        {
            var answers = new[]
            {
                await client.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_department)),
                await client.GetAsync(new Uri("/api/v1/admin/officials", UriKind.Relative)),
                await client.PutAsJsonAsync($"/api/v1/admin/officials/{someone}/roles", new { roles = new[] { Roles.Leader } }),
                await client.PostAsync(new Uri($"/api/v1/admin/officials/{someone}/lock", UriKind.Relative), null),
                await client.PostAsync(new Uri($"/api/v1/admin/officials/{someone}/unlock", UriKind.Relative), null),
            };

            foreach (var answer in answers)
            {
                answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
                (await answer.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(403);
            }
        }
    }

    [Test]
    public async Task Anonymous_CreatingAnOfficial_Gets401ProblemDetails()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_department));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(401);
    }

    [Test]
    public async Task AgencyAdmin_CreatingAnOfficialInASiblingAgency_Gets403_AndNothingIsWritten()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("exams.admin", _exams, Roles.AgencyAdmin);
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);
        using (admin)
        {
            var sibling = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_secondary));
            var parent = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_department));

            sibling.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            parent.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the agency above is not the admin's either");
            (await sibling.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(403);
        }

        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [Test]
    public async Task AgencyAdmin_CreatingAnOfficialInTheirOwnAgency_Gets201_AndTheOfficialSignsInWithTheRoles()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("exams.admin", _exams, Roles.AgencyAdmin);
        using (admin)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_exams, "exams.specialist", Roles.Specialist, Roles.Leader));

            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var official = await response.Content.ReadFromJsonAsync<JsonElement>();
            response.Headers.Location!.ToString().ShouldBe($"/api/v1/admin/officials/{official.GetProperty("id").GetGuid()}");
            official.GetProperty("agencyId").GetGuid().ShouldBe(_exams);
            official.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Leader, Roles.Specialist]);
            official.TryGetProperty("temporaryPassword", out _).ShouldBeFalse();
        }

        var token = await TestAccounts.SignInAsync(Client, "exams.specialist", "Tam-Thoi-2026");
        Tokens(token).ShouldBe([Roles.Leader, Roles.Specialist], ignoreOrder: true);
    }

    [Test]
    public async Task AgencyAdmin_OfTheDepartment_ManagesTheAgenciesBelowIt()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        using (admin)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_secondary));

            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    [Test]
    public async Task SystemAdmin_CreatesOfficialsAnywhere_IncludingSystemAdmins()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);
        using (admin)
        {
            var inDivision = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_secondary, "secondary.leader", Roles.Leader));
            var anotherAdmin = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_department, "second.sysadmin", Roles.SystemAdmin));

            inDivision.StatusCode.ShouldBe(HttpStatusCode.Created);
            anotherAdmin.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    [Test]
    public async Task AgencyAdmin_GrantingSystemAdmin_Gets403_AndNothingIsWritten()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        var official = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.leader", _department, [Roles.Leader]);
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);
        using (admin)
        {
            var create = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_department, "would.be.admin", Roles.SystemAdmin));
            var promote = await admin.PutAsJsonAsync($"/api/v1/admin/officials/{official}/roles", new { roles = new[] { Roles.Leader, Roles.SystemAdmin } });
            var unchanged = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/officials/{official}");

            create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            promote.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            unchanged.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Leader]);
        }

        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [Test]
    public async Task AgencyAdmin_MayNotTouchASystemAdminInTheirAgency()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        var systemAdmin = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.sysadmin", _department, [Roles.SystemAdmin]);
        using (admin)
        {
            var response = await admin.PostAsync(new Uri($"/api/v1/admin/officials/{systemAdmin}/lock", UriKind.Relative), null);

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task List_ShowsOnlyTheOfficialsOfTheAdminsSubtree_AndAFilterOutsideItIs403()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("exams.admin", _exams, Roles.AgencyAdmin);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "exams.receptionist", _exams, [Roles.Receptionist]);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "secondary.receptionist", _secondary, [Roles.Receptionist]);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.leader", _department, [Roles.Leader]);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001099012345", null, [Roles.Citizen], Domain.Accounts.ApplicantType.Citizen, "001099012345");
        using (admin)
        {
            var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/officials?pageSize=50");
            var outside = await admin.GetAsync(new Uri($"/api/v1/admin/officials?agencyId={_secondary}", UriKind.Relative));

            page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("userName").GetString())
                .ShouldBe(["exams.admin", "exams.receptionist"]);
            page.GetProperty("totalCount").GetInt32().ShouldBe(2);
            outside.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task SetRoles_ReplacesTheRoles_AndUnknownRolesAre400()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        var official = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "secondary.receptionist", _secondary, [Roles.Receptionist]);
        using (admin)
        {
            var replaced = await admin.PutAsJsonAsync($"/api/v1/admin/officials/{official}/roles", new { roles = new[] { Roles.Specialist, Roles.Leader } });
            var unknown = await admin.PutAsJsonAsync($"/api/v1/admin/officials/{official}/roles", new { roles = new[] { "Citizen" } });

            replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString())
                .ShouldBe([Roles.Leader, Roles.Specialist]);
            unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await unknown.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["roles"]);
        }
    }

    [Test]
    public async Task Lock_RefusesSignInAndEndsTheSessions_UntilUnlocked()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        var (official, officialId) = await ApiHost.Factory.CreateSignedInClientAsync("secondary.leader", _secondary, Roles.Leader);
        using (admin)
        using (official)
        {
            (await admin.PostAsync(new Uri($"/api/v1/admin/officials/{officialId}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

            var refresh = await official.PostAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), null);
            var signIn = await Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "secondary.leader", password = TestAccounts.Password });
            var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/officials/{officialId}");

            refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await signIn.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.locked_out");
            listed.GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();

            (await admin.PostAsync(new Uri($"/api/v1/admin/officials/{officialId}/unlock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            await TestAccounts.SignInAsync(Client, "secondary.leader");
        }
    }

    [Test]
    public async Task ResetPassword_GivesANewTemporaryPassword_EndsTheSessions_AndRefusesAWeakOne()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        var (sibling, _) = await ApiHost.Factory.CreateSignedInClientAsync("exams.admin", _exams, Roles.AgencyAdmin);
        var (official, officialId) = await ApiHost.Factory.CreateSignedInClientAsync("secondary.specialist", _secondary, Roles.Specialist);
        using (admin)
        using (sibling)
        using (official)
        {
            const string NewPassword = "TamThoi-2026-xyz";
            using var weak = await admin.PostAsJsonAsync($"/api/v1/admin/officials/{officialId}/password", new { temporaryPassword = "123" });
            using var outside = await sibling.PostAsJsonAsync($"/api/v1/admin/officials/{officialId}/password", new { temporaryPassword = NewPassword });
            using var reset = await admin.PostAsJsonAsync($"/api/v1/admin/officials/{officialId}/password", new { temporaryPassword = NewPassword });
            using var refresh = await official.PostAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), null);
            using var oldPassword = await Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "secondary.specialist", password = TestAccounts.Password });

            weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await weak.ReadProblemAsync()).GetProperty("errors").TryGetProperty("temporaryPassword", out _).ShouldBeTrue();
            outside.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an official of another agency answers as an unknown id");
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the sessions end with the reset");
            oldPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            await TestAccounts.SignInAsync(Client, "secondary.specialist", NewPassword);
        }
    }

    [TestCase("Password2026")]
    [TestCase("Secondary.Specialist-26")]
    public async Task ResetPassword_ToACommonOneOrOneContainingTheUserName_Is400OnTemporaryPassword(string password)
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        var officialId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "secondary.specialist", _secondary, [Roles.Specialist]);
        using (admin)
        {
            using var reset = await admin.PostAsJsonAsync($"/api/v1/admin/officials/{officialId}/password", new { temporaryPassword = password });

            reset.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await reset.ReadProblemAsync()).FieldErrors("temporaryPassword").ShouldHaveSingleItem();
        }
    }

    [Test]
    public async Task Admin_LockingThemself_Is409()
    {
        var (admin, adminId) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", _department, Roles.AgencyAdmin);
        using (admin)
        {
            var response = await admin.PostAsync(new Uri($"/api/v1/admin/officials/{adminId}/lock", UriKind.Relative), null);

            response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("official.cannot_lock_self");
        }
    }

    [Test]
    public async Task Create_WithATakenUserName_Is409_AndWithAnUnknownAgency_Is400()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);
        using (admin)
        {
            var taken = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(_department, "sysadmin"));
            var nowhere = await admin.PostAsJsonAsync("/api/v1/admin/officials", NewOfficial(Guid.CreateVersion7()));

            taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await taken.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("account.duplicate_user_name");
            nowhere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await nowhere.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["agencyId"]);
        }
    }

    [Test]
    public async Task Officials_OfAnotherAgencyOrApplicants_AreNotFound_AsAnUnknownIdIs()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("exams.admin", _exams, Roles.AgencyAdmin);
        var citizen = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001099012345", null, [Roles.Citizen], Domain.Accounts.ApplicantType.Citizen, "001099012345");
        var other = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "secondary.leader", _secondary, [Roles.Leader]);
        using (admin)
        {
            (await admin.GetAsync(new Uri($"/api/v1/admin/officials/{citizen}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            using var unknown = await admin.GetAsync(new Uri($"/api/v1/admin/officials/{Guid.NewGuid()}", UriKind.Relative));
            using var elsewhere = await admin.GetAsync(new Uri($"/api/v1/admin/officials/{other}", UriKind.Relative));
            using var lockElsewhere = await admin.PostAsync(new Uri($"/api/v1/admin/officials/{other}/lock", UriKind.Relative), null);

            unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an official of another agency is not disclosed");
            lockElsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await elsewhere.ReadProblemAsync()).GetProperty("title").GetString().ShouldBe((await unknown.ReadProblemAsync()).GetProperty("title").GetString());
        }
    }

    private static IEnumerable<string?> Tokens(string jwt) =>
        Auth.Tokens.Payload(jwt).GetProperty("role").EnumerateArray().Select(r => r.GetString());
}
