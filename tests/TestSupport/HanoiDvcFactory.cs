using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.TestSupport;

/// <summary>
/// The real application host (Kestrel pipeline, real PostgreSQL) configured for tests: no Hangfire worker, a test
/// signing key, test VNPay keys with the sandbox gateway, the given local-government set-up, and rate limits (sign-in, public checks,
/// dossier lookup, submission) high enough for a whole test run from one address (tests of a limit itself
/// derive a host with a small one through <c>WithWebHostBuilder(b => b.UseSetting(...))</c>), no outbox dispatcher
/// (tests deliver with <c>OutboxProcessor</c> themselves), email to the test SMTP server when <see cref="SmtpPortVariable"/>
/// is set (none otherwise), and optionally a clock the test controls.
/// </summary>
public sealed class HanoiDvcFactory(string connectionString, string setup = "two-tier", TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    /// <summary>Port of the local SMTP server (aiosmtpd) that <c>test.sh</c> starts.</summary>
    public const string SmtpPortVariable = "HANOIDVC_TEST_SMTP_PORT";

    /// <summary>Its mailbox (Maildir) directory.</summary>
    public const string MailboxVariable = "HANOIDVC_TEST_MAILBOX";

    public const string TestSigningKey = "integration-tests-signing-key-0123456789abcdef";

    /// <summary>The VNPay terminal of the tests (the sandbox gateway uses it too).</summary>
    public const string TestVnPayTmnCode = "HNDVCTST";

    /// <summary>The VNPay hash secret of the tests: tests sign gateway messages with it.</summary>
    public const string TestVnPayHashSecret = "integration-tests-vnpay-hash-secret-0123456789";

    /// <summary>Base address of clients that keep the Secure refresh cookie (cookies marked Secure only travel over https).</summary>
    public static readonly Uri HttpsBaseAddress = new("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Jwt:SigningKey", TestSigningKey);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Organisation:Setup", setup);
        builder.UseSetting("FileStore:Root", Path.Combine(Path.GetTempPath(), "hanoidvc-test-files"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:Login:PermitLimit", "100000");
        builder.UseSetting("RateLimiting:Login:FailureLimit", "100000");
        builder.UseSetting("Payments:VnPay:TmnCode", TestVnPayTmnCode);
        builder.UseSetting("Payments:VnPay:HashSecret", TestVnPayHashSecret);
        builder.UseSetting("Payments:Sandbox:Enabled", "true");
        builder.UseSetting("RateLimiting:PublicCheck:PermitLimit", "100000");
        builder.UseSetting("RateLimiting:Lookup:PermitLimit", "100000");
        builder.UseSetting("RateLimiting:Lookup:FailureLimit", "100000");
        builder.UseSetting("RateLimiting:Submission:PermitLimit", "100000");
        builder.UseSetting("Outbox:DispatcherEnabled", "false");
        var smtpPort = Environment.GetEnvironmentVariable(SmtpPortVariable);
        builder.UseSetting("Smtp:Enabled", string.IsNullOrEmpty(smtpPort) ? "false" : "true");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", string.IsNullOrEmpty(smtpPort) ? "25" : smtpPort);
        builder.UseSetting("Smtp:Security", "None");
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
