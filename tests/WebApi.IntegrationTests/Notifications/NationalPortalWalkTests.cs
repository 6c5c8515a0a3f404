using System.Net;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Integrations;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// Walks dossiers through every status the national portal knows and checks, after the outbox delivered each transition,
/// that the update sent to the portal (<see cref="LoggingNationalPortalSync"/>) carries the word that transition causes and
/// comes from that transition's outbox message — including "Yêu cầu thực hiện nghĩa vụ tài chính" when fees due online hold
/// the next step, and the way back once they are paid.
/// </summary>
public sealed class NationalPortalWalkTests : NotificationTestFixture
{
    private static readonly string[] PortalVocabulary =
    [
        NationalPortalStatus.New, NationalPortalStatus.Received, NationalPortalStatus.NotReceived, NationalPortalStatus.Processing,
        NationalPortalStatus.SupplementRequested, NationalPortalStatus.FinancialObligationRequested, NationalPortalStatus.Withdrawn,
        NationalPortalStatus.Stopped, NationalPortalStatus.Resolved, NationalPortalStatus.ResultReturned,
    ];

    private readonly HashSet<string> _seen = [];

    [Test]
    public async Task EveryPortalStatus_IsReachable_AndSentByTheTransitionThatCausesIt()
    {
        var flow = await ArrangeAsync();
        var (admin, _) = await Host.CreateSignedInClientAsync("sysadmin-walk", null, Roles.SystemAdmin);

        // Fees due online before reception: submission asks for them, the payment brings the dossier back to "new".
        var beforeReception = await PublishPayableAsync(admin, "BeforeReception");
        var a = await StartAndSubmitAsync(flow, beforeReception);
        await ExpectAsync(a, NationalPortalStatus.FinancialObligationRequested, "DossierSubmitted");
        await PayAsync(flow.Citizen, a);
        await ExpectAsync(a, NationalPortalStatus.New, "PaymentConfirmed");
        await PostAsync(flow.Desk, $"/api/v1/dossiers/{a}/receive", new { comment = (string?)null });
        await ExpectAsync(a, NationalPortalStatus.Received, "DossierReceived");
        await flow.AssignAsync(a);
        await ExpectAsync(a, NationalPortalStatus.Processing, "DossierAssigned");
        await PostAsync(flow.Specialist, $"/api/v1/dossiers/{a}/request-supplement", new { missing = new[] { "Bản sao căn cước" } });
        await ExpectAsync(a, NationalPortalStatus.SupplementRequested, "SupplementRequested");
        await PostAsync(flow.Citizen, $"/api/v1/dossiers/{a}/provide-supplement", new { formData = (object?)null, comment = "Đã bổ sung" });
        await ExpectAsync(a, NationalPortalStatus.Processing, "SupplementProvided");
        await PostAsync(flow.Specialist, $"/api/v1/dossiers/{a}/submit-for-approval", new { comment = (string?)null });
        await ExpectAsync(a, NationalPortalStatus.Processing, "DossierSubmittedForApproval");
        await PostAsync(flow.Leader, $"/api/v1/dossiers/{a}/approve", new { comment = (string?)null });
        await ExpectAsync(a, NationalPortalStatus.Resolved, "DossierApproved");
        await PostAsync(flow.Desk, $"/api/v1/dossiers/{a}/return-result", new { channel = "InPerson" });
        await ExpectAsync(a, NationalPortalStatus.ResultReturned, "ResultReturned");

        // Fees due before the result: approval asks for them, the payment brings the dossier back to "resolved".
        var beforeResult = await PublishPayableAsync(admin, "BeforeResult");
        var b = await StartAndSubmitAsync(flow, beforeResult);
        await ExpectAsync(b, NationalPortalStatus.New, "DossierSubmitted");
        await PostAsync(flow.Desk, $"/api/v1/dossiers/{b}/receive", new { comment = (string?)null });
        await flow.AssignAsync(b);
        await PostAsync(flow.Specialist, $"/api/v1/dossiers/{b}/submit-for-approval", new { comment = (string?)null });
        await PostAsync(flow.Leader, $"/api/v1/dossiers/{b}/approve", new { comment = (string?)null });
        await ExpectAsync(b, NationalPortalStatus.FinancialObligationRequested, "DossierApproved");
        await PayAsync(flow.Citizen, b);
        await ExpectAsync(b, NationalPortalStatus.Resolved, "PaymentConfirmed");

        var rejected = await flow.SubmitAsync();
        await PostAsync(flow.Desk, $"/api/v1/dossiers/{rejected}/reject", new { reasons = "Không thuộc thẩm quyền" });
        await ExpectAsync(rejected, NationalPortalStatus.NotReceived, "DossierRejected");

        var withdrawn = await flow.SubmitAsync();
        await PostAsync(flow.Citizen, $"/api/v1/dossiers/{withdrawn}/withdraw", new { reason = "Không còn nhu cầu" });
        await ExpectAsync(withdrawn, NationalPortalStatus.Withdrawn, "DossierWithdrawn");

        var (stopped, _) = await flow.ReceiveAsync();
        await PostAsync(flow.Leader, $"/api/v1/dossiers/{stopped}/stop", new { reasons = "Người nộp không bổ sung" });
        await ExpectAsync(stopped, NationalPortalStatus.Stopped, "DossierProcessingStopped");

        var (refused, _) = await flow.ReceiveAsync();
        await flow.AssignAsync(refused);
        await PostAsync(flow.Specialist, $"/api/v1/dossiers/{refused}/submit-for-approval", new { comment = (string?)null });
        await PostAsync(flow.Leader, $"/api/v1/dossiers/{refused}/refuse", new { reasons = "Không đủ điều kiện" });
        await ExpectAsync(refused, NationalPortalStatus.Resolved, "DossierRefused");

        _seen.ShouldBe(PortalVocabulary, ignoreOrder: true);
    }

    /// <summary>Delivers the outbox, then expects the dossier's latest portal update to be <paramref name="status"/>, sent for an <paramref name="eventType"/> message.</summary>
    private async Task ExpectAsync(Guid dossierId, string status, string eventType)
    {
        await DeliverAsync();
        var update = LoggingNationalPortalSync.RecentUpdates.Where(u => u.DossierId == dossierId).LastOrDefault();
        update.ShouldNotBeNull($"nothing was sent to the national portal for {eventType}");
        var type = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Id == update.OutboxMessageId).Select(m => m.Type).SingleAsync());
        (type, update.Status).ShouldBe((eventType, status));
        _seen.Add(status);
    }

    private static async Task<Guid> StartAndSubmitAsync(Workflow flow, Guid procedure)
    {
        var form = new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn Đức", ["diplomas"] = "2" };
        var id = (await FormFillers.StartDraftAsync(flow.Citizen, procedure, flow.Department, form)).GetProperty("id").GetGuid();
        await PostAsync(flow.Citizen, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        return id;
    }

    /// <summary>Pays through the sandbox gateway, which delivers the signed IPN before sending the browser back.</summary>
    private static async Task PayAsync(HttpClient applicant, Guid dossierId)
    {
        var started = await PostAsync(applicant, $"/api/v1/dossiers/{dossierId}/payments", new { }, HttpStatusCode.Created);
        var redirect = new Uri(started.GetProperty("redirectUrl").GetString()!);
        using var browser = Host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = HanoiDvcFactory.HttpsBaseAddress, AllowAutoRedirect = false });
        using var completed = await browser.GetAsync(new Uri($"/api/v1/payments/sandbox/complete?outcome=Pay&order={Uri.EscapeDataString(redirect.Query.TrimStart('?'))}", UriKind.Relative));
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await completed.Content.ReadAsStringAsync());
    }

    /// <summary>A "một phần" procedure whose fee is paid online (Nghị định 42/2022/NĐ-CP, Điều 11: payment is not tied to the level).</summary>
    private static async Task<Guid> PublishPayableAsync(HttpClient admin, string paymentDue)
    {
        var content = new
        {
            name = $"Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp (thử nghiệm, {paymentDue})",
            nameEn = "Recognising a diploma issued by a foreign institution (test)",
            field = "DiplomasCertificates",
            decidingLevelCode = "province",
            serviceLevel = 3,
            onlinePayment = true,
            timeLimit = new { kind = "WorkingDays", days = 5 },
            fees = new object[] { TestSupport.LawfulFees.Verification("diplomas") },
            documents = Array.Empty<object>(),
            applicantTypes = new[] { "Citizen" },
            resultType = "Quyết định công nhận văn bằng",
            legalBasis = new[] { TestSupport.LawfulFees.Basis },
            form = new object[]
            {
                new { key = "fullName", type = "Text", label = "Họ và tên", labelEn = "Full name", required = true, maxLength = 100 },
                new { key = "diplomas", type = "Number", label = "Số văn bằng cần công nhận", labelEn = "Diplomas to recognise", required = true, min = 1, max = 20 },
            },
            steps = new[]
            {
                new { name = "Tiếp nhận", nameEn = "Reception", role = "Receptionist", share = 0.2m },
                new { name = "Xử lý", nameEn = "Processing", role = "Specialist", share = 0.8m },
            },
            source = "Test",
            paymentDue,
        };
        var created = await PostAsync(admin, "/api/v1/admin/procedures", new { content }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var publish = await admin.PostAsync(new Uri($"/api/v1/admin/procedures/{id}/publish", UriKind.Relative), null);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        return id;
    }
}
