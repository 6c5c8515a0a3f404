using HanoiDvc.Application.Common.Privacy;
using HanoiDvc.Application.Notifications.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>Sends through the configured SMTP relay with MailKit; the Message-ID is derived from the idempotency key.</summary>
internal sealed partial class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<bool> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.Enabled)
        {
            return false;
        }

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"{message.IdempotencyKey}@hanoidvc",
            Body = new TextPart("plain") { Text = message.TextBody },
        };
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        var masked = PersonalDataMask.Email(message.To);
        LogSent(logger, mime.MessageId, masked);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} sent to {Recipient}")]
    private static partial void LogSent(ILogger logger, string messageId, string recipient);
}
