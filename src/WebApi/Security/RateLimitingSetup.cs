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
/// result verification and figures, the <see cref="LookupPolicy"/> one on the public dossier lookup (which also refuses a
/// citizen ID after repeated failures, <see cref="FailureLocks{TOptions}"/>); the <see cref="SubmissionPolicy"/> gives each
/// signed-in user a window on online submission; a global limiter gives each integrator (client id) a fixed window on
/// all its calls.
/// Rejections are 429 problem details with Retry-After.
/// </summary>
internal static class RateLimitingSetup
{
    public const string LoginPolicy = "login";

    public const string PublicCheckPolicy = "public-check";

    public const string LookupPolicy = "dossier-lookup";

    public const string SubmissionPolicy = "submission";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        AddFailureLimit(AddLimit<LoginRateLimitOptions>(services, configuration, LoginRateLimitOptions.Section), LoginRateLimitOptions.Section);
        AddLimit<PublicCheckRateLimitOptions>(services, configuration, PublicCheckRateLimitOptions.Section);
        AddLimit<IntegratorRateLimitOptions>(services, configuration, IntegratorRateLimitOptions.Section);
        AddLimit<SubmissionRateLimitOptions>(services, configuration, SubmissionRateLimitOptions.Section);
        AddFailureLimit(AddLimit<LookupRateLimitOptions>(services, configuration, LookupRateLimitOptions.Section), LookupRateLimitOptions.Section);
        services.AddSingleton<FailureLocks<LookupRateLimitOptions>>();
        services.AddSingleton<FailureLocks<LoginRateLimitOptions>>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteProblemAsync;
            // Every call of an integrator counts against its own budget, partitioned by client id; people are not limited here.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var clientId = context.User.FindFirst(AppClaimTypes.ClientId)?.Value;
                return clientId is null || context.User.Identity?.IsAuthenticated != true
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : Window($"client:{clientId}", Limits<IntegratorRateLimitOptions>(context));
            });
            options.AddPolicy(LoginPolicy, context => Window(ClientAddress(context), Limits<LoginRateLimitOptions>(context)));
            options.AddPolicy(PublicCheckPolicy, context => Window(ClientAddress(context), Limits<PublicCheckRateLimitOptions>(context)));
            options.AddPolicy(LookupPolicy, context => Window(ClientAddress(context), Limits<LookupRateLimitOptions>(context)));
            // Per signed-in user; the endpoint needs a user, so an anonymous call is refused before it counts.
            options.AddPolicy(SubmissionPolicy, context =>
                Window($"user:{context.User.FindFirst(AppClaimTypes.Subject)?.Value}", Limits<SubmissionRateLimitOptions>(context)));
        });
        return services;
    }

    /// <summary>
    /// The address the per-client limits count against: the connection's peer, or the client named by a trusted proxy
    /// (see <see cref="ForwardedHeadersSetup"/>).
    /// </summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static OptionsBuilder<TOptions> AddLimit<TOptions>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class, IFixedWindowLimit =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, $"{section} needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();

    private static void AddFailureLimit<TOptions>(OptionsBuilder<TOptions> options, string section)
        where TOptions : class, IFailureLimit =>
        options.Validate(
            o => o.FailureLimit > 0 && o.FailureWindowSeconds > 0 && o.LockoutSeconds > 0,
            $"{section} needs a positive FailureLimit, FailureWindowSeconds and LockoutSeconds.");

    private static TOptions Limits<TOptions>(HttpContext context)
        where TOptions : class, IFixedWindowLimit =>
        context.RequestServices.GetRequiredService<IOptions<TOptions>>().Value;

    private static RateLimitPartition<string> Window(string partition, IFixedWindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
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
                    "Too many attempts. Wait a moment and try again."),
                Extensions = { ["code"] = "rate_limit.exceeded" },
            },
        });
    }
}
