using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Channels;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>
/// Delivers the notices of one outbox message: an in-app notification per recipient (unique by message and recipient,
/// so a repeated delivery adds nothing), then an email where the user has an address, and an SMS/Zalo message for
/// applicants with a phone. Runs in the dispatcher's transaction; the caller saves.
/// </summary>
internal sealed class NotificationDelivery(
    AppDbContext db,
    IRecipientDirectory directory,
    IEmailSender email,
    ISmsSender sms,
    IZaloSender zalo,
    TimeProvider clock,
    IOptions<PublicSiteOptions> site,
    IOptions<NotificationOptions> options)
{
    private static readonly HashSet<NotificationKind> ApplicantKinds =
    [
        NotificationKind.Received, NotificationKind.SupplementRequested, NotificationKind.Rejected, NotificationKind.Resolved,
        NotificationKind.ResultReturned, NotificationKind.Apology, NotificationKind.Stopped,
        NotificationKind.CollectionReminder, NotificationKind.ResultUncollected,
    ];

    public async Task DeliverAsync(Guid outboxMessageId, IReadOnlyCollection<Notice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return;
        }

        var recipients = notices.Select(n => n.RecipientId).Distinct().ToArray();
        var already = await db.Notifications.Where(n => n.OutboxMessageId == outboxMessageId && recipients.Contains(n.RecipientId))
            .Select(n => n.RecipientId).ToListAsync(cancellationToken);
        var addresses = await directory.AddressesAsync(recipients, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var notice in notices.DistinctBy(n => n.RecipientId))
        {
            if (already.Contains(notice.RecipientId) || !addresses.TryGetValue(notice.RecipientId, out var address))
            {
                continue;
            }

            var notification = new Notification
            {
                OutboxMessageId = outboxMessageId,
                RecipientId = notice.RecipientId,
                Kind = notice.Kind,
                DossierId = notice.DossierId,
                DossierReference = notice.DossierReference,
                TitleVi = notice.TitleVi,
                TitleEn = notice.TitleEn,
                BodyVi = notice.BodyVi,
                BodyEn = notice.BodyEn,
                CreatedAt = now,
            };
            db.Notifications.Add(notification);
            var key = $"{outboxMessageId:N}.{notice.RecipientId:N}";
            if (!string.IsNullOrWhiteSpace(address.Email)
                && await email.SendAsync(EmailTemplate.Compose(notice, address, DossierLink(notice.DossierId), key), cancellationToken))
            {
                notification.EmailedAt = clock.GetUtcNow();
            }

            if (!string.IsNullOrWhiteSpace(address.Phone) && ApplicantKinds.Contains(notice.Kind))
            {
                var text = EmailTemplate.ShortText(notice, address);
                await sms.SendAsync(new ShortMessage(address.Phone, text, key), cancellationToken);
                await zalo.SendAsync(new ShortMessage(address.Phone, text, key), cancellationToken);
            }
        }
    }

    private Uri? DossierLink(Guid? dossierId) =>
        dossierId is { } id ? new Uri(site.Value.BaseUrl, options.Value.DossierPath.Replace("{id}", id.ToString(), StringComparison.Ordinal)) : null;
}
