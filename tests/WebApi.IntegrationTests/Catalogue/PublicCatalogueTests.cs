using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Catalogue;

public sealed class PublicCatalogueTests : ApiTestFixture
{
    [Test]
    public async Task Anonymous_CanSearchWithoutDiacritics_AndReadTheDetail()
    {
        var page = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=cap%20ban%20sao&pageSize=100", UriKind.Relative));

        var item = page.GetProperty("items").EnumerateArray()
            .First(p => p.GetProperty("name").GetString()!.StartsWith("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", StringComparison.Ordinal));
        var detail = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{item.GetProperty("id").GetGuid()}", UriKind.Relative));

        detail.GetProperty("documents").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("steps").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("form").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("timeLimit").GetProperty("kind").GetString().ShouldNotBeNullOrEmpty();
        detail.GetProperty("field").GetString().ShouldBe("DiplomasCertificates");
    }

    [Test]
    public async Task Statistics_ReportCountsPerLevelThatAddUp()
    {
        var statistics = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures/statistics", UriKind.Relative));

        var levels = statistics.GetProperty("levels").EnumerateArray().ToList();
        levels.Sum(l => l.GetProperty("total").GetInt32()).ShouldBe(statistics.GetProperty("total").GetInt32());
        levels.Sum(l => l.GetProperty("fullyOnline").GetInt32()).ShouldBe(statistics.GetProperty("fullyOnline").GetInt32());
        statistics.GetProperty("setup").GetString().ShouldBe("two-tier");
    }

    [Test]
    public async Task ATemplateTheProcedureOffers_DownloadsAsAWordDocument()
    {
        var (procedureId, template) = await FirstTemplateAsync();

        var response = await Client.GetAsync(new Uri($"/api/v1/procedures/{procedureId}/templates/{template}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(2).ShouldBe("PK"u8.ToArray(), "a .docx is a zip archive");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe(template);
    }

    [TestCase("..%2F..%2Fappsettings.json")]
    [TestCase("not-offered-by-this-procedure.docx")]
    public async Task ATemplateTheProcedureDoesNotOffer_Is404(string name)
    {
        var (procedureId, _) = await FirstTemplateAsync();

        var response = await Client.GetAsync(new Uri($"/api/v1/procedures/{procedureId}/templates/{name}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Test]
    public async Task AnUnknownProcedure_Is404ProblemDetails()
    {
        var response = await Client.GetAsync(new Uri($"/api/v1/procedures/{Guid.NewGuid()}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task BadFilters_Return400WithFieldErrors()
    {
        var response = await Client.GetAsync(new Uri("/api/v1/procedures?serviceLevel=5&pageSize=0", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["serviceLevel", "pageSize"], ignoreOrder: true);
    }

    private async Task<(Guid ProcedureId, string Template)> FirstTemplateAsync()
    {
        var page = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?pageSize=100", UriKind.Relative));
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var detail = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{id}", UriKind.Relative));
            var template = detail.GetProperty("documents").EnumerateArray()
                .Select(d => d.GetProperty("template"))
                .FirstOrDefault(t => t.ValueKind == JsonValueKind.String);
            if (template.ValueKind == JsonValueKind.String)
            {
                return (id, template.GetString()!);
            }
        }

        throw new InvalidOperationException("No seeded procedure offers a template.");
    }
}
