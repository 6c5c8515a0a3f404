using Microsoft.Extensions.Logging;

namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>Logs the request's name only: payloads carry citizen IDs and passwords and never reach the logs.</summary>
internal sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        LogHandling(logger, typeof(TRequest).Name);
        return next();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handling {RequestName}")]
    private static partial void LogHandling(ILogger logger, string requestName);
}
