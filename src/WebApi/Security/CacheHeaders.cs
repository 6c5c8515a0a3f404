using Microsoft.Net.Http.Headers;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Whether a browser or a proxy may keep an answer, decided in one place when the answer starts (with the security
/// headers). An answer to a signed-in caller (a bearer token, HTTP Basic, the refresh cookie) and every answer of the
/// sign-in and token endpoints may carry personal data or tokens: <c>Cache-Control: no-store</c> and
/// <c>Pragma: no-cache</c>, whatever the endpoint wrote. Only an endpoint that declares <see cref="CachePublicly"/>
/// (public data, the same for everyone) answers <c>public, max-age=…</c>, on its successful answers only.
/// </summary>
internal static class CacheHeaders
{
    /// <summary>The answers of this endpoint are public data that browsers and proxies may keep for <paramref name="maxAge"/>.</summary>
    public static RouteHandlerBuilder CachePublicly(this RouteHandlerBuilder route, TimeSpan maxAge) => route.WithMetadata(new PublicCaching(maxAge));

    /// <summary>Sets the caching headers of <paramref name="context"/>'s answer.</summary>
    public static void Write(HttpContext context)
    {
        var response = context.Response;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PublicCaching>() is { } caching
            && response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            response.Headers.CacheControl = $"public, max-age={(int)caching.MaxAge.TotalSeconds}";
            response.Headers.Remove(HeaderNames.Pragma);
            // Titles and names follow Accept-Language: a shared cache keeps one copy per language.
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            return;
        }

        if (IsPersonal(context.Request))
        {
            response.Headers.CacheControl = "no-store";
            response.Headers.Pragma = "no-cache";
        }
    }

    private static bool IsPersonal(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization)
        || request.Cookies.ContainsKey(RefreshCookie.Name)
        || request.Path.StartsWithSegments(RefreshCookie.Path)
        // RFC 6749 §5.1: token answers are never kept, whichever way the client authenticates.
        || request.Path.StartsWithSegments("/api/v1/oauth");

    /// <summary>Endpoint metadata: the answer is public and may be kept for <see cref="MaxAge"/>.</summary>
    private sealed record PublicCaching(TimeSpan MaxAge);
}
