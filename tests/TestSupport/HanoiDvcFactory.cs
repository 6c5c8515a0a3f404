using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.TestSupport;

/// <summary>The real application host (Kestrel pipeline, real PostgreSQL) configured for tests: no Hangfire worker, a test signing key.</summary>
public sealed class HanoiDvcFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string TestSigningKey = "integration-tests-signing-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Jwt:SigningKey", TestSigningKey);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
