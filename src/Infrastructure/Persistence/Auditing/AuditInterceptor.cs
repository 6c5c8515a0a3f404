using System.Text.Json;
using System.Text.Json.Nodes;
using HanoiDvc.Application.Common.Auditing;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HanoiDvc.Infrastructure.Persistence.Auditing;

/// <summary>
/// Adds an <see cref="AuditRecord"/> for every added, modified or deleted entity just before a save, so the trail is
/// written in the same transaction as the change (a failed save writes neither). Secrets never enter the trail:
/// refresh tokens and Identity's user tokens are not audited at all (nor outbox messages and notifications, which are messages about audited changes,
/// nor the idempotency keys saved with a change), and hashes and security stamps are left out.
/// </summary>
internal sealed class AuditInterceptor(IAuditContext context, AuditScope scope, TimeProvider clock) : SaveChangesHooks
{
    private static readonly HashSet<Type> Unaudited = [typeof(AuditRecord), typeof(RefreshToken), typeof(IdentityUserToken<Guid>),
        typeof(OutboxMessage), typeof(Notification), typeof(Domain.Integrations.WebhookDelivery), typeof(Domain.Integrations.WebhookAttempt),
        typeof(Application.Common.Idempotency.IdempotencyRecord)];
    // (messages and their delivery log, not changes: the change that caused them is audited; and the Idempotency-Key a
    // client sent with a change, which only lets a retry find that change's answer)

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser<Guid>.PasswordHash), nameof(IdentityUser<Guid>.SecurityStamp), nameof(IdentityUser<Guid>.ConcurrencyStamp),
        nameof(Domain.Integrations.WebhookSubscription.SigningSecret), nameof(Domain.Integrations.WebhookSubscription.PreviousSigningSecret),
    };

    private List<AuditRecord> _pending = [];

    protected override void BeforeSave(DbContext? db) => Capture(db);

    protected override void AfterSave(DbContext? db) => _pending = [];

    protected override void AfterFailure(DbContext? db) => Discard(db);

    private void Capture(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        // A save that failed earlier left its records behind only if nobody cleared the tracker: drop them, they are rebuilt below.
        Discard(db);
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var records = new List<AuditRecord>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Metadata))
            {
                continue;
            }

            if (Describe(entry, now) is { } record)
            {
                records.Add(record);
            }
        }

        db.AddRange(records);
        _pending = records;
    }

    private void Discard(DbContext? db)
    {
        if (db is not null)
        {
            foreach (var record in _pending)
            {
                db.Entry(record).State = EntityState.Detached;
            }
        }

        _pending = [];
    }

    private static bool IsAudited(IEntityType type) =>
        !type.IsOwned() && type.FindPrimaryKey() is not null && !Unaudited.Contains(type.ClrType);

    private AuditRecord? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var kind = entry.State switch
        {
            EntityState.Added => AuditChangeKind.Added,
            EntityState.Deleted => AuditChangeKind.Deleted,
            _ => AuditChangeKind.Modified,
        };
        JsonObject? before = kind == AuditChangeKind.Added ? null : [];
        JsonObject? after = kind == AuditChangeKind.Deleted ? null : [];
        var changed = false;
        foreach (var property in entry.Properties)
        {
            if (kind == AuditChangeKind.Modified && !IsChanged(property))
            {
                continue;
            }

            changed = true;
            if (!IsRecorded(property.Metadata))
            {
                continue;
            }

            var column = property.Metadata.GetColumnName();
            before?.Add(column, ToJson(property.Metadata, property.OriginalValue));
            after?.Add(column, ToJson(property.Metadata, property.CurrentValue));
        }

        if (!changed)
        {
            return null;
        }

        return new AuditRecord
        {
            At = now,
            UserId = context.UserId,
            UserName = context.UserName,
            ClientIp = context.ClientIp,
            CorrelationId = context.CorrelationId,
            UseCase = scope.UseCase,
            EntityType = entry.Metadata.ShortName(),
            EntityId = KeyOf(entry),
            ChangeKind = kind,
            Before = before?.ToJsonString(),
            After = after?.ToJsonString(),
        };
    }

    private static bool IsChanged(PropertyEntry property) =>
        property.IsModified && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue);

    /// <summary>Secrets, hashes and database-maintained row versions (xmin) stay out of the trail.</summary>
    private static bool IsRecorded(IProperty property) =>
        !SecretProperties.Contains(property.Name)
        && !property.Name.EndsWith("Hash", StringComparison.Ordinal)
        && !(property.IsConcurrencyToken && property.ValueGenerated == ValueGenerated.OnAddOrUpdate);

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        var parts = key.Properties.Select(p => entry.Property(p.Name)).Select(p => p.IsTemporary ? "(generated)" : Convert.ToString(p.CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(",", parts);
    }

    /// <summary>The value as stored: through the property's converter (enums as text), JSON columns as their JSON.</summary>
    private static JsonNode? ToJson(IProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var converter = property.GetTypeMapping().Converter;
        var stored = converter is null ? value : converter.ConvertToProvider(value);
        if (stored is string json && string.Equals(property.GetColumnType(), "jsonb", StringComparison.OrdinalIgnoreCase))
        {
            return JsonNode.Parse(json);
        }

        try
        {
            return JsonSerializer.SerializeToNode(stored);
        }
        catch (NotSupportedException)
        {
            return JsonValue.Create(Convert.ToString(stored, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
