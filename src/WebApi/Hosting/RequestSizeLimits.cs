using System.Globalization;
using HanoiDvc.Application.Common.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Hosting;

/// <summary>
/// How large a request body may be: <c>RequestLimits:MaxBodyBytes</c> for every request (JSON bodies, forms), set as
/// Kestrel's own limit too; the upload endpoints declare their larger one (<see cref="Endpoints.FileUploadRoutes"/>).
/// A body declared larger than its endpoint's limit is refused with a 413 problem before it is read; a chunked one is
/// cut off by the server at the limit.
/// </summary>
internal static class RequestSizeLimits
{
    public static IServiceCollection AddRequestSizeLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitOptions>()
            .Bind(configuration.GetSection(RequestLimitOptions.Section))
            .Validate(o => o.MaxBodyBytes > 0, $"{RequestLimitOptions.Section}:MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>(
            (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);
        return services;
    }

    /// <summary>After routing, so that the endpoint's own limit is known.</summary>
    public static void UseRequestSizeLimits(this WebApplication app)
    {
        var defaultLimit = app.Services.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxBodyBytes;
        app.Use(async (context, next) =>
        {
            var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = declared is null ? defaultLimit : declared.MaxRequestBodySize;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            if (limit is not null && context.Request.ContentLength > limit)
            {
                await WriteTooLargeAsync(context, limit.Value);
                return;
            }

            await next(context);
        });
    }

    private static async Task WriteTooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var bytes = limit.ToString("N0", CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Detail = Localized.Text($"Nội dung yêu cầu quá lớn (tối đa {bytes} byte).", $"The request body is too large (at most {bytes} bytes)."),
            },
        });
    }
}
