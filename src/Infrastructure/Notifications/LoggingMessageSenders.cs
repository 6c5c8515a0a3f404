using HanoiDvc.Application.Common.Privacy;
using HanoiDvc.Application.Notifications.Channels;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>The SMS port until a provider is contracted: logs what would be sent, with the number masked.</summary>
internal sealed partial class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(ShortMessage message, CancellationToken cancellationToken)
    {
        var masked = PersonalDataMask.Phone(message.Phone);
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
        var masked = PersonalDataMask.Phone(message.Phone);
        LogZalo(logger, message.IdempotencyKey, masked, message.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo {Key} to {Phone}: {Text}")]
    private static partial void LogZalo(ILogger logger, string key, string phone, string text);
}
