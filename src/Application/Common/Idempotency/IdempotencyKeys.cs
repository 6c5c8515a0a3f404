using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Common.Idempotency;

/// <summary>What the use cases that accept an <c>Idempotency-Key</c> share: the request's hash and the lookup of an earlier use.</summary>
internal static class IdempotencyKeys
{
    /// <summary>SHA-256 (hex) of the JSON of <paramref name="content"/>: pass what makes two requests the same.</summary>
    public static string Hash(object content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content))));

    /// <summary>The resource an earlier request with this key produced, or null; the same key with another hash is a 422.</summary>
    public static async Task<Guid?> EarlierResultAsync(IAppDbContext db, Guid userId, string key, string hash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        return record.RequestHash == hash ? record.ResourceId : throw new IdempotencyKeyReusedException();
    }
}
