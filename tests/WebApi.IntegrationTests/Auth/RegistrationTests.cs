using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

public sealed class RegistrationTests : ApiTestFixture
{
    private static object Citizen(
        string citizenId = "001099012345", string dateOfBirth = "1999-05-19", string phone = "+84 912 345 678",
        string email = "an.nguyen@example.vn", string password = "Mat-Khau-2026") =>
        new { fullName = "Nguyễn Văn An", citizenId, dateOfBirth, phone, email, password };

    private static object Organisation(string code = "0101234567", string type = "organisation", string email = "lienhe@congty.vn") =>
        new
        {
            organisationName = "Công ty TNHH Giáo dục Ánh Dương",
            organisationCode = code,
            applicantType = type,
            representativeName = "Trần Thị Bình",
            phone = "02438251234",
            email,
            password = "Mat-Khau-2026",
        };

    [Test]
    public async Task Citizen_WithValidDetails_Is201_AndSignsInWithTheCitizenIdOrTheEmail()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen());

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldBe("/api/v1/me");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("userName").GetString().ShouldBe("001099012345");
        created.TryGetProperty("password", out _).ShouldBeFalse();

        await TestAccounts.SignInAsync(Client, "an.nguyen@example.vn", "Mat-Khau-2026");
        var token = await TestAccounts.SignInAsync(Client, "001099012345", "Mat-Khau-2026");
        Client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        profile.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        profile.GetProperty("applicantType").GetString().ShouldBe("Citizen");
        profile.GetProperty("citizenId").GetString().ShouldBe("001099012345");
        profile.GetProperty("dateOfBirth").GetString().ShouldBe("1999-05-19");
        profile.GetProperty("phoneNumber").GetString().ShouldBe("0912345678", "stored in national form");
        profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Citizen]);
        profile.GetProperty("identityProvider").GetString().ShouldBe("local");
        profile.GetProperty("identityVerified").GetBoolean().ShouldBeFalse();
        Tokens.Payload(token).GetProperty("applicant_type").GetString().ShouldBe("Citizen");
    }

    [Test]
    public async Task Citizen_WithBadCitizenIdPhoneAndPassword_Is400NamingThoseFields_AndWritesNothing()
    {
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await Client.PostAsJsonAsync(
            "/api/v1/auth/register/citizen", Citizen(citizenId: "003099012345", phone: "0123", password: "short"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["citizenId", "phone", "password"], ignoreOrder: true);
        problem.FieldErrors("citizenId").ShouldContain(m => m.StartsWith("Số định danh cá nhân không hợp lệ", StringComparison.Ordinal));
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [TestCase("1234567890", "chữ hoa, chữ thường")]
    [TestCase("password-2026", "chữ hoa, chữ thường")]
    [TestCase("PASSWORD-2026", "chữ hoa, chữ thường")]
    [TestCase("Password-no-digit", "chữ hoa, chữ thường")]
    [TestCase("Pass-2026", "10")]
    public async Task Citizen_WithAWeakPassword_Is400OnPassword(string password, string hint)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen(password: password));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).FieldErrors("password").ShouldContain(m => m.Contains(hint, StringComparison.Ordinal));
    }

    [TestCase("Password12")]
    [TestCase("pASSWORD2026!")]
    [TestCase("Matkhau@2026")]
    [TestCase("Qwerty123456")]
    [TestCase("Iloveyou2026")]
    public async Task Citizen_WithACommonPassword_Is400OnPassword_AndWritesNothing(string password)
    {
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen(password: password));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).FieldErrors("password").ShouldBe(
            ["Mật khẩu quá phổ biến hoặc dễ đoán (có trong danh sách mật khẩu hay dùng và bị lộ). Vui lòng chọn mật khẩu khác."]);
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [TestCase("Ab001099012345x", "the citizen ID")]
    [TestCase("Goi-0912345678x", "the phone number, typed +84 912 345 678")]
    [TestCase("An.Nguyen-2026x", "the e-mail's local part")]
    public async Task Citizen_WithAPasswordContainingTheirOwnDetails_Is400OnPassword_InEnglishWhenAskedFor(string password, string why)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register/citizen") { Content = JsonContent.Create(Citizen(password: password)) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ReadProblemAsync()).FieldErrors("password").ShouldBe(
            ["The password must not contain your citizen ID, tax code, phone number, user name or e-mail."], why);
    }

    [Test]
    public async Task Organisation_WithAPasswordContainingItsTaxCode_Is400OnPassword()
    {
        var body = JsonSerializer.SerializeToNode(Organisation())!;
        body["password"] = "Cty-0101234567x";

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/organisation", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).FieldErrors("password").ShouldContain(m => m.Contains("không được chứa", StringComparison.Ordinal));
    }

    [Test]
    public async Task Citizen_WhoseCitizenIdDisagreesWithTheBirthYear_Is400_InEnglishWhenAskedFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register/citizen")
        {
            Content = JsonContent.Create(Citizen(dateOfBirth: "2001-05-19")),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("title").GetString().ShouldBe("One or more validation errors occurred.");
        problem.FieldErrors("citizenId").ShouldBe(["The citizen ID number does not match the year of birth."]);
    }

    [Test]
    public async Task Citizen_WithATakenEmail_Is409DuplicateEmail_AndWritesNothing()
    {
        (await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen(citizenId: "079301000123", dateOfBirth: "2001-01-01", email: "AN.NGUYEN@example.vn"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("account.duplicate_email");
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [Test]
    public async Task Citizen_WithATakenCitizenId_Is409DuplicateCitizenId()
    {
        (await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen(email: "other@example.vn"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("account.duplicate_citizen_id");
    }

    [Test]
    public async Task Citizen_WhoseCitizenIdOnlyTheUniqueIndexKnows_Is409_NotA500()
    {
        // An account holding the citizen ID under another user name: only the database's unique index can refuse the second.
        await TestAccounts.CreateUserAsync(
            ApiHost.Factory.Services, "vneid.someone", null, [Roles.Citizen], ApplicantType.Citizen, citizenId: "001099012345");
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/citizen", Citizen());

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("account.duplicate_citizen_id");
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [TestCase("organisation", "Organisation")]
    [TestCase("school", "School")]
    public async Task Organisation_WithValidDetails_Is201_AndSignsInWithTheTaxCode(string type, string stored)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/organisation", Organisation(code: "0101234567-001", type: type));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var token = await TestAccounts.SignInAsync(Client, "0101234567-001", "Mat-Khau-2026");
        Client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        profile.GetProperty("applicantType").GetString().ShouldBe(stored);
        profile.GetProperty("organisationCode").GetString().ShouldBe("0101234567-001");
        profile.GetProperty("organisationName").GetString().ShouldBe("Công ty TNHH Giáo dục Ánh Dương");
        profile.GetProperty("fullName").GetString().ShouldBe("Trần Thị Bình");
        profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Organisation]);
    }

    [Test]
    public async Task Organisation_WithABadTaxCodeOrACitizenType_Is400_AndWritesNothing()
    {
        var before = await TestAccounts.CountUsersAsync(ApiHost.Factory.Services);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/organisation", Organisation(code: "01012345", type: "citizen"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["organisationCode", "applicantType"], ignoreOrder: true);
        (await TestAccounts.CountUsersAsync(ApiHost.Factory.Services)).ShouldBe(before);
    }

    [Test]
    public async Task Organisation_WithATakenTaxCode_Is409DuplicateOrganisationCode()
    {
        (await Client.PostAsJsonAsync("/api/v1/auth/register/organisation", Organisation())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register/organisation", Organisation(type: "school", email: "truong@example.vn"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("account.duplicate_organisation_code");
    }
}
