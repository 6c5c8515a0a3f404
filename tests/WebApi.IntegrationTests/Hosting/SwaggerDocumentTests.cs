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
    public async Task SwaggerUi_IsServed()
    {
        var response = await Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }
}
