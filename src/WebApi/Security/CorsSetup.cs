using HanoiDvc.WebApi.Hosting;
using Microsoft.Net.Http.Headers;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Cross-origin calls: none by default (the SPA is served from the API's own origin). Only the origins listed in
/// <c>Cors:AllowedOrigins</c> get CORS headers, for bearer-token calls (no cookies); a wildcard is refused at start-up.
/// </summary>
internal static class CorsSetup
{
    public const string Section = "Cors:AllowedOrigins";

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, CorrelationIdMiddleware.HeaderName)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>Answers CORS requests only when some origin is allowed; otherwise no CORS header is ever written.</summary>
    public static void UseApiCors(this WebApplication app)
    {
        if (AllowedOrigins(app.Configuration).Length > 0)
        {
            app.UseCors();
        }
    }

    private static string[] AllowedOrigins(IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>()?.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray() ?? [];
        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.PathAndQuery != "/" || origin.Contains('*', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{Section} takes origins such as https://portal.example.vn (no wildcard, no path): '{origin}'.");
            }
        }

        return origins;
    }
}
