using System.Globalization;
using System.Threading.RateLimiting;
using HanoiDvc.Application.Common.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// ASP.NET Core's rate limiter: the <see cref="LoginPolicy"/> gives each client IP a fixed window of attempts on the
/// anonymous endpoints that check passwords or create accounts, the <see cref="PublicCheckPolicy"/> one on the anonymous
/// result verification. Rejections are 429 problem details with Retry-After.
/// </summary>
internal static class RateLimitingSetup
{
    public const string LoginPolicy = "login";

    public const string PublicCheckPolicy = "public-check";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoginRateLimitOptions>()
            .Bind(configuration.GetSection(LoginRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimiting:Login needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();
        services.AddOptions<PublicCheckRateLimitOptions>()
            .Bind(configuration.GetSection(PublicCheckRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimiting:PublicCheck needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteProblemAsync;
            options.AddPolicy(LoginPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<LoginRateLimitOptions>>().Value;
                return PerClient(context, limits.PermitLimit, limits.WindowSeconds);
            });
            options.AddPolicy(PublicCheckPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<PublicCheckRateLimitOptions>>().Value;
                return PerClient(context, limits.PermitLimit, limits.WindowSeconds);
            });
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitLimit, int windowSeconds)
    {
        // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured (see README).
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromSeconds(windowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask WriteProblemAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = Localized.Text(
                    "Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.",
                    "Too many attempts from your address. Wait a moment and try again."),
                Extensions = { ["code"] = "rate_limit.exceeded" },
            },
        });
    }
}
