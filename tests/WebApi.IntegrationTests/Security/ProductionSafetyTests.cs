using System.Net;
using System.Text.Json;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>A Production host refuses to start on development settings or with development accounts it could sign in; a proper one starts.</summary>
public sealed class ProductionSafetyTests : ApiTestFixture
{
    [Test]
    public async Task AProductionHost_WithProductionSettings_Starts_AndSendsStrictTransportSecurity()
    {
        await using var production = Production();
        using var client = production.CreateHttpsClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        live.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
    }

    [TestCase("Jwt:SigningKey", "development-only-signing-key-change-me-0123456789", "Jwt:SigningKey is the development key")]
    [TestCase("Payments:Sandbox:Enabled", "true", "Payments:Sandbox:Enabled must be false in Production")]
    [TestCase("Payments:VnPay:PaymentUrl", "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", "Payments:VnPay:PaymentUrl is VNPay's sandbox")]
    [TestCase("Payments:VnPay:TmnCode", "HNDVCDEV", "is the development value")]
    [TestCase("Payments:VnPay:HashSecret", "development-only-vnpay-hash-secret-change-me", "is the development value")]
    [TestCase("Payments:VnPay:HashSecret", "", "Payments:VnPay:TmnCode and Payments:VnPay:HashSecret must be set")]
    [TestCase("PublicSite:BaseUrl", "", "PublicSite:BaseUrl must be set")]
    [TestCase("Applicants:IdentityKey", "development-only-applicant-identity-key-change-me", "Applicants:IdentityKey is the development key")]
    public void AProductionHost_WithADevelopmentSetting_RefusesToStart_SayingWhy(string key, string value, string reason)
    {
        using var production = Production(b => b.UseSetting(key, value));

        var failure = Should.Throw<Exception>(() => production.CreateClient());

        failure.ToString().ShouldContain("The API refuses to start in Production");
        failure.ToString().ShouldContain(reason);
    }

    [Test]
    public void EverySecretOfTheDevelopmentSettingsFile_IsRefusedInProduction()
    {
        var contentRoot = ApiHost.Factory.Services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(contentRoot, "appsettings.Development.json")));
        var secrets = new Dictionary<string, string>
        {
            ["Jwt:SigningKey"] = settings.RootElement.GetProperty("Jwt").GetProperty("SigningKey").GetString()!,
            ["Payments:VnPay:TmnCode"] = settings.RootElement.GetProperty("Payments").GetProperty("VnPay").GetProperty("TmnCode").GetString()!,
            ["Payments:VnPay:HashSecret"] = settings.RootElement.GetProperty("Payments").GetProperty("VnPay").GetProperty("HashSecret").GetString()!,
        };

        foreach (var (key, value) in secrets)
        {
            using var production = Production(b => b.UseSetting(key, value));
            Should.Throw<Exception>(() => production.CreateClient(), key).ToString().ShouldContain("The API refuses to start in Production");
        }
    }

    [Test]
    public async Task AProductionHost_RefusesToStart_WhileADevelopmentAccountSignsInWithTheDevelopmentPassword()
    {
        await CreateAccountAsync("sgd.receptionist", DevelopmentAccountSeeder.Password);
        await CreateAccountAsync("citizen.demo", "Another-Password-2026");

        using (var production = Production())
        {
            var failure = Should.Throw<Exception>(() => production.CreateClient());
            failure.ToString().ShouldContain("Development accounts still sign in with the development password: sgd.receptionist;");
            failure.ToString().ShouldNotContain("citizen.demo");
        }

        await ChangePasswordAsync("sgd.receptionist", "Another-Password-2026");
        await using var fixedUp = Production();
        (await fixedUp.CreateHttpsClient().GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public void AProductionHost_ThatCannotReachItsDatabase_RefusesToStart()
    {
        var missing = new TestDatabase("hanoidvc_database_that_does_not_exist");
        using var production = Production(b => b.UseSetting("ConnectionStrings:Default", missing.ConnectionString));

        Should.Throw<Exception>(() => production.CreateClient()).ToString().ShouldContain("The database could not be checked for development accounts");
    }

    /// <summary>The test host as Production with settings a real deployment would have (none from development).</summary>
    private static WebApplicationFactory<Program> Production(Action<IWebHostBuilder>? configure = null) =>
        ApiHost.Factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production")
                .UseSetting("Payments:Sandbox:Enabled", "false")
                .UseSetting("Payments:VnPay:PaymentUrl", "https://pay.vnpay.vn/vpcpay.html")
                .UseSetting("PublicSite:BaseUrl", "https://dichvucong.example.vn")
                .UseSetting("Applicants:IdentityKey", "production-test-applicant-identity-key-0123456789");
            configure?.Invoke(b);
        });

    private static async Task CreateAccountAsync(string userName, string password)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(new ApplicationUser { UserName = userName, Email = $"{userName}@dev.hanoidvc.local", FullName = userName, CreatedAt = DateTimeOffset.UtcNow }, password);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static async Task ChangePasswordAsync(string userName, string password)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        (await users.RemovePasswordAsync(user)).Succeeded.ShouldBeTrue();
        (await users.AddPasswordAsync(user, password)).Succeeded.ShouldBeTrue();
    }
}
