using System.Globalization;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>Registers the problem-details writer (always JSON), the exception handler and the API's 404 for unknown routes.</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        // Before the framework's writer, which refuses callers that do not accept JSON (see ProblemJsonWriter).
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Title = ProblemTexts.Title(problem.Status ?? StatusCodes.Status500InternalServerError, CultureInfo.CurrentUICulture) ?? problem.Title;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            // Every problem carries a stable machine-readable code; the specific ones are set where they arise.
            problem.Extensions.TryAdd("code", DefaultCode(problem.Status ?? StatusCodes.Status500InternalServerError));
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>The code of a problem that has no more specific one.</summary>
    public static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "request.invalid",
        StatusCodes.Status401Unauthorized => "auth.required",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "resource.not_found",
        StatusCodes.Status409Conflict => "resource.conflict",
        StatusCodes.Status412PreconditionFailed => "precondition.failed",
        StatusCodes.Status413PayloadTooLarge => "request.too_large",
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported_media_type",
        StatusCodes.Status422UnprocessableEntity => "request.unprocessable",
        StatusCodes.Status429TooManyRequests => "rate_limit.exceeded",
        _ => status >= 500 ? "server.error" : "request.failed",
    };

    /// <summary>
    /// An unknown route under <c>/api</c> is a 404 problem, never the SPA's index page; a known one with a missing body
    /// or another content type a 400 or a 415 (<see cref="UnmatchedApiRequests"/>).
    /// </summary>
    public static void MapApiNotFound(this IEndpointRouteBuilder app) =>
        app.Map("/api/{**path}", UnmatchedApiRequests.Answer).AllowAnonymous().ExcludeFromDescription();
}
