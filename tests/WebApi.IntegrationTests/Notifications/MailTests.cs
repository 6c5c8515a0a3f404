using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Notifications;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>Email through a real SMTP server (aiosmtpd, started by test.sh), read back from its mailbox.</summary>
public sealed class MailTests : NotificationTestFixture
{
    [Test]
    public async Task AReceivedDossier_IsMailedToTheApplicant_InVietnamese_WithTheCodeAndTheLink()
    {
        var mailbox = Environment.GetEnvironmentVariable(HanoiDvcFactory.MailboxVariable);
        if (string.IsNullOrEmpty(mailbox) || string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HanoiDvcFactory.SmtpPortVariable)))
        {
            Assert.Ignore($"No test SMTP server: run ./test.sh, or set {HanoiDvcFactory.SmtpPortVariable} and {HanoiDvcFactory.MailboxVariable}.");
        }

        var workflow = await ArrangeAsync();
        var (id, code) = await workflow.ReceiveAsync();

        await DeliverAsync();

        var messages = Directory.EnumerateFiles(Path.Combine(mailbox!, "new")).Select(f => MimeMessage.Load(f)).ToList();
        var link = new Uri(Host.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.BaseUrl, $"/ho-so/{id}").ToString();
        var mail = messages.SingleOrDefault(m => m.Subject?.Contains(code, StringComparison.Ordinal) == true && m.TextBody?.Contains(link, StringComparison.Ordinal) == true);
        mail.ShouldNotBeNull($"No message with {link} among {messages.Count} in {mailbox}.");
        mail.To.Mailboxes.Select(m => m.Address).ShouldBe(["cong.dan@example.vn"]);
        mail.Subject.ShouldBe($"[DVC Hà Nội] Hồ sơ {code} đã được tiếp nhận");
        var body = mail.TextBody ?? string.Empty;
        body.ShouldContain($"Mã hồ sơ: {code}");
        body.ShouldContain("Kính gửi");
        (await WithDbAsync(db => db.Notifications.SingleAsync(n => n.DossierId == id && n.Kind == NotificationKind.Received))).EmailedAt.ShouldNotBeNull();
    }
}
