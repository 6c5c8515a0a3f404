using HanoiDvc.Application.Notifications.Channels;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>The SMS port until a provider is contracted: logs what would be sent, with the number masked.</summary>
internal sealed partial class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(ShortMessage message, CancellationToken cancellationToken)
    {
        var masked = PhoneMask.Phone(message.Phone);
        LogSms(logger, message.IdempotencyKey, masked, message.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Key} to {Phone}: {Text}")]
    private static partial void LogSms(ILogger logger, string key, string phone, string text);
}

/// <summary>The Zalo (ZNS) port until a provider is contracted: logs what would be sent, with the number masked.</summary>
internal sealed partial class LoggingZaloSender(ILogger<LoggingZaloSender> logger) : IZaloSender
{
    public Task SendAsync(ShortMessage message, CancellationToken cancellationToken)
    {
        var masked = PhoneMask.Phone(message.Phone);
        LogZalo(logger, message.IdempotencyKey, masked, message.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo {Key} to {Phone}: {Text}")]
    private static partial void LogZalo(ILogger logger, string key, string phone, string text);
}

/// <summary>Personal data in logs: phone numbers keep their last three digits, emails their first letter and domain.</summary>
internal static class PhoneMask
{
    public static string Phone(string phone)
    {
        var digits = phone.Trim();
        return digits.Length <= 3 ? new string('*', digits.Length) : new string('*', digits.Length - 3) + digits[^3..];
    }

    public static string Email(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }
}
