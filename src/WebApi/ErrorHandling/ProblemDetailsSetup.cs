using Microsoft.AspNetCore.Http.HttpResults;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>Registers the problem-details writer and the API's 404 for unknown routes.</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Title = ProblemTexts.Title(problem.Status ?? StatusCodes.Status500InternalServerError) ?? problem.Title;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>An unknown route under <c>/api</c> is a 404 problem, never the SPA's index page.</summary>
    public static void MapApiNotFound(this IEndpointRouteBuilder app) =>
        app.Map("/api/{**path}", ApiNotFound).AllowAnonymous().ExcludeFromDescription();

    private static ProblemHttpResult ApiNotFound(HttpContext context) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No API endpoint matches {context.Request.Method} {context.Request.Path}.");
}
