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
/// result verification; a global limiter gives each integrator (client id) a fixed window on all its calls.
/// Rejections are 429 problem details with Retry-After.
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

        services.AddOptions<IntegratorRateLimitOptions>()
            .Bind(configuration.GetSection(IntegratorRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimiting:Integrator needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteProblemAsync;
            // Every call of an integrator counts against its own budget, partitioned by client id; people are not limited here.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var clientId = context.User.FindFirst(AppClaimTypes.ClientId)?.Value;
                if (clientId is null || context.User.Identity?.IsAuthenticated != true)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<IntegratorRateLimitOptions>>().Value;
                return Window($"client:{clientId}", limits.PermitLimit, limits.WindowSeconds);
            });
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
        return Window(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", permitLimit, windowSeconds);
    }

    private static RateLimitPartition<string> Window(string partition, int permitLimit, int windowSeconds) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromSeconds(windowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

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
