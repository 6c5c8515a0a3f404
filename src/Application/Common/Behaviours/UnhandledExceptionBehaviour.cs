using HanoiDvc.Domain.Common;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>
/// Logs failures that are not the caller's fault (anything but the project's own errors, which have an <see cref="ErrorKind"/>,
/// and validation) with the request name, then rethrows; a database out of reach is one warning line, without the stack.
/// </summary>
internal sealed partial class UnhandledExceptionBehaviour<TRequest, TResponse>(
    ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger, IDatabaseFailures databaseFailures)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception ex) when (databaseFailures.IsOutage(ex))
        {
            LogDatabaseUnavailable(logger, typeof(TRequest).Name, ex.GetBaseException().Message);
            throw;
        }
        catch (Exception ex) when (!IsExpected(ex))
        {
            LogUnhandled(logger, ex, typeof(TRequest).Name);
            throw;
        }
    }

    private static bool IsExpected(Exception ex) =>
        ex is IHasErrorKind or ValidationException or OperationCanceledException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable in {RequestName}: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string requestName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {RequestName}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string requestName);
}
