using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>
/// Turns every exception into an RFC 9457 problem: validation or a request that cannot be bound → 400 with field
/// errors (<see cref="BindingFailures"/>), not signed in or sign-in refused → 401 (with a <c>code</c> when there is
/// one), forbidden → 403, not found → 404, domain rule, taken value or concurrency conflict → 409, a value the rules require in this state left out → 422 with the field in <c>errors</c>, the database out
/// of reach → 503 <c>database.unavailable</c> with <c>Retry-After</c>, anything else → 500 without internals.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait after a 503: about one restart of PostgreSQL.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException validation => new HttpValidationProblemDetails(validation.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
            },
            BadHttpRequestException badRequest => BindingFailures.Problem(badRequest),
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Detail = notFound.Message },
            AuthenticationFailedException failed => new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Detail = failed.Message,
                Extensions = { ["code"] = failed.Code },
            },
            UnauthorizedAccessException => new ProblemDetails { Status = StatusCodes.Status401Unauthorized },
            ForbiddenAccessException => new ProblemDetails { Status = StatusCodes.Status403Forbidden },
            ConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Detail = conflict.Message,
                Extensions = { ["code"] = conflict.Code },
            },
            DomainException { Code: "dossier.invalid_form" } form => FormProblem(form),
            PreconditionFailedException precondition => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Detail = precondition.Message,
                Extensions = { ["code"] = "precondition.failed" },
            },
            RequiredValueMissingException missing => new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [missing.Field] = [System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? missing.Message : missing.MessageVi],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Detail = missing.Message,
                Extensions = { ["code"] = missing.Code },
            },
            IdempotencyKeyReusedException reused => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Detail = reused.Message,
                Extensions = { ["code"] = "idempotency.key_reused" },
            },
            DomainException domain => new ProblemDetails
            {
                // A rule about who may act is a 403; a rule about the state of things is a 409.
                Status = domain.Code.EndsWith(".not_allowed", StringComparison.Ordinal) ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict,
                Detail = domain.Message,
                Extensions = { ["code"] = domain.Code },
            },
            DbUpdateConcurrencyException or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Detail = "The resource was changed by someone else; reload it and try again.",
                Extensions = { ["code"] = "concurrency.conflict" },
            },
            _ when DatabaseOutage.Is(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "The database cannot be reached at the moment; try again shortly.",
                Extensions = { ["code"] = "database.unavailable" },
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError },
        };

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
        return new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Extensions = { ["code"] = exception.Code } };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Method} {Path}: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
