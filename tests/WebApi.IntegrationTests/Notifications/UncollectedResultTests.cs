using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Notifications.Events;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// A result waiting at the desk that the applicant does not collect (Nghị định 61/2018/NĐ-CP, Điều 19: results are returned at
/// the desk on the appointment; no period found in the law, so the reminder interval (7 days) and the waiting period
/// (30 days) are the settings' defaults).
/// </summary>
public sealed class UncollectedResultTests : NotificationTestFixture
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(7);
    private static readonly TimeSpan Waiting = TimeSpan.FromDays(30);

    [Test]
    public async Task TheCollectionReminder_IsSentOncePerPeriodAfterTheAppointment_EvenWhenTheJobRunsTwice()
    {
        var started = DateTime.UtcNow.AddSeconds(-1); // the shared mailbox keeps earlier runs' messages (codes repeat per day)
        var (workflow, id, code, appointment) = await ResolvedAtTheDeskAsync();

        Clock.Set(appointment.AddHours(-1));
        await RunJobAsync();
        (await CountOutboxAsync(nameof(ResultCollectionReminderDue), id)).ShouldBe(0, "not before the appointment");

        Clock.Set(appointment.AddHours(1));
        await RunJobAsync();
        await RunJobAsync();
        (await CountOutboxAsync(nameof(ResultCollectionReminderDue), id)).ShouldBe(1);

        Clock.Set(appointment + Interval + TimeSpan.FromHours(1));
        await RunJobAsync();
        await RunJobAsync();
        (await CountOutboxAsync(nameof(ResultCollectionReminderDue), id)).ShouldBe(2, "one more per interval");
        (await WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM collection_reminders WHERE dossier_id = {id}").SingleAsync())).ShouldBe(2);

        await DeliverAsync();
        var mailbox = Environment.GetEnvironmentVariable(HanoiDvcFactory.MailboxVariable);
        if (!string.IsNullOrEmpty(mailbox) && Directory.Exists(Path.Combine(mailbox, "new")))
        {
            Directory.EnumerateFiles(Path.Combine(mailbox, "new")).Where(f => File.GetLastWriteTimeUtc(f) >= started).Select(f => MimeMessage.Load(f))
                .Count(m => m.Subject?.Contains($"Mời nhận kết quả hồ sơ {code}", StringComparison.Ordinal) == true)
                .ShouldBe(2);
        }

        _ = workflow;
    }

    [Test]
    public async Task TheDesk_RecordsNotCollected_OnlyAfterTheWaitingPeriod_OnlyAtTheReceivingAgency_AndTheResultCanStillBeCollected()
    {
        var (workflow, id, _, appointment) = await ResolvedAtTheDeskAsync();
        // Tokens are signed in on the real clock; only the workflow's clock moves.
        var earlyDesk = workflow.Desk;
        var desk = workflow.Desk;
        var leader = workflow.Leader;
        var ward = await TestAccounts.AgencyIdAsync(Host.Services, "000.01.50.H26");
        var (otherDesk, _) = await Host.CreateSignedInClientAsync("ward-desk", ward, Roles.Receptionist);
        var citizen = workflow.Citizen;

        Clock.Set(appointment + TimeSpan.FromDays(1));
        using var early = await earlyDesk.PostAsJsonAsync($"/api/v1/dossiers/{id}/record-uncollected", new { comment = (string?)null });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("dossier.uncollected_too_early");

        Clock.Set(appointment + Waiting + TimeSpan.FromHours(1));
        using var other = await otherDesk.PostAsJsonAsync($"/api/v1/dossiers/{id}/record-uncollected", new { comment = (string?)null });
        other.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        using var byLeader = await leader.PostAsJsonAsync($"/api/v1/dossiers/{id}/record-uncollected", new { comment = (string?)null });
        byLeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var missingAudience = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/record-uncollected", new { comment = "Đã gọi điện hai lần" });
        missingAudience.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var recorded = await PostAsync(desk, $"/api/v1/dossiers/{id}/record-uncollected", new { comment = "Đã gọi điện hai lần", commentAudience = "Internal" });

        recorded.GetProperty("status").GetString().ShouldBe("Resolved");
        recorded.GetProperty("uncollectedRecordedAt").ValueKind.ShouldBe(JsonValueKind.String);
        recorded.GetProperty("nationalStatus").GetString().ShouldBe("Đã xử lý xong");
        var outcome = recorded.GetProperty("outcome").GetString();
        using var again = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/record-uncollected", new { comment = (string?)null });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var seen = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        seen.GetProperty("uncollectedRecordedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var step = seen.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("action").GetString() == "RecordUncollectedResult");
        step.GetProperty("comment").ValueKind.ShouldBe(JsonValueKind.Null, "the desk's internal note stays with the officials");

        var returned = await PostAsync(desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "InPerson" });
        returned.GetProperty("status").GetString().ShouldBe("ResultReturned");
        returned.GetProperty("outcome").GetString().ShouldBe(outcome, "the outcome was fixed at resolution");
    }

    private static async Task RunJobAsync() =>
        await WithServiceAsync<CollectionReminderJob, int>(job => job.RunAsync(CancellationToken.None));

    /// <summary>A level-3 dossier (its result is collected at the desk), approved, with its appointment.</summary>
    private static async Task<(Workflow Workflow, Guid Id, string Code, DateTimeOffset Appointment)> ResolvedAtTheDeskAsync()
    {
        var arranged = await ArrangeAsync();
        using var anonymous = Host.CreateClient();
        var (procedure, form) = await FormFillers.ProcedureAsync(anonymous, "province", serviceLevel: 3);
        var workflow = arranged with { Procedure = procedure, Form = form };
        var (id, code) = await workflow.ReceiveAsync();
        await workflow.AssignAsync(id);
        await PostAsync(workflow.Specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { });
        var approved = await PostAsync(workflow.Leader, $"/api/v1/dossiers/{id}/approve", new { });
        approved.GetProperty("status").GetString().ShouldBe("Resolved");
        approved.GetProperty("awaitingCollectionSince").ValueKind.ShouldBe(JsonValueKind.String);
        return (workflow, id, code, approved.GetProperty("appointmentAt").GetDateTimeOffset());
    }
}
