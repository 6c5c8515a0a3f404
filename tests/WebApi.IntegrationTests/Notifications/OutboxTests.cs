using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>The transactional outbox: events are written with the change that raised them and delivered once.</summary>
public sealed class OutboxTests : NotificationTestFixture
{
    [Test]
    public async Task ADossierCommand_WritesItsEventToTheOutbox_AndClearsItFromTheAggregate()
    {
        var workflow = await ArrangeAsync();

        var (id, code) = await workflow.ReceiveAsync();

        (await CountOutboxAsync(nameof(DossierSubmitted), id)).ShouldBe(1);
        (await CountOutboxAsync(nameof(DossierReceived), id)).ShouldBe(1);
        var payload = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == nameof(DossierReceived)).Select(m => m.Payload).SingleAsync());
        payload.ShouldContain(code);
    }

    [Test]
    public async Task AFailedSave_WritesNeitherTheChangeNorItsOutboxRowNorItsAudit()
    {
        var workflow = await ArrangeAsync();
        var id = await workflow.SubmitAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dossier = await db.Dossiers.Include(d => d.Steps).SingleAsync(d => d.Id == id);
        var actor = new Actor(workflow.CitizenId, "Công dân", [], null);
        dossier.Withdraw(actor, DateTimeOffset.UtcNow, "Không cần nữa");
        dossier.DomainEvents.ShouldNotBeEmpty();
        // Someone else changes the dossier meanwhile: the save loses the race (xmin) and must write nothing.
        await WithDbAsync(other => other.Database.ExecuteSqlAsync($"UPDATE dossiers SET draft_saved_at = draft_saved_at WHERE id = {id}"));
        var auditBefore = await WithDbAsync(other => other.AuditRecords.CountAsync());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(CancellationToken.None));

        (await CountOutboxAsync(nameof(DossierWithdrawn), id)).ShouldBe(0);
        (await WithDbAsync(other => other.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync())).ShouldBe(DossierStatus.Submitted);
        (await WithDbAsync(other => other.AuditRecords.CountAsync())).ShouldBe(auditBefore);
        dossier.DomainEvents.ShouldNotBeEmpty(); // kept for a retried save
    }

    [Test]
    public async Task TwoHostsDispatchingAtOnce_DeliverEachMessageOnce()
    {
        var workflow = await ArrangeAsync();
        var now = DateTimeOffset.UtcNow;
        var messages = Enumerable.Range(1, 30)
            .Select(i => OutboxMessage.For(new DossierSubmitted(Guid.CreateVersion7(), $"T{i:D9}", workflow.CitizenId, workflow.Department, Channel.Online, now), now))
            .ToList();
        await WithDbAsync(db =>
        {
            db.OutboxMessages.AddRange(messages);
            return db.SaveChangesAsync(CancellationToken.None);
        });

        await Task.WhenAll(DeliverAsync(NotificationHosts.First), DeliverAsync(NotificationHosts.Second));

        var ids = messages.Select(m => m.Id).ToList();
        var delivered = await WithDbAsync(db => db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync());
        delivered.ShouldAllBe(m => m.SentAt != null && m.Attempts == 0 && m.FailedAt == null);
        var notifications = await WithDbAsync(db => db.Notifications.Where(n => ids.Contains(n.OutboxMessageId)).ToListAsync());
        notifications.Count.ShouldBe(30);
        notifications.ShouldAllBe(n => n.RecipientId == workflow.CitizenId && n.Kind == NotificationKind.Submitted);
    }

    [Test]
    public async Task AMessageDeliveredAgain_AfterACrashBeforeItWasMarkedSent_AddsNoSecondNotification()
    {
        var workflow = await ArrangeAsync();
        var id = await workflow.SubmitAsync();
        await DeliverAsync();
        // As if the process died after delivering and before marking the message sent.
        await WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == nameof(DossierSubmitted)).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, (DateTimeOffset?)null)));

        await DeliverAsync();

        (await WithDbAsync(db => db.Notifications.CountAsync(n => n.DossierId == id && n.RecipientId == workflow.CitizenId))).ShouldBe(1);
        (await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null))).ShouldBe(0);
    }

    [Test]
    public async Task AFailingHandler_IsRetriedWithBackOff_AndKeptVisible()
    {
        var now = DateTimeOffset.UtcNow;
        // A message that cannot be delivered: its payload does not read back as the event.
        var broken = OutboxMessage.For(new DossierSubmitted(Guid.CreateVersion7(), "T000000001", Guid.CreateVersion7(), Guid.CreateVersion7(), Channel.Online, now), now);
        await WithDbAsync(db =>
        {
            db.OutboxMessages.Add(broken);
            return db.SaveChangesAsync(CancellationToken.None);
        });
        await WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE outbox_messages SET payload = '{{\"dossierId\": 42}}' WHERE id = {broken.Id}"));

        var handled = await Host.Services.GetRequiredService<OutboxProcessor>().ProcessAsync(CancellationToken.None);

        handled.ShouldBe(1);
        var message = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == broken.Id));
        message.SentAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldNotBeNullOrEmpty();
        message.NextAttemptAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        (await Host.Services.GetRequiredService<OutboxProcessor>().ProcessAsync(CancellationToken.None)).ShouldBe(0); // not before its back-off
    }
}
