using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// Two application hosts on one database of their own, sharing a clock the tests set: what two API processes with
/// background work look like. Each test starts from the shipped reference data, with the real time.
/// </summary>
[SetUpFixture]
public sealed class NotificationHosts
{
    private static HanoiDvcFactory? _first;
    private static HanoiDvcFactory? _second;

    internal static TestDatabase Database { get; } = new("hanoidvc_webapi_notification_tests");

    internal static SettableTimeProvider Clock { get; } = new();

    internal static HanoiDvcFactory First => _first ?? throw new InvalidOperationException("The notification hosts are not started.");

    internal static HanoiDvcFactory Second => _second ?? throw new InvalidOperationException("The notification hosts are not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await Database.RecreateAsync();
        _first = new HanoiDvcFactory(Database.ConnectionString, clock: Clock);
        _second = new HanoiDvcFactory(Database.ConnectionString, clock: Clock);
        await Database.InitializeAsync(_first.Services);
        _ = _second.Services; // started now, not in the middle of a test
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }
}

/// <summary>Base of the notification tests: a fresh database and the real time for every test, and the arrangements they share.</summary>
public abstract class NotificationTestFixture
{
    protected static HanoiDvcFactory Host => NotificationHosts.First;

    protected static SettableTimeProvider Clock => NotificationHosts.Clock;

    [SetUp]
    public async Task ResetAsync()
    {
        Clock.Reset();
        await NotificationHosts.Database.ResetAsync(Host.Services);
    }

    [TearDown]
    public void ResetClock() => Clock.Reset();

    /// <summary>Delivers every due outbox message from one host.</summary>
    protected static async Task DeliverAsync(WebApplicationFactory<Program>? host = null)
    {
        var processor = (host ?? Host).Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Runs <paramref name="work"/> with a fresh database context of <paramref name="host"/>.</summary>
    protected static async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work, WebApplicationFactory<Program>? host = null)
    {
        await using var scope = (host ?? Host).Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> with a service of <paramref name="host"/> in a scope of its own.</summary>
    protected static async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work, WebApplicationFactory<Program>? host = null)
        where TService : notnull
    {
        await using var scope = (host ?? Host).Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected static Task<int> CountOutboxAsync(string type, Guid dossierId) =>
        WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type == type && EF.Functions.JsonContains(m.Payload, $"{{\"dossierId\":\"{dossierId}\"}}")));

    protected static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A citizen, the Department's desk, leader and specialist, signed in, and the Department's plain procedure.</summary>
    protected static async Task<Workflow> ArrangeAsync()
    {
        using var anonymous = Host.CreateClient();
        var department = await TestAccounts.AgencyIdAsync(Host.Services, TestAccounts.DepartmentCode);
        var (procedure, form) = await FormFillers.DepartmentProcedureAsync(anonymous);
        var citizenId = await TestAccounts.CreateUserAsync(Host.Services, DossierScenario.CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, DossierScenario.CitizenId, "cong.dan@example.vn");
        var citizen = Host.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, DossierScenario.CitizenId));
        var (desk, _) = await Host.CreateSignedInClientAsync("sgd-desk", department, Roles.Receptionist);
        var (leader, leaderId) = await Host.CreateSignedInClientAsync("sgd-leader", department, Roles.Leader);
        var (specialist, specialistId) = await Host.CreateSignedInClientAsync("sgd-specialist", department, Roles.Specialist);
        return new Workflow(citizen, citizenId, desk, leader, leaderId, specialist, specialistId, department, procedure, form);
    }

    /// <summary>The people and the procedure of a dossier's workflow.</summary>
    protected sealed record Workflow(
        HttpClient Citizen, Guid CitizenId, HttpClient Desk, HttpClient Leader, Guid LeaderId, HttpClient Specialist, Guid SpecialistId,
        Guid Department, Guid Procedure, Dictionary<string, string?> Form)
    {
        public async Task<Guid> SubmitAsync()
        {
            var id = (await FormFillers.StartDraftAsync(Citizen, Procedure, Department, Form)).GetProperty("id").GetGuid();
            await PostAsync(Citizen, $"/api/v1/dossiers/{id}/submit", new { formData = Form });
            return id;
        }

        public async Task<(Guid Id, string Code)> ReceiveAsync()
        {
            var id = await SubmitAsync();
            var received = await PostAsync(Desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
            return (id, received.GetProperty("code").GetString()!);
        }

        public Task AssignAsync(Guid id) => PostAsync(Leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = SpecialistId });
    }
}
