using Microsoft.Net.Http.Headers;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Headers on every answer — the SPA's files, API answers, problems, Swagger, the Hangfire dashboard: a
/// Content-Security-Policy chosen by path, nosniff, no framing, a strict referrer policy, no powerful browser features,
/// Strict-Transport-Security over HTTPS outside Development, and the caching rule of <see cref="CacheHeaders"/>. They
/// are written when the answer starts, so answers of the exception handler and the status-code pages carry them too. An endpoint that sets its own policy keeps it
/// (see <see cref="UserFilePolicy"/>). Decision 0019.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The SPA (and any page outside <c>/api</c>): its own scripts only, no inline script and no eval; inline styles
    /// (Angular adds its components' styles as style elements); images also as data: and blob: (previews); calls to this
    /// origin only; never framed. The payment gateway is reached by a top-level navigation, which CSP does not govern.
    /// </summary>
    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Swagger UI and the Hangfire dashboard: their own scripts and styles, the inline styles and data: images (icons) their
    /// libraries use, calls to this origin (the OpenAPI document, the token endpoint, the dashboard's statistics).
    /// </summary>
    public const string ToolPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>API answers are data or documents, never pages: nothing may be loaded on their behalf.</summary>
    public const string ApiPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Files people uploaded: as <see cref="ApiPolicy"/>, and sandboxed should a browser render one (no script, an opaque
    /// origin). Chromium's PDF viewer still shows a sandboxed PDF.
    /// </summary>
    public const string UserFilePolicy = ApiPolicy + "; sandbox";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>One year; sent only over HTTPS (behind a proxy that ends TLS, see <c>ForwardedHeaders</c>).</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Write(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Write(HttpContext context, bool hsts)
    {
        var headers = context.Response.Headers;
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (hsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        CacheHeaders.Write(context);
    }

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/api") ? ApiPolicy
        : path.StartsWithSegments("/swagger") || path.StartsWithSegments("/hangfire") ? ToolPolicy
        : AppPolicy;
}
