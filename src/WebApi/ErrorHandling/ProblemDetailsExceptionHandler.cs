using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>
/// Turns every exception into an RFC 9457 problem. The project's own errors carry an <see cref="ErrorKind"/>, and the
/// status is the kind's (<see cref="ErrorStatuses"/>): validation → 400 with field errors, not signed in or sign-in refused
/// → 401 (with a <c>code</c> when there is one), forbidden → 403, not found → 404, a rule about the state of things, a
/// taken value or a lost race → 409, a value the rules require in this state left out → 422 with the field in
/// <c>errors</c>, the database out of reach → 503 <c>database.unavailable</c> with <c>Retry-After</c>. A request that
/// cannot be bound keeps the status ASP.NET Core gives it (<see cref="BindingFailures"/>). Anything else — .NET's
/// <see cref="UnauthorizedAccessException"/> (a file the process may not read) included — is a 500 without internals.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, IDatabaseFailures databaseFailures, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait after a 503: about one restart of PostgreSQL.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException badRequest)
        {
            problem = BindingFailures.Problem(badRequest);
        }
        else
        {
            problem = Body(exception);
            problem.Status = KindOf(exception) is { } kind ? ErrorStatuses.Of(kind) : StatusCodes.Status500InternalServerError;
        }

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // Every request fails the same way during an outage: one line each, without the stack.
            LogDatabaseUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The kind of a project's error, or of a database failure; <c>null</c> for a fault.</summary>
    private ErrorKind? KindOf(Exception exception) => exception switch
    {
        IHasErrorKind known => known.Kind,
        _ when databaseFailures.IsConflict(exception) => ErrorKind.Conflict,
        _ when databaseFailures.IsOutage(exception) => ErrorKind.Unavailable,
        _ => null,
    };

    /// <summary>What the problem says besides its status: the detail, the stable <c>code</c>, the fields at fault.</summary>
    private ProblemDetails Body(Exception exception) => exception switch
    {
        RequestValidationException validation => new HttpValidationProblemDetails(validation.Errors.ToDictionary()),
        NotFoundException notFound => new ProblemDetails { Detail = notFound.Message },
        AuthenticationFailedException failed => Coded(failed.Message, failed.Code),
        ConflictException conflict => Coded(conflict.Message, conflict.Code),
        DomainException { Code: "dossier.invalid_form" } form => FormProblem(form),
        PreconditionFailedException precondition => Coded(precondition.Message, "precondition.failed"),
        RequiredValueMissingException missing => new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [missing.Field] = [System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? missing.Message : missing.MessageVi],
        })
        {
            Detail = missing.Message,
            Extensions = { ["code"] = missing.Code },
        },
        IdempotencyKeyReusedException reused => Coded(reused.Message, "idempotency.key_reused"),
        DomainException domain => Coded(domain.Message, domain.Code),
        _ when databaseFailures.IsConflict(exception) => Coded("The resource was changed by someone else; reload it and try again.", "concurrency.conflict"),
        _ when databaseFailures.IsOutage(exception) => Coded("The database cannot be reached at the moment; try again shortly.", "database.unavailable"),
        // Not signed in, forbidden, and faults: the status says it all (a fault's message may hold internals).
        _ => new ProblemDetails(),
    };

    private static ProblemDetails Coded(string detail, string code) => new() { Detail = detail, Extensions = { ["code"] = code } };

    /// <summary>
    /// Form values that break the procedure's form schema, and mandatory documents not attached: a 400 with the messages
    /// per field (<c>formData.&lt;key&gt;</c>, <c>documents[i]</c>), in the request's language.
    /// </summary>
    private static HttpValidationProblemDetails FormProblem(DomainException exception)
    {
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var errors = FormDataValidator.ErrorsOf(exception)
            .GroupBy(e => e.Code == FormDataValidator.MissingDocumentCode ? e.Key : $"formData.{e.Key}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => english ? e.MessageEn : e.Message).ToArray(), StringComparer.Ordinal);
        return new HttpValidationProblemDetails(errors) { Extensions = { ["code"] = exception.Code } };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Method} {Path}: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
