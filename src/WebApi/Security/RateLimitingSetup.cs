using System.Globalization;
using System.Threading.RateLimiting;
using HanoiDvc.Application.Common.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// ASP.NET Core's rate limiter: the <see cref="LoginPolicy"/> gives each client IP a fixed window of attempts on the
/// anonymous endpoints that check passwords or create accounts. Rejections are 429 problem details with Retry-After.
/// </summary>
internal static class RateLimitingSetup
{
    public const string LoginPolicy = "login";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoginRateLimitOptions>()
            .Bind(configuration.GetSection(LoginRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimiting:Login needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteProblemAsync;
            options.AddPolicy(LoginPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<LoginRateLimitOptions>>().Value;
                // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured (see README).
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
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
