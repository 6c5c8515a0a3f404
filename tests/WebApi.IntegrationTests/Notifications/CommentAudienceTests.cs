using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using MimeKit;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>Officials' internal remarks never reach the applicant: timeline, public lookup, in-app notices and mail.</summary>
public sealed class CommentAudienceTests : NotificationTestFixture
{
    private const string InternalRemark = "Đề nghị xử lý trong ngày";
    private const string ToApplicant = "Hồ sơ đã được kiểm tra, đang trình ký";
    private const string LeaderRemark = "Ký nháy, chuyển văn thư";

    [Test]
    public async Task AnInternalNote_IsAbsentForTheApplicant_InTimelineLookupNoticesAndMail_ButPresentForOfficials()
    {
        var started = DateTime.UtcNow.AddSeconds(-1);
        var workflow = await ArrangeAsync();
        var (id, code) = await workflow.ReceiveAsync();
        await PostAsync(workflow.Leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = workflow.SpecialistId, comment = InternalRemark, commentAudience = "Internal" });
        await PostAsync(workflow.Specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = ToApplicant, commentAudience = "Applicant" });
        await PostAsync(workflow.Leader, $"/api/v1/dossiers/{id}/approve", new { comment = LeaderRemark, commentAudience = "Internal" });
        await DeliverAsync();

        var forApplicant = await workflow.Citizen.GetStringAsync(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        forApplicant.ShouldNotContain(InternalRemark);
        forApplicant.ShouldNotContain(LeaderRemark);
        forApplicant.ShouldContain(ToApplicant);
        var mine = await workflow.Citizen.GetStringAsync(new Uri("/api/v1/dossiers/mine", UriKind.Relative));
        mine.ShouldNotContain(InternalRemark);
        var notices = await workflow.Citizen.GetStringAsync(new Uri("/api/v1/me/notifications", UriKind.Relative));
        notices.ShouldNotContain(InternalRemark);
        notices.ShouldNotContain(LeaderRemark);
        using var anonymous = Host.CreateClient();
        var lookup = await anonymous.GetStringAsync(new Uri($"/api/v1/dossier-lookup?code={code}&citizenId={DossierScenario.CitizenId}", UriKind.Relative));
        lookup.ShouldNotContain(InternalRemark);

        var forOfficial = await workflow.Leader.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        var assign = forOfficial.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("action").GetString() == "Assign");
        assign.GetProperty("comment").GetString().ShouldBe(InternalRemark);
        assign.GetProperty("commentAudience").GetString().ShouldBe("Internal");

        var mailbox = Environment.GetEnvironmentVariable(HanoiDvcFactory.MailboxVariable);
        if (!string.IsNullOrEmpty(mailbox) && Directory.Exists(Path.Combine(mailbox, "new")))
        {
            var toApplicant = Directory.EnumerateFiles(Path.Combine(mailbox, "new")).Where(f => File.GetLastWriteTimeUtc(f) >= started).Select(f => MimeMessage.Load(f))
                .Where(m => m.Subject?.Contains(code, StringComparison.Ordinal) == true && m.To.Mailboxes.Any(a => a.Address == "cong.dan@example.vn"))
                .ToList();
            toApplicant.ShouldNotBeEmpty("the applicant is mailed about reception and approval");
            toApplicant.ShouldAllBe(m => !(m.TextBody ?? string.Empty).Contains(InternalRemark) && !(m.TextBody ?? string.Empty).Contains(LeaderRemark));
        }
    }

    [Test]
    public async Task ACommentWithoutItsAudience_IsA400NamingCommentAudience_AndNothingIsWritten()
    {
        var workflow = await ArrangeAsync();
        var (id, _) = await workflow.ReceiveAsync();

        using var response = await workflow.Leader.PostAsJsonAsync($"/api/v1/dossiers/{id}/assign", new { assigneeId = workflow.SpecialistId, comment = InternalRemark });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("commentAudience", out _).ShouldBeTrue(problem.ToString());
        var after = await workflow.Leader.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        after.GetProperty("status").GetString().ShouldBe("Received");
        // Without a comment the audience may be left out.
        await PostAsync(workflow.Leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = workflow.SpecialistId });
    }
}
