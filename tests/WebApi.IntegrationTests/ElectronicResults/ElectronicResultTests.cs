using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.ElectronicResults;

/// <summary>
/// Electronic results through the real host and database: the leader uploads (or has the system generate) the result of
/// a level-4 dossier, the online return releases it to the applicant, and anyone can check a code or a file publicly.
/// </summary>
public sealed class ElectronicResultTests : ApiTestFixture
{
    private const string CodeShape = "^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$";

    [Test]
    public async Task AnUploadedResult_ReturnedOnline_DownloadsByteIdentical_VerifiesByCode_AndATamperedCopyFails()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);
        var pdf = ResultScenario.Pdf();

        using var uploaded = await ResultScenario.UploadResultAsync(scenario.Leader, id, pdf, "Quyết định 15 QĐ-SGDĐT.pdf");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var result = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        await scenario.ApproveAndReturnAsync(id);

        var code = result.GetProperty("verificationCode").GetString()!;
        code.ShouldMatch(CodeShape);
        result.GetProperty("sha256").GetString().ShouldBe(ResultScenario.Sha256(pdf));
        result.GetProperty("verificationUrl").GetString().ShouldEndWith($"/xac-minh/{code}");
        using (var download = await scenario.Citizen.GetAsync(new Uri($"/api/v1/dossiers/{id}/result", UriKind.Relative)))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Quyết định 15 QĐ-SGDĐT.pdf");
            download.Headers.GetValues("Content-Security-Policy").Single().ShouldEndWith("; sandbox");
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        }

        var verified = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/results/verify/{code}", UriKind.Relative));
        verified.GetProperty("status").GetString().ShouldBe("Valid");
        verified.GetProperty("sha256").GetString().ShouldBe(ResultScenario.Sha256(pdf));
        verified.GetProperty("issuerName").GetString().ShouldBe("Sở Giáo dục và Đào tạo Hà Nội");
        verified.GetProperty("documentType").GetString().ShouldBe("Quyết định cấp bản sao");
        verified.GetProperty("applicantName").GetString().ShouldBe("Người d** 0**", "the applicant's name is masked");
        (await Client.GetAsync(new Uri($"/api/v1/results/verify/{code.Replace("-", "").ToLowerInvariant()}", UriKind.Relative)))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "the code may be typed without dashes, in lower case");

        using var genuine = await ResultScenario.CompareAsync(Client, code, pdf);
        genuine.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await genuine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").GetBoolean().ShouldBeTrue();
        var tampered = pdf.ToArray();
        tampered[^1] ^= 0x01;
        using var forged = await ResultScenario.CompareAsync(Client, code, tampered);
        var comparison = await forged.Content.ReadFromJsonAsync<JsonElement>();
        comparison.GetProperty("matches").GetBoolean().ShouldBeFalse();
        comparison.GetProperty("presentedSha256").GetString().ShouldBe(ResultScenario.Sha256(tampered));
    }

    [Test]
    public async Task TheCopyOfADiploma_IsGenerated_WithTheApplicantAndTheCode_AndItsDownloadVerifies()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var (id, _) = await scenario.CopyOfDiplomaAwaitingApprovalAsync(Client);

        using var generated = await scenario.Leader.PostAsync(new Uri($"/api/v1/dossiers/{id}/result/generate", UriKind.Relative), null);
        generated.StatusCode.ShouldBe(HttpStatusCode.Created, await generated.Content.ReadAsStringAsync());
        var result = await generated.Content.ReadFromJsonAsync<JsonElement>();
        // No fee stands between approval and the result: Công văn 475/SGDĐT-VP ended the copy fee on 1/3/2024.
        await scenario.ApproveAndReturnAsync(id);
        var pdf = await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/dossiers/{id}/result", UriKind.Relative));

        var code = result.GetProperty("verificationCode").GetString()!;
        result.GetProperty("origin").GetString().ShouldBe("Generated");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Join(' ', document.GetPages().Select(p => p.Text));
            text.ShouldContain("Người dùng 001208012345");
            text.ShouldContain("Trần Thị Hồng Nhung");
            text.ShouldContain($"Mã xác minh: {code}");
            text.ShouldContain($"/xac-minh/{code}");
        }

        var verified = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/results/verify/{code}", UriKind.Relative));
        verified.GetProperty("sha256").GetString().ShouldBe(ResultScenario.Sha256(pdf));
        verified.GetProperty("documentType").GetString().ShouldBe("Bản sao văn bằng, chứng chỉ từ sổ gốc");
    }

    [Test]
    public async Task AProcedureWithoutAResultTemplate_CannotHaveItsResultGenerated()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);

        using var generated = await scenario.Leader.PostAsync(new Uri($"/api/v1/dossiers/{id}/result/generate", UriKind.Relative), null);

        generated.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await generated.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("result.no_template");
    }

    [Test]
    public async Task TheResult_IsReadByTheHandlingAgencyBeforeRelease_ByItsApplicantOnlyAfter_AndNeverByOthers()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);
        var pdf = ResultScenario.Pdf();
        using (var uploaded = await ResultScenario.UploadResultAsync(scenario.Leader, id, pdf))
        {
            uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }

        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001208099999", null, [Roles.Citizen], HanoiDvc.Domain.Accounts.ApplicantType.Citizen, "001208099999");
        var otherCitizen = ApiHost.Factory.CreateHttpsClient();
        otherCitizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(otherCitizen, "001208099999"));
        var ward = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var otherAgency = (await ApiHost.Factory.CreateSignedInClientAsync("ward-leader", ward, Roles.Leader)).Client;
        var uri = new Uri($"/api/v1/dossiers/{id}/result", UriKind.Relative);

        (await scenario.Leader.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.Desk.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.Citizen.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not released before the return");
        (await otherCitizen.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherAgency.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Client.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await scenario.ApproveAndReturnAsync(id);

        (await (await scenario.Citizen.GetAsync(uri)).Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        (await scenario.Citizen.GetAsync(new Uri($"/api/v1/dossiers/{id}/result/verification-sheet", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherCitizen.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherAgency.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCitizen.GetAsync(new Uri($"/api/v1/dossiers/{id}/result/verification-sheet", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ALevel3Dossier_RefusesAnElectronicResultAndAnOnlineReturn_With409_ButIsReturnedAtTheDesk()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 3);

        using var upload = await ResultScenario.UploadResultAsync(scenario.Leader, id, ResultScenario.Pdf());
        upload.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await upload.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.online_result_not_offered");
        await ResultScenario.PostAsync(scenario.Leader, $"/api/v1/dossiers/{id}/approve", new { comment = "Đồng ý", commentAudience = "Internal" });
        var online = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "Online" }, HttpStatusCode.Conflict);
        online.GetProperty("code").GetString().ShouldBe("dossier.online_result_not_offered");

        var returned = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "InPerson" });
        returned.GetProperty("status").GetString().ShouldBe("ResultReturned");
    }

    [Test]
    public async Task ALevel4Dossier_ReturnedOnlineWithoutItsResult_Is409_AndAResultThatIsNotAPdf_Is400()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);

        using var png = await ResultScenario.UploadResultAsync(scenario.Leader, id, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "ket-qua.pdf");
        png.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await png.ReadProblemAsync()).FieldErrors("file").ShouldBe(["Kết quả điện tử phải là tệp PDF."]);
        await ResultScenario.PostAsync(scenario.Leader, $"/api/v1/dossiers/{id}/approve", new { comment = "Đồng ý", commentAudience = "Internal" });
        var online = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "Online" }, HttpStatusCode.Conflict);
        online.GetProperty("code").GetString().ShouldBe("dossier.result_missing");
    }

    [Test]
    public async Task ASpecialist_CannotIssueTheResult()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);

        using var response = await ResultScenario.UploadResultAsync(scenario.Specialist, id, ResultScenario.Pdf());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [TestCase("ABCD-EFGH-JKMN")]
    [TestCase("not-a-code")]
    [TestCase("ABCD-EFGH-JKM0")]
    public async Task AnUnknownOrMalformedCode_IsAPlain404_ThatEchoesNothing(string code)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/results/verify/{code}", UriKind.Relative));
        using var compare = await ResultScenario.CompareAsync(Client, code, ResultScenario.Pdf());

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        compare.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("detail").GetString().ShouldBe("No result has this verification code.");
        problem.EnumerateObject().Select(p => p.Name).ShouldBeSubsetOf(["type", "title", "status", "detail", "instance", "traceId", "correlationId", "code"]);
    }

    [Test]
    public async Task ThePublicCheck_IsRateLimitedPerClient_With429()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:PublicCheck:PermitLimit", "3")
            .UseSetting("RateLimiting:PublicCheck:WindowSeconds", "600"));
        using var client = limited.CreateHttpsClient();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await client.GetAsync(new Uri("/api/v1/results/verify/ABCD-EFGH-JKMN", UriKind.Relative))).StatusCode);
        }

        using var rejected = await ResultScenario.CompareAsync(client, "ABCD-EFGH-JKMN", ResultScenario.Pdf());

        answers.ShouldAllBe(status => status == HttpStatusCode.NotFound);
        rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await rejected.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("rate_limit.exceeded");
    }
}
