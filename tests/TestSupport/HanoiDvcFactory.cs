using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.TestSupport;

/// <summary>The real application host (real pipeline, real PostgreSQL) configured for tests: no Hangfire worker, a test signing key, the given local-government set-up.</summary>
public sealed class HanoiDvcFactory(string connectionString, string setup = "two-tier") : WebApplicationFactory<Program>
{
    public const string TestSigningKey = "integration-tests-signing-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Jwt:SigningKey", TestSigningKey);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Organisation:Setup", setup);
        builder.UseSetting("FileStore:Root", Path.Combine(Path.GetTempPath(), "hanoidvc-test-files"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
