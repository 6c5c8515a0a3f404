namespace HanoiDvc.Application.Notifications.Channels;

/// <summary>An email, ready to send.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="ToName">Recipient name.</param>
/// <param name="Subject">Subject.</param>
/// <param name="TextBody">Plain-text body.</param>
/// <param name="IdempotencyKey">Stable per (outbox message, recipient): becomes the Message-ID, so a re-send after a crash is recognisable.</param>
public sealed record EmailMessage(string To, string ToName, string Subject, string TextBody, string IdempotencyKey);

/// <summary>Sends emails (SMTP in production).</summary>
public interface IEmailSender
{
    /// <summary>Sends <paramref name="message"/>; false when email is switched off (nothing sent), throws when sending failed.</summary>
    Task<bool> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A short text to a phone (SMS or Zalo).</summary>
/// <param name="Phone">The number (Vietnamese mobile).</param>
/// <param name="Text">The text.</param>
/// <param name="IdempotencyKey">Stable per (outbox message, recipient), for providers that accept one.</param>
public sealed record ShortMessage(string Phone, string Text, string IdempotencyKey);

/// <summary>Sends SMS; the shipped adapter only logs (phone masked) until a provider is contracted.</summary>
public interface ISmsSender
{
    Task SendAsync(ShortMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends Zalo (ZNS) messages; the shipped adapter only logs (phone masked) until a provider is contracted.</summary>
public interface IZaloSender
{
    Task SendAsync(ShortMessage message, CancellationToken cancellationToken);
}
