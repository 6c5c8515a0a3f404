using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.WebApi.IntegrationTests.ElectronicResults;
using HanoiDvc.WebApi.IntegrationTests.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Level4;

/// <summary>
/// A level-4 ("toàn trình") procedure end to end through the API, with the sandbox gateway: the applicant never comes to
/// the desk. Submit → pay → receive → process → generated electronic result → approve → online return → download →
/// public verification (by code, and of the downloaded file), with the notifications the applicant receives on the way.
/// </summary>
public sealed class Level4EndToEndTests : ApiTestFixture
{
    [Test]
    public async Task TheCopyOfADiploma_RunsFullyOnline_FromSubmissionToAVerifiedDownload()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var citizen = scenario.Citizen;
        var procedure = await ResultScenario.FullyOnlineCopyOfDiplomaAsync(Client);
        var form = await Dossiers.FormFillers.AnswersAsync(Client, procedure);
        form["copies"] = "3";

        // Submit online (with the mandatory documents); nothing to pay: Công văn 475/SGDĐT-VP ended the copy fee on 1/3/2024.
        var draft = await Dossiers.FormFillers.StartDraftAsync(citizen, procedure, scenario.Dossiers.Department, form);
        var id = draft.GetProperty("id").GetGuid();
        var submitted = await ResultScenario.PostAsync(citizen, $"/api/v1/dossiers/{id}/submit", new { formData = form });

        // The desk receives; the specialist processes; the leader generates the result and approves; the desk returns it online.
        var received = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" });
        await ResultScenario.PostAsync(scenario.Leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = scenario.SpecialistId });
        await ResultScenario.RecordCopyDataAsync(scenario.Specialist, id); // what the original register holds, printed on the copy
        await ResultScenario.PostAsync(scenario.Specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Đã đối chiếu sổ gốc", commentAudience = "Internal" });
        using var generated = await scenario.Leader.PostAsync(new Uri($"/api/v1/dossiers/{id}/result/generate", UriKind.Relative), null);
        generated.StatusCode.ShouldBe(HttpStatusCode.Created, await generated.Content.ReadAsStringAsync());
        var result = await generated.Content.ReadFromJsonAsync<JsonElement>();
        await scenario.ApproveAndReturnAsync(id, channel: "Online");

        // The applicant downloads the result; anyone can verify it by its code, and the downloaded bytes match.
        var pdf = await citizen.GetByteArrayAsync(new Uri($"/api/v1/dossiers/{id}/result", UriKind.Relative));
        var code = result.GetProperty("verificationCode").GetString()!;
        var verified = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/results/verify/{code}", UriKind.Relative));
        using var compared = await ResultScenario.CompareAsync(Client, code, pdf);
        var tampered = pdf.ToArray();
        tampered[^10] ^= 0x5A;
        using var comparedTampered = await ResultScenario.CompareAsync(Client, code, tampered);
        var dossier = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        var payments = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}/payments", UriKind.Relative));

        // The outbox delivers what happened to the applicant.
        var processor = ApiHost.Factory.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessAsync(CancellationToken.None) > 0)
        {
        }

        var notices = await citizen.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me/notifications?pageSize=50", UriKind.Relative));

        submitted.GetProperty("paymentStatus").GetString().ShouldBe("NotDue", "no fee is owed for a copy (Công văn 475/SGDĐT-VP)");
        payments.GetArrayLength().ShouldBe(0);
        received.GetProperty("code").GetString()!.ShouldStartWith("000.00.12.H26-");
        dossier.GetProperty("status").GetString().ShouldBe("ResultReturned");
        dossier.GetProperty("returnChannel").GetString().ShouldBe("Online");
        dossier.GetProperty("paymentStatus").GetString().ShouldBe("NotDue");
        dossier.GetProperty("resultReleasedAt").ValueKind.ShouldBe(JsonValueKind.String);
        Convert.ToHexStringLower(SHA256.HashData(pdf)).ShouldBe(result.GetProperty("sha256").GetString());
        verified.GetProperty("status").GetString().ShouldBe("Valid");
        verified.GetProperty("sha256").GetString().ShouldBe(result.GetProperty("sha256").GetString());
        compared.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await compared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").GetBoolean().ShouldBeTrue();
        (await comparedTampered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").GetBoolean().ShouldBeFalse();
        var kinds = notices.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("Submitted");
        kinds.ShouldNotContain("PaymentConfirmed");
        kinds.ShouldContain("Received");
        kinds.ShouldContain("ResultReturned");
    }
}
