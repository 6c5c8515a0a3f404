using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Auditing;

/// <summary>The audit viewer picks a user by name: the accounts matching what the administrator types, with their agency; nobody else may list them.</summary>
public sealed class AuditUserPickerTests : ApiTestFixture
{
    [Test]
    public async Task TheSystemAdmin_FindsAccountsByPartOfTheirName_OrOneById_AndOthersGet403()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (_, leaderId) = await ApiHost.Factory.CreateSignedInClientAsync("picker.leader", department, Roles.Leader);
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("picker.admin", null, Roles.SystemAdmin);
        var (agencyAdmin, _) = await ApiHost.Factory.CreateSignedInClientAsync("picker.agencyadmin", department, Roles.AgencyAdmin);

        var found = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin/audit/users?q=PICKER.LEA", UriKind.Relative));
        var user = found.EnumerateArray().Single();
        user.GetProperty("id").GetGuid().ShouldBe(leaderId);
        user.GetProperty("fullName").GetString().ShouldBe("Người dùng picker.leader");
        user.GetProperty("agencyName").GetString().ShouldNotBeNullOrEmpty();

        // A LIKE wildcard typed is a character, not "anything".
        (await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin/audit/users?q=%25%25", UriKind.Relative))).GetArrayLength().ShouldBe(0);
        var byId = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/admin/audit/users?id={leaderId}", UriKind.Relative));
        byId.EnumerateArray().Single().GetProperty("userName").GetString().ShouldBe("picker.leader");

        using var tooShort = await admin.GetAsync(new Uri("/api/v1/admin/audit/users?q=p", UriKind.Relative));
        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooShort.ReadProblemAsync()).GetProperty("errors").TryGetProperty("query", out _).ShouldBeTrue();
        using var forbidden = await agencyAdmin.GetAsync(new Uri("/api/v1/admin/audit/users?q=picker", UriKind.Relative));
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
