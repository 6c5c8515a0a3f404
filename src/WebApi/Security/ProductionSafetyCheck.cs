using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Payments;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Refuses to start a Production API that still runs on development settings: the development JWT signing key, the VNPay
/// sandbox (built-in gateway, sandbox payment page, development or missing merchant keys), no <c>PublicSite:BaseUrl</c>,
/// or development accounts in the database that still sign in with the development password. It runs before any other
/// hosted service starts (Hangfire, the outbox), logs one critical line per problem and stops the start with all of them.
/// A database it cannot reach is a refusal too: the check must not be skipped by starting while the database is down.
/// </summary>
internal sealed partial class ProductionSafetyCheck(
    IHostEnvironment environment,
    IConfiguration configuration,
    IOptions<JwtOptions> jwt,
    IOptions<PaymentOptions> payments,
    IOptions<Application.Dossiers.Common.ApplicantIdentityOptions> applicants,
    IServiceScopeFactory scopes,
    ILogger<ProductionSafetyCheck> logger) : IHostedLifecycleService
{
    /// <summary>The signing key of <c>appsettings.Development.json</c>.</summary>
    internal const string DevelopmentSigningKey = "development-only-signing-key-change-me-0123456789";

    /// <summary>The VNPay terminal of <c>appsettings.Development.json</c>.</summary>
    internal const string DevelopmentTmnCode = "HNDVCDEV";

    /// <summary>The VNPay hash secret of <c>appsettings.Development.json</c>.</summary>
    internal const string DevelopmentHashSecret = "development-only-vnpay-hash-secret-change-me";

    private const string VnPaySandboxHost = "sandbox.vnpayment.vn";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var problems = ConfigurationProblems().ToList();
        problems.AddRange(await DatabaseProblemsAsync(cancellationToken));
        if (problems.Count == 0)
        {
            return;
        }

        foreach (var problem in problems)
        {
            LogRefusal(logger, problem);
        }

        throw new InvalidOperationException($"The API refuses to start in Production: {string.Join(" ", problems)}");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<string> ConfigurationProblems()
    {
        if (jwt.Value.SigningKey == DevelopmentSigningKey)
        {
            yield return "Jwt:SigningKey is the development key; set a secret of at least 32 bytes (Jwt__SigningKey).";
        }

        if (applicants.Value.IdentityKey == Application.Dossiers.Common.ApplicantIdentityOptions.DevelopmentKey)
        {
            yield return "Applicants:IdentityKey is the development key; set a secret of at least 32 bytes (Applicants__IdentityKey).";
        }

        var settings = payments.Value;
        if (settings.Sandbox.Enabled)
        {
            yield return "Payments:Sandbox:Enabled must be false in Production: the sandbox gateway confirms payments without money.";
        }

        if (string.Equals(settings.VnPay.PaymentUrl.Host, VnPaySandboxHost, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Payments:VnPay:PaymentUrl is VNPay's sandbox ({settings.VnPay.PaymentUrl}); set the production payment page.";
        }

        if (string.IsNullOrEmpty(settings.VnPay.TmnCode) || string.IsNullOrEmpty(settings.VnPay.HashSecret))
        {
            yield return "Payments:VnPay:TmnCode and Payments:VnPay:HashSecret must be set (an empty key signs anything).";
        }
        else if (settings.VnPay.TmnCode == DevelopmentTmnCode || settings.VnPay.HashSecret == DevelopmentHashSecret)
        {
            yield return "Payments:VnPay:TmnCode or Payments:VnPay:HashSecret is the development value; set the merchant's own.";
        }

        if (!Uri.TryCreate(configuration["PublicSite:BaseUrl"], UriKind.Absolute, out var site) || site.Scheme is not ("https" or "http"))
        {
            yield return "PublicSite:BaseUrl must be set to the portal's public address (links in e-mails and documents, the payment return).";
        }
    }

    private async Task<IEnumerable<string>> DatabaseProblemsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var accounts = await scope.ServiceProvider.GetRequiredService<DevelopmentAccountSeeder>().FindWithDevelopmentPasswordAsync(cancellationToken);
            return accounts.Count == 0
                ? []
                : [$"Development accounts still sign in with the development password: {string.Join(", ", accounts)}; change their passwords or remove them."];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return [$"The database could not be checked for development accounts ({exception.GetType().Name}: {exception.Message})."];
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start in Production: {Problem}")]
    private static partial void LogRefusal(ILogger logger, string problem);
}
