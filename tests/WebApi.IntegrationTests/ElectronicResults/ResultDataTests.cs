using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.ElectronicResults;

/// <summary>
/// The data a generated result prints: the specialist records what the original register holds for the copy of a diploma
/// (fields and labels from the template, which names its legal form), the server checks them, the generated copy prints them,
/// and every released result, generated or uploaded, carries a verification code and SHA-256 that the public check finds.
/// </summary>
public sealed class ResultDataTests : ApiTestFixture
{
    [Test]
    public async Task TheSpecialist_RecordsTheRegisterEntries_AndTheGeneratedCopyPrintsThem_ThenItVerifies()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.CopyOfDiplomaInProcessingAsync(Client);

        // The form: the template's fields (Thông tư 21/2019/TT-BGDĐT, the register's entries), starting from the applicant's answers.
        var form = await ResultScenario.GetJsonAsync(scenario.Specialist, $"/api/v1/dossiers/{id}/result-data");
        form.GetProperty("hasTemplate").GetBoolean().ShouldBeTrue();
        form.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        form.GetProperty("source").GetString()!.ShouldContain("Thông tư 21/2019/TT-BGDĐT");
        var fields = form.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        fields.Keys.ShouldBe(ResultScenario.CopyData.Keys, ignoreOrder: true);
        fields["holderName"].GetProperty("value").GetString().ShouldBe("Trần Thị Hồng Nhung");
        fields["diplomaNumber"].GetProperty("label").GetString().ShouldBe("Số hiệu văn bằng");
        fields["diplomaNumber"].GetProperty("required").GetBoolean().ShouldBeTrue();

        // The desk only reads it.
        (await ResultScenario.GetJsonAsync(scenario.Desk, $"/api/v1/dossiers/{id}/result-data")).GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        await DossierScenario.SendAsync(scenario.Desk, HttpMethod.Put, $"/api/v1/dossiers/{id}/result-data", new { values = ResultScenario.CopyData }, expected: HttpStatusCode.Forbidden);

        // Generating before the data are recorded would print blanks: refused.
        await ResultScenario.PostAsync(scenario.Specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Dự thảo", commentAudience = "Internal" });
        using (var early = await scenario.Leader.PostAsync(new Uri($"/api/v1/dossiers/{id}/result/generate", UriKind.Relative), null))
        {
            early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var problem = await early.ReadProblemAsync();
            problem.GetProperty("code").GetString().ShouldBe("result.data_missing");
            problem.GetProperty("detail").GetString()!.ShouldContain("Số hiệu văn bằng");
        }

        // A leader records them while the draft awaits approval; then the generated copy prints them.
        await ResultScenario.RecordCopyDataAsync(scenario.Leader, id);
        using var generated = await scenario.Leader.PostAsync(new Uri($"/api/v1/dossiers/{id}/result/generate", UriKind.Relative), null);
        generated.StatusCode.ShouldBe(HttpStatusCode.Created, await generated.Content.ReadAsStringAsync());
        var result = await generated.Content.ReadFromJsonAsync<JsonElement>();
        await scenario.ApproveAndReturnAsync(id);
        var pdf = await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/dossiers/{id}/result", UriKind.Relative));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Join(' ', document.GetPages().Select(p => p.Text));
            text.ShouldContain("B0123456");
            text.ShouldContain("TN2023/1587");
            text.ShouldContain("02/09/2005");
            text.ShouldContain("Quyết định số 1234/QĐ-SGDĐT ngày 20/7/2023");
            text.ShouldContain("BS-2026/0042");
            text.ShouldContain("Nữ");
            text.ShouldNotContain("……………");
        }

        var verified = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/results/verify/{result.GetProperty("verificationCode").GetString()}", UriKind.Relative));
        verified.GetProperty("sha256").GetString().ShouldBe(ResultScenario.Sha256(pdf));

        // Once returned, the data are frozen with the result.
        (await ResultScenario.GetJsonAsync(scenario.Leader, $"/api/v1/dossiers/{id}/result-data")).GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        await DossierScenario.SendAsync(scenario.Leader, HttpMethod.Put, $"/api/v1/dossiers/{id}/result-data", new { values = ResultScenario.CopyData }, expected: HttpStatusCode.Conflict);
    }

    [Test]
    public async Task BadResultData_IsA400_NamingEachField()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.CopyOfDiplomaInProcessingAsync(Client);
        var values = new Dictionary<string, string?>(ResultScenario.CopyData)
        {
            ["dateOfBirth"] = "2005-02-30",
            ["graduationYear"] = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gender"] = "other",
            ["diplomaNumber"] = "",
            ["placeOfBirth"] = new string('x', 201),
            ["colour"] = "blue",
        };

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/dossiers/{id}/result-data") { Content = JsonContent.Create(new { values }) };
        using var response = await scenario.Specialist.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(
            ["values.dateOfBirth", "values.graduationYear", "values.gender", "values.diplomaNumber", "values.placeOfBirth", "values.colour"], ignoreOrder: true);
        problem.FieldErrors("values.diplomaNumber").Single().ShouldContain("số hiệu văn bằng");
    }

    [Test]
    public async Task AnUploadedResult_HasItsCodeAndHash_AndIsVerifiableOnceReleased_LikeAGeneratedOne()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, 4);
        (await ResultScenario.GetJsonAsync(scenario.Leader, $"/api/v1/dossiers/{id}/result-data")).GetProperty("hasTemplate").GetBoolean().ShouldBeFalse();
        var bytes = ResultScenario.Pdf();

        using var uploaded = await ResultScenario.UploadResultAsync(scenario.Leader, id, bytes);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var code = result.GetProperty("verificationCode").GetString()!;
        code.ShouldMatch("^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$");
        result.GetProperty("sha256").GetString().ShouldBe(ResultScenario.Sha256(bytes));
        await scenario.ApproveAndReturnAsync(id);

        var verified = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/results/verify/{code}", UriKind.Relative));
        verified.GetProperty("status").GetString().ShouldBe("Valid");
        verified.GetProperty("sha256").GetString().ShouldBe(ResultScenario.Sha256(bytes));
        using var compared = await ResultScenario.CompareAsync(Client, code, bytes);
        (await compared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").GetBoolean().ShouldBeTrue();
    }
}
