using System.Net;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

public sealed class ValidationProblemTests : ApiTestFixture
{
    [Test]
    public async Task InvalidPaging_Returns400ProblemDetails_WithAnArrayOfMessagesPerField()
    {
        var response = await Client.GetAsync(new Uri("/api/v1/agencies?page=0&pageSize=500", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu gửi lên không hợp lệ.");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["page", "pageSize"], ignoreOrder: true);
        problem.FieldErrors("page").ShouldHaveSingleItem().ShouldContain("1");
        problem.FieldErrors("pageSize").ShouldHaveSingleItem().ShouldContain("100");
    }

    [Test]
    public async Task InvalidPaging_InEnglish_ReturnsEnglishTitleAndMessages()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agencies?page=0");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);

        var problem = await response.ReadProblemAsync();
        problem.GetProperty("title").GetString().ShouldBe("One or more validation errors occurred.");
        problem.FieldErrors("page").ShouldHaveSingleItem().ShouldContain("must be greater than or equal to");
    }

    [Test]
    public async Task UnparsableQueryValue_Returns400ProblemDetails_NotAnEmptyBody()
    {
        var response = await Client.GetAsync(new Uri("/api/v1/agencies?page=abc", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("detail").GetString()!.ShouldContain("page");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
