using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

/// <summary>
/// Input the API cannot store or read is a 400 problem naming the field, before any handler runs: control characters
/// (PostgreSQL refuses NUL in text) in a query, route, header, form or JSON value; a missing, empty or null body; JSON
/// of the wrong type or out of range; bytes that are not UTF-8. Never a 500.
/// </summary>
public sealed class MalformedInputTests : ApiTestFixture
{
    private DossierScenario _scenario = null!;

    [SetUp]
    public async Task ArrangeAsync() => _scenario = await DossierScenario.ArrangeAsync(Client);

    [TestCase("code", "/api/v1/dossier-lookup?code=000.00.12.H26-260302-0001%00&citizenId=001208012345")]
    [TestCase("citizenId", "/api/v1/dossier-lookup?code=000.00.12.H26-260302-0001&citizenId=00120801%002345")]
    [TestCase("vnp_TxnRef", "/api/v1/payments/vnpay/return?vnp_TxnRef=%00&vnp_SecureHash=00")]
    [TestCase("vnp_OrderInfo", "/api/v1/payments/vnpay/ipn?vnp_OrderInfo=a%01b&vnp_SecureHash=00")]
    [TestCase("q", "/api/v1/procedures?q=gi%00ao")]
    [TestCase("code", "/api/v1/results/verify/ABCD%01EFGHJK")]
    public async Task ControlCharacter_InTheQueryOrRoute_Is400NamingTheParameter(string field, string path)
    {
        var answer = await ApiCalls.SendAsync(Client, new HttpRequestMessage(HttpMethod.Get, path));

        ShouldBeFieldError(answer, field);
    }

    [TestCase("userName", "/api/v1/auth/token", """{"userName":"an\u0000","password":"Mat-Khau-2026"}""")]
    [TestCase("password", "/api/v1/auth/token", """{"userName":"an","password":"Mat-Khau\u00002026"}""")]
    [TestCase("fullName", "/api/v1/auth/register/citizen",
        """{"fullName":"Nguyễn\u0000Văn An","citizenId":"001099012345","dateOfBirth":"1999-05-19","phone":"0912345678","email":"an@example.vn","password":"Mat-Khau-2026"}""")]
    public async Task ControlCharacter_InAnAnonymousJsonBody_Is400NamingTheField(string field, string path, string json)
    {
        var answer = await ApiCalls.SendAsync(Client, Json(HttpMethod.Post, path, json));

        ShouldBeFieldError(answer, field);
    }

    [Test]
    public async Task ControlCharacter_InADraft_Is400NamingTheFormField_AndTheDraftKeepsItsValues()
    {
        var id = await _scenario.StartAsync();
        var key = _scenario.Form.Keys.First();

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, Json(HttpMethod.Put, $"/api/v1/dossiers/{id}/draft",
            JsonSerializer.Serialize(new { formData = new Dictionary<string, string> { [key] = "Nguyễn\0An" } })));

        ShouldBeFieldError(answer, $"formData.{key}");
        var stored = await ApiCalls.SendAsync(_scenario.Citizen, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dossiers/{id}"));
        JsonDocument.Parse(stored.Body).RootElement.GetProperty("formData").GetProperty(key).GetString().ShouldBe(_scenario.Form[key]);
    }

    [TestCase("reason", "withdraw", """{"reason":"Tôi\u0000 rút"}""")]
    [TestCase("comment", "rating", """{"level":"Satisfied","comment":"\u0000"}""")]
    [TestCase("formData.x", "provide-supplement", """{"formData":{"x":"\u0007"},"comment":null}""")]
    public async Task ControlCharacter_InAWorkflowBody_Is400NamingTheField(string field, string action, string json)
    {
        var id = await SubmittedAsync();

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, Json(HttpMethod.Post, $"/api/v1/dossiers/{id}/{action}", json));

        ShouldBeFieldError(answer, field);
    }

    [Test]
    public async Task ControlCharacter_InAnIdempotencyKey_Is400NamingTheHeader()
    {
        var id = await _scenario.StartAsync();
        var request = Json(HttpMethod.Post, $"/api/v1/dossiers/{id}/submit", JsonSerializer.Serialize(new { formData = _scenario.Form }));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "key-\0-0123456789");

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, request);

        ShouldBeFieldError(answer, "Idempotency-Key");
    }

    [Test]
    public async Task ControlCharacter_InAnOfficialsOrAnIntegratorsName_Is400NamingTheField()
    {
        var department = _scenario.Department;
        var official = Json(HttpMethod.Post, "/api/v1/admin/officials", JsonSerializer.Serialize(new
        {
            fullName = "Trần\0Bình", email = "binh@hanoi.edu.vn", userName = "binh.tran", agencyId = department, roles = new[] { Roles.Specialist },
            temporaryPassword = "Mat-Khau-2026",
        })).As(Roles.SystemAdmin);
        var client = Json(HttpMethod.Post, "/api/v1/admin/api-clients", JsonSerializer.Serialize(new
        {
            name = "Cổng\0DVC", contactEmail = "tich.hop@example.vn", scopes = new[] { "dossiers:read" }, agencyIds = new[] { department },
        })).As(Roles.SystemAdmin);

        ShouldBeFieldError(await ApiCalls.SendAsync(Client, official), "fullName");
        ShouldBeFieldError(await ApiCalls.SendAsync(Client, client), "name");
    }

    [Test]
    public async Task ControlCharacter_InAFormField_Is400NamingTheField()
    {
        var id = await _scenario.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "don.pdf" },
            { new StringContent("Đơn\0đề nghị"), "documentName" },
        };

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/attachments") { Content = form });

        ShouldBeFieldError(answer, "documentName");
    }

    [TestCase("/api/v1/auth/refresh")]
    [TestCase("/api/v1/auth/logout")]
    public async Task CutMultipartBody_Is400NamingTheBody(string path)
    {
        var content = new ByteArrayContent("--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=zz");

        var answer = await ApiCalls.SendAsync(Client, new HttpRequestMessage(HttpMethod.Post, path) { Content = content });

        ShouldBeFieldError(answer, "body");
    }

    [TestCase("null")]
    [TestCase("")]
    [TestCase(null)]
    public async Task MissingOrNullBody_OnAWorkflowTransition_Is400NamingTheBody(string? json)
    {
        var id = await SubmittedAsync();
        var request = json is null
            ? new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/withdraw")
            : Json(HttpMethod.Post, $"/api/v1/dossiers/{id}/withdraw", json);

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, request);

        ShouldBeFieldError(answer, "body");
    }

    [TestCase("/api/v1/agencies?page=1208012345&pageSize=100")]
    [TestCase("/api/v1/agencies?page=2147483647")]
    public async Task PageSoFarThatItsOffsetOverflows_Is400NamingThePage(string path)
    {
        var answer = await ApiCalls.SendAsync(Client, new HttpRequestMessage(HttpMethod.Get, path));

        ShouldBeFieldError(answer, "page");
    }

    [TestCase("comment", """{"level":"Satisfied","comment":42}""")]
    [TestCase("level", """{"level":"Overjoyed"}""")]
    [TestCase("level", """{"level":99999999999999999999999}""")]
    [TestCase("comment", """{"level":"Satisfied","comment":{"a":[[[[[[]]]]]]}}""")]
    [TestCase("body", """[1,2,3]""")]
    public async Task WrongJsonType_Is400NamingTheField(string field, string json)
    {
        var id = await SubmittedAsync();

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, Json(HttpMethod.Post, $"/api/v1/dossiers/{id}/rating", json));

        ShouldBeFieldError(answer, field);
    }

    [Test]
    public async Task InvalidUtf8_InAJsonBody_Is400()
    {
        var id = await _scenario.StartAsync();
        var content = new ByteArrayContent([.. "{\"formData\":{\"x\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var answer = await ApiCalls.SendAsync(_scenario.Citizen, new HttpRequestMessage(HttpMethod.Put, $"/api/v1/dossiers/{id}/draft") { Content = content });

        answer.Status.ShouldBe(400, answer.ToString());
        answer.MediaType.ShouldBe("application/problem+json");
    }

    private async Task<Guid> SubmittedAsync()
    {
        var id = await _scenario.StartAsync();
        await _scenario.SubmitAsync(id);
        return id;
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static void ShouldBeFieldError(ApiAnswer answer, string field)
    {
        answer.Status.ShouldBe(400, answer.ToString());
        answer.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(answer.Body).RootElement.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue(answer.ToString());
        messages.EnumerateArray().ShouldNotBeEmpty();
        answer.Body.ShouldNotContain("Npgsql");
        answer.Body.ShouldNotContain("   at ");
    }
}
