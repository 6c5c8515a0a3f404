using FluentValidation;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Domain.Common;
using MediatR;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>
/// Logs failures that are not the caller's fault (anything but validation, domain, conflict, not-found, unauthorized and
/// forbidden errors) with the request name, then rethrows; a database out of reach is one warning line, without the stack.
/// </summary>
internal sealed partial class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
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
        ex is RequestValidationException or ValidationException or DomainException or ConflictException or NotFoundException
            or UnauthorizedAccessException or ForbiddenAccessException or OperationCanceledException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable in {RequestName}: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string requestName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {RequestName}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string requestName);
}
