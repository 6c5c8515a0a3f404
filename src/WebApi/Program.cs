using Hangfire;
using Hangfire.Dashboard;
using HanoiDvc.Application;
using HanoiDvc.Infrastructure;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.WebApi;
using HanoiDvc.WebApi.Endpoints;
using HanoiDvc.WebApi.ErrorHandling;
using HanoiDvc.WebApi.Infrastructure;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(new RenderedCompactJsonFormatter()));

builder.Services
    .AddApplication(builder.Configuration)
    .AddInfrastructure(builder.Configuration)
    .AddWebApi(builder.Configuration);

var app = builder.Build();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await app.Services.MigrateAndSeedAsync(Console.Out, CancellationToken.None);
    return;
}

if (args.Contains("overdue-check", StringComparer.OrdinalIgnoreCase))
{
    // One run of the morning overdue check now, outside Hangfire (operations, benchmarks); prints what it did.
    await app.Services.RunOverdueCheckAsync(args, Console.Out, CancellationToken.None);
    return;
}

// The client's address and scheme from a trusted proxy before anything reads them (rate limits, audit, dashboard).
app.UseForwardedHeaders();
// Culture and correlation id next, so error responses are written in the caller's language and carry the id.
app.UseRequestLocalization();
app.UseMiddleware<CorrelationIdMiddleware>();
// The request log line names the integrator (client id) of client-credentials calls.
app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
{
    if (http.User.FindFirst(HanoiDvc.WebApi.Security.AppClaimTypes.ClientId)?.Value is { } clientId)
    {
        diagnostics.Set("ClientId", clientId);
    }
});
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSpaStaticFiles();
// The API's manual is public: it is served before authentication runs.
app.UseSwagger();
app.UseSwaggerUI(options => options.DocumentTitle = "HanoiDvc API");
// Routing after the files: a file on disk is served before any endpoint (the 404 fallback for missing files) matches.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();

// Requests from this machine only: a browser navigating to the dashboard carries no bearer token to check roles with.
app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new LocalRequestsOnlyAuthorizationFilter()] });

app.MapHealthEndpoints();
app.MapOverviewEndpoints();
app.MapAgencyEndpoints();
app.MapProcedureEndpoints();
app.MapProcedureAdminEndpoints();
app.MapCalendarEndpoints();
app.MapDossierEndpoints();
app.MapDossierAttachmentEndpoints();
app.MapResultEndpoints();
app.MapPaymentEndpoints();
app.MapAuthEndpoints();
app.MapMeEndpoints();
app.MapNotificationEndpoints();
app.MapOfficialEndpoints();
app.MapAuditEndpoints();
app.MapStatisticsEndpoints();
app.MapOAuthEndpoints();
app.MapApiClientEndpoints();
app.MapIntegrationEndpoints();
app.MapWebhookEndpoints();
app.MapApiNotFound();
app.MapSpaFallback();

await app.RunAsync();

/// <summary>Entry point; public so that integration tests can host the real application.</summary>
public partial class Program;
