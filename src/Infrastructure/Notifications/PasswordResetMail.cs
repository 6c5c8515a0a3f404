using System.Globalization;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Application.Accounts.Events;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Channels;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>
/// Mails the password reset link (in the account's language) and then blanks the token from the outbox row, so the
/// database keeps only its hash once the mail is out. No in-app notification: whoever asks is not signed in.
/// </summary>
internal sealed class PasswordResetMail(
    AppDbContext db, IRecipientDirectory directory, IEmailSender email, TimeProvider clock,
    IOptions<PublicSiteOptions> site, IOptions<PasswordResetOptions> options)
    : IOutboxHandler<PasswordResetRequested>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public async Task HandleAsync(PasswordResetRequested domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        if (domainEvent is not { UserId: { } userId, Token: { } token } || clock.GetUtcNow() >= domainEvent.ExpiresAt)
        {
            await BlankTokenAsync(domainEvent, outboxMessageId, cancellationToken);
            return;
        }

        var addresses = await directory.AddressesAsync([userId], cancellationToken);
        if (addresses.TryGetValue(userId, out var to) && !string.IsNullOrWhiteSpace(to.Email))
        {
            await email.SendAsync(Compose(to, Link(token), domainEvent.ExpiresAt, outboxMessageId), cancellationToken);
        }

        await BlankTokenAsync(domainEvent, outboxMessageId, cancellationToken);
    }

    private Uri Link(string token) => new(site.Value.BaseUrl, $"{options.Value.PagePath}#token={token}");

    private static EmailMessage Compose(RecipientAddress to, Uri link, DateTimeOffset expiresAt, Guid outboxMessageId)
    {
        var until = TimeZoneInfo.ConvertTime(expiresAt, Hanoi).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
        var english = to.English;
        var body = new StringBuilder()
            .AppendLine(english ? $"Dear {to.Name}," : $"Kính gửi {to.Name},")
            .AppendLine()
            .AppendLine(english
                ? "We received a request to reset the password of your account. To choose a new password, open this link:"
                : "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Để chọn mật khẩu mới, hãy mở liên kết sau:")
            .AppendLine(link.ToString())
            .AppendLine()
            .AppendLine(english
                ? $"The link works once, until {until} (Hanoi time). Setting a new password signs your account out everywhere."
                : $"Liên kết chỉ dùng được một lần, đến {until} (giờ Hà Nội). Khi đặt mật khẩu mới, tài khoản sẽ được đăng xuất trên mọi thiết bị.")
            .AppendLine(english
                ? "If you did not ask for this, ignore this message: your password stays as it is."
                : "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.")
            .AppendLine()
            .AppendLine(english
                ? "This message was sent automatically by the online public services of the Hanoi education sector; please do not reply."
                : "Thư này được gửi tự động từ Cổng dịch vụ công ngành Giáo dục Hà Nội, vui lòng không trả lời.");
        var subject = english ? "Reset your password" : "Đặt lại mật khẩu";
        return new EmailMessage(to.Email!, to.Name, $"[DVC Hà Nội] {subject}", body.ToString(), $"{outboxMessageId:N}.password-reset");
    }

    // The dispatcher saves only the columns it changes (sent_at…), so this update of the payload stays.
    private Task BlankTokenAsync(PasswordResetRequested domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        if (domainEvent.Token is null)
        {
            return Task.CompletedTask;
        }

        var blanked = JsonSerializer.Serialize(domainEvent with { Token = null }, Json);
        return db.OutboxMessages.Where(m => m.Id == outboxMessageId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Payload, blanked), cancellationToken);
    }
}
