using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>
/// Request bodies: 64 KiB for everything but uploads (<c>RequestLimits:MaxBodyBytes</c>), the upload endpoints their own
/// limit just above <c>Uploads:MaxFileBytes</c>; a larger body is a 413 problem before it is read.
/// </summary>
public sealed class RequestSizeLimitTests : ApiTestFixture
{
    private const int JsonLimit = 64 * 1024;

    [Test]
    public async Task AJsonBodyOverTheLimit_Is413ProblemDetails_AndOneJustUnderIsRead()
    {
        using var over = await PostJsonAsync(Client, "/api/v1/auth/token", JsonLimit + 1);
        using var under = await PostJsonAsync(Client, "/api/v1/auth/token", JsonLimit - 1);

        over.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await over.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(413);
        problem.GetProperty("code").GetString().ShouldBe("request.too_large");
        problem.GetProperty("detail").GetString()!.ShouldContain("65,536");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        over.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        under.StatusCode.ShouldNotBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task TheLimit_ComesFromConfiguration()
    {
        await using var small = ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("RequestLimits:MaxBodyBytes", "1000"));
        using var client = small.CreateHttpsClient();

        using var over = await PostJsonAsync(client, "/api/v1/auth/token", 1001);

        over.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task AnUpload_KeepsItsOwnLimit_AboveTheJsonOne_AndIsRefusedPastIt()
    {
        await using var host = ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("Uploads:MaxFileBytes", "200000"));
        var (citizen, _) = await host.CreateSignedInClientAsync("uploader", null, Roles.Citizen);
        var path = $"/api/v1/dossiers/{Guid.CreateVersion7()}/attachments";

        using var fits = await citizen.PostAsync(new Uri(path, UriKind.Relative), Multipart(150_000));
        using var tooLarge = await citizen.PostAsync(new Uri(path, UriKind.Relative), Multipart(200_000 + 64 * 1024 + 1));

        fits.StatusCode.ShouldNotBe(HttpStatusCode.RequestEntityTooLarge, "a body over the JSON limit but under the upload limit reaches the upload endpoint");
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("request.too_large");
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, int size)
    {
        var envelope = "{\"userName\":\"nobody\",\"password\":\"\"}";
        var json = envelope.Insert(envelope.Length - 2, new string('x', size - envelope.Length));
        Encoding.UTF8.GetByteCount(json).ShouldBe(size);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static MultipartFormDataContent Multipart(int fileBytes)
    {
        var file = new ByteArrayContent(new byte[fileBytes]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "don.pdf" } };
    }
}
