using System.Globalization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's <c>Accept</c> header says. The
/// framework's own writer refuses a caller that does not accept JSON (<c>text/html</c>, <c>application/xml</c>,
/// <c>*/*;q=0</c>, garbage), and then the exception handler, the status code pages, the body-size check and the rate
/// limiter had nothing to write with: a handled 404 or 429 became a 500. Registered before the framework's writer, so
/// every problem of the API goes through it.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public const string MediaType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var response = context.HttpContext.Response;
        problem.Status ??= response.StatusCode;
        problem.Type ??= TypeOf(problem.Status.Value);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);

        var serializer = jsonOptions.Value.SerializerOptions;
        return new ValueTask(response.WriteAsJsonAsync(problem, serializer.GetTypeInfo(problem.GetType()), MediaType, context.HttpContext.RequestAborted));
    }

    /// <summary>The section of RFC 9110 (RFC 6585 for 429) that defines <paramref name="status"/>, as the problem's type.</summary>
    public static string? TypeOf(int status) => status switch
    {
        >= 400 and <= 418 => Rfc9110("15.5", status - 399),
        421 or 422 => Rfc9110("15.5", status - 401),
        426 => Rfc9110("15.5", 22),
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        >= 500 and <= 505 => Rfc9110("15.6", status - 499),
        _ => null,
    };

    private static string Rfc9110(string chapter, int section) =>
        string.Create(CultureInfo.InvariantCulture, $"https://tools.ietf.org/html/rfc9110#section-{chapter}.{section}");
}
