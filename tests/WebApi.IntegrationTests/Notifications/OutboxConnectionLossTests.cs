using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.WebApi.IntegrationTests.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// PostgreSQL drops the dispatcher's connection in the middle of a delivery (its backend is terminated, as a server
/// restart does): the log names that cause, not the rollback that could no longer run, and the message is delivered
/// once the connection is back.
/// </summary>
public sealed class OutboxConnectionLossTests : NotificationTestFixture
{
    [Test]
    public async Task AConnectionLostDuringADelivery_IsLoggedAsTheCause_AndTheMessageIsDeliveredOnTheRetry()
    {
        var lines = new LogLines();
        var killer = new BackendKiller();
        // No mail server here: the delivery's only failure is the one the test causes.
        await using var host = Host.WithWebHostBuilder(b => b.UseSetting("Smtp:Enabled", "false").ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(lines);
            services.AddSingleton(killer);
            services.AddScoped<IOutboxHandler<DossierSubmitted>, KillingHandler>();
        }));
        var workflow = await ArrangeAsync();
        var now = DateTimeOffset.UtcNow;
        var message = OutboxMessage.For(new DossierSubmitted(Guid.CreateVersion7(), "T000000042", workflow.CitizenId, workflow.Department, Channel.Online, now), now);
        await WithDbAsync(db =>
        {
            db.OutboxMessages.Add(message);
            return db.SaveChangesAsync(CancellationToken.None);
        });

        await host.Services.GetRequiredService<OutboxProcessor>().ProcessAsync(CancellationToken.None);

        killer.Kills.ShouldBe(1);
        var cause = lines.Parsed.Where(l => l.TryGetProperty("@l", out var level) && level.GetString() is "Warning" or "Error"
            && l.TryGetProperty("SourceContext", out var source) && source.GetString() == typeof(OutboxProcessor).FullName).ToList();
        cause.ShouldNotBeEmpty(lines.Text);
        cause[0].GetProperty("@x").GetString()!.ShouldContain("57P01", customMessage: lines.Text);
        lines.Text.ShouldNotContain("already completed");
        (await WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id))).SentAt.ShouldNotBeNull();
    }

    /// <summary>Counts the backends it terminated; terminates only the first time.</summary>
    private sealed class BackendKiller
    {
        private int _kills;

        public int Kills => _kills;

        public bool First() => Interlocked.Increment(ref _kills) == 1;
    }

    /// <summary>An outbox handler whose statement makes PostgreSQL terminate the delivery's own connection, once.</summary>
    private sealed class KillingHandler(AppDbContext db, BackendKiller killer) : IOutboxHandler<DossierSubmitted>
    {
        public async Task HandleAsync(DossierSubmitted e, Guid outboxMessageId, CancellationToken cancellationToken)
        {
            if (killer.Kills == 0 && killer.First())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pg_backend_pid())", cancellationToken);
            }
        }
    }
}
