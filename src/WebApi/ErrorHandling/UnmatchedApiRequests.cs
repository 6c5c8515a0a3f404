using HanoiDvc.Application.Common.Localization;
using HanoiDvc.WebApi.Input;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>
/// What answers an <c>/api</c> request no endpoint took. Routing passes over an endpoint whose content type the
/// request does not have, and the catch-all then takes it: a request with no body and no content type is a 400 naming
/// the missing <c>body</c>, one with another content type a 415 listing the accepted ones, anything else a 404.
/// </summary>
internal static class UnmatchedApiRequests
{
    public static IResult Answer(HttpContext context)
    {
        if (AcceptedContentTypes(context) is not { } accepted)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No API endpoint matches {context.Request.Method} {context.Request.Path}.");
        }

        if (context.Request.ContentLength is null or 0 && string.IsNullOrEmpty(context.Request.ContentType) && context.Request.Headers.TransferEncoding.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [RequestInputGuard.BodyField] = [RequestInputGuard.MissingBody()] });
        }

        var list = string.Join(", ", accepted);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            detail: Localized.Text($"Nội dung phải có kiểu {list}.", $"The request body must be {list}."));
    }

    /// <summary>The content types an endpoint of this method and path accepts, when there is one that declares them.</summary>
    private static IReadOnlyList<string>? AcceptedContentTypes(HttpContext context)
    {
        foreach (var endpoint in context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
                && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase) == true
                && new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), []).TryMatch(context.Request.Path, []))
            {
                return accepts.ContentTypes;
            }
        }

        return null;
    }
}
