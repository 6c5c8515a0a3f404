using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Hosting;

public sealed class SwaggerDocumentTests : ApiTestFixture
{
    [Test]
    public async Task Document_IsPublic_NamesOperations_CarriesXmlComments_AndDeclaresBearerAuth()
    {
        var response = await Client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var getAgencies = document.GetProperty("paths").GetProperty("/api/v1/agencies").GetProperty("get");
        getAgencies.GetProperty("operationId").GetString().ShouldBe("GetAgencies");
        var pageSize = getAgencies.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pageSize");
        pageSize.GetProperty("description").GetString()!.ShouldContain("1–100");
        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        bearer.GetProperty("scheme").GetString().ShouldBe("bearer");
    }

    [Test]
    public async Task EveryJsonRequestAndSuccessAnswer_HasAnExample_ThatFollowsItsSchema()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var media = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _))
                .SelectMany(operation =>
                {
                    var bodies = operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
                        ? content.EnumerateObject().Select(c => ($"{operation.Name} {path.Name} request {c.Name}", c.Value))
                        : [];
                    var answers = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out _))
                        .SelectMany(r => r.Value.GetProperty("content").EnumerateObject().Select(c => ($"{operation.Name} {path.Name} {r.Name} {c.Name}", c.Value)));
                    return bodies.Concat(answers);
                }))
            .Where(m => m.Item1.Contains("json", StringComparison.Ordinal))
            .ToList();

        media.Count.ShouldBeGreaterThan(50);
        media.Where(m => !m.Value.TryGetProperty("example", out _)).Select(m => m.Item1).ShouldBeEmpty();
        var submit = document.GetProperty("paths").GetProperty("/api/v1/dossiers/{id}/submit").GetProperty("post")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        (submit.GetProperty("id").GetString(), submit.GetProperty("status").GetString()).ShouldBe(("0191f000-0000-7000-8000-000000000001", "Draft"));
        submit.GetProperty("createdAt").GetString().ShouldBe("2026-11-24T01:30:00Z");
        submit.GetProperty("code").GetString().ShouldBe("000.00.12.H26-261124-0001");
        submit.GetProperty("applicantName").GetString().ShouldBe("Nguyễn Thị Minh Anh");
    }

    [TestCase("/api/v1/auth/token", "post", "Authentication", false)]
    [TestCase("/api/v1/auth/refresh", "post", "Authentication", false)]
    [TestCase("/api/v1/auth/logout", "post", "Authentication", false)]
    [TestCase("/api/v1/auth/register/citizen", "post", "Authentication", false)]
    [TestCase("/api/v1/auth/register/organisation", "post", "Authentication", false)]
    [TestCase("/api/v1/auth/external/{provider}", "post", "Authentication", false)]
    [TestCase("/api/v1/me", "get", "Account", true)]
    [TestCase("/api/v1/admin/officials", "post", "Administration", true)]
    [TestCase("/api/v1/admin/officials", "get", "Administration", true)]
    [TestCase("/api/v1/admin/officials/{id}/roles", "put", "Administration", true)]
    [TestCase("/api/v1/admin/officials/{id}/lock", "post", "Administration", true)]
    [TestCase("/api/v1/admin/officials/{id}/unlock", "post", "Administration", true)]
    public async Task AccountEndpoints_AreDocumented_WithSummaryTag_AndBearerOnlyWhereNeeded(string path, string method, string tag, bool bearer)
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe([tag]);
        operation.TryGetProperty("security", out _).ShouldBe(bearer);
    }

    [Test]
    public async Task SwaggerUi_IsServed()
    {
        var response = await Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }
}
