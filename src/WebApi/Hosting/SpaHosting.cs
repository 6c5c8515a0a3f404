using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace HanoiDvc.WebApi.Hosting;

/// <summary>Serves the built Angular app from <c>wwwroot</c>: hashed assets cached for a year, <c>index.html</c> never cached, client routes fall back to it.</summary>
internal static class SpaHosting
{
    /// <summary>
    /// The SPA's files (scripts, styles, the page, icons) go out compressed: a phone on a slow network downloads about a
    /// quarter of the bytes. API answers are left alone, so no secret is ever compressed beside reflected input.
    /// </summary>
    public static IServiceCollection AddSpaCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/javascript", "application/javascript", "text/css", "text/html", "image/svg+xml"];
        });

    public static void UseSpaStaticFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var isIndex = context.File.Name.Equals("index.html", StringComparison.OrdinalIgnoreCase);
                context.Context.Response.Headers[HeaderNames.CacheControl] = isIndex ? "no-cache" : "public,max-age=31536000,immutable";
            },
        });
    }

    public static void MapSpaFallback(this WebApplication app)
    {
        app.MapFallbackToFile("index.html", new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        }).AllowAnonymous();

        // A file that is not there (a browser's /favicon.ico, a bundle of an older build) is a 404 for anyone; without
        // this endpoint the signed-in fallback policy would answer 401 and ask for a sign-in.
        app.MapFallback("{*path:file}", (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, detail: $"No file at {context.Request.Path}."))
            .AllowAnonymous().ExcludeFromDescription();
    }
}
