using Hangfire;
using Hangfire.Dashboard;
using HanoiDvc.Application;
using HanoiDvc.Infrastructure;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.WebApi;
using HanoiDvc.WebApi.Endpoints;
using HanoiDvc.WebApi.ErrorHandling;
using HanoiDvc.WebApi.Hosting;
using HanoiDvc.WebApi.Input;
using HanoiDvc.WebApi.Observability;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// JSON lines with trace ids and personal data masked (Observability/LoggingSetup.cs).
builder.Host.UseJsonLogging();

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

// The client's address from a trusted proxy before anything reads it; security headers on every answer, errors included.
app.UseTrustedForwardedHeaders();
app.UseSecurityHeaders();
// Culture and correlation id first, so error responses are written in the caller's language and carry the id.
app.UseRequestLocalization();
app.UseMiddleware<CorrelationIdMiddleware>();
// The request log line names the integrator (client id) of client-credentials calls.
app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
{
    if (http.User.FindFirst(AppClaimTypes.ClientId)?.Value is { } clientId)
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
app.UseRequestSizeLimits();
app.UseApiCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();

// Requests from this machine only: a browser navigating to the dashboard carries no bearer token to check roles with.
app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new LocalRequestsOnlyAuthorizationFilter()] });

app.MapHealthEndpoints();
app.MapMetricsEndpoint();
// Every API endpoint refuses control characters and a missing JSON body before its handler runs (Input/RequestInputGuard.cs).
var api = app.MapGroup(string.Empty).WithRequestInputGuard();
api.MapOverviewEndpoints();
api.MapAgencyEndpoints();
api.MapProcedureEndpoints();
api.MapProcedureAdminEndpoints();
api.MapCalendarEndpoints();
api.MapDossierEndpoints();
api.MapComplaintEndpoints();
api.MapDossierAttachmentEndpoints();
api.MapDigitisationEndpoints();
api.MapResultEndpoints();
api.MapResultDataEndpoints();
api.MapPaymentEndpoints();
api.MapAuthEndpoints();
api.MapMeEndpoints();
api.MapPersonalDocumentEndpoints();
api.MapNotificationEndpoints();
api.MapOfficialEndpoints();
api.MapAuditEndpoints();
api.MapStatisticsEndpoints();
api.MapOAuthEndpoints();
api.MapApiClientEndpoints();
api.MapIntegrationEndpoints();
api.MapWebhookEndpoints();
app.MapApiNotFound();
app.MapSpaFallback();

await app.RunAsync();

/// <summary>Entry point; public so that integration tests can host the real application.</summary>
public partial class Program;
